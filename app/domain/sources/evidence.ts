import type { Stance } from './source-input';

/**
 * An evidence link as a page or an export cites it: the stance it takes on
 * the claim, the excerpt and note, and its source's title, URL and publisher.
 */
export interface EvidenceCitation {
  stance: Stance;
  excerpt: string | null;
  note: string | null;
  sourceTitle: string;
  sourceUrl: string;
  sourcePublisher: string | null;
}

/** A claim's evidence link as stored and listed (removed links are never listed). */
export interface Evidence extends EvidenceCitation {
  id: number;
  claimId: number;
  sourceId: number;
  sourceKind: string;
  /** The name of who linked it; null for the command line. */
  addedBy: string | null;
  /** ISO time. */
  createdAt: string;
}
