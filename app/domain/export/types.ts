import type { CompetingFigure } from '../measures/types';

/**
 * The plain objects every export builder reads. Services load them from the
 * database; builders never see a row, a request or the clock.
 */

export type ExportFormat = 'md' | 'html' | 'csv' | 'json' | 'claimreview';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'csv', 'json', 'claimreview'];

export interface ExportMeasure {
  id: number;
  label: string;
  unit: string;
  acceptedLow: number | null;
  acceptedHigh: number | null;
  rationale: string | null;
}

export interface ExportArticle {
  id: number;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** BCP 47 language of the article (and so of its claims), null when unknown. */
  language?: string | null;
  /** The article version the claims were checked against (its newest, where their anchors stand); null when unknown. */
  version?: ExportVersion | null;
}

/**
 * An article version as exports name it: its number, how it came
 * ('import' | 'url' | 'paste' | 'reextract'), when (ISO time: the fetch time
 * when it was fetched, else when it was imported or pasted) and, for a
 * fetched page, the SHA-256 (hex) of the snapshot's bytes.
 */
export interface ExportVersion {
  number: number;
  origin: string;
  at: string;
  /** True when `at` is a fetch time (the version has a snapshot). */
  fetched: boolean;
  snapshotSha256: string | null;
}

export interface ExportEvidence {
  stance: 'supports' | 'refutes' | 'context';
  sourceTitle: string;
  sourceUrl: string;
  sourcePublisher: string | null;
  excerpt: string | null;
  note: string | null;
}

export interface ExportFigure {
  id: number;
  claimId: number;
  text: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  /** ISO 4217 code of a money figure (null when the words leave it open, or not money). */
  currency: string | null;
  asOf: string | null;
  measure: ExportMeasure | null;
}

export interface ExportClaim {
  id: number;
  articleId: number;
  /** 1-based place of the claim in its article's reading order. */
  number: number;
  text: string;
  quote: string;
  attribution: string | null;
  status: string;
  statusLabel: string;
  rating: string | null;
  ratingValue: number | null;
  verdict: string | null;
  assignee: string | null;
  signoff: 'none' | 'pending' | 'approved' | 'returned';
  signedOffBy: string | null;
  signedOffAt: string | null;
  /**
   * The article version the editor signed off (the newest one stored at the
   * time of the sign-off), which may be older than the article's newest;
   * null when not signed off or unknown.
   */
  signedOffVersion?: ExportVersion | null;
  /** An admin's written reason for approving their own verdict (four-eyes override), if any. */
  signoffOverride: string | null;
  /** Not (yet) a signed-off final status: only exported with "include drafts", and marked. */
  draft: boolean;
  updatedAt: string;
  evidence: ExportEvidence[];
  figures: ExportFigure[];
}

export type { CompetingFigure };

export interface CompetingGroup {
  measure: ExportMeasure;
  verdict: 'consistent' | 'conflicting' | 'partial' | 'different_scope';
  disjointPairs: Array<[number, number]>;
  figures: CompetingFigure[];
}

/** An article as it opens in the stream; its claims follow it. */
export interface ExportArticleStart {
  type: 'article';
  article: ExportArticle;
  competing: CompetingGroup[];
}

export interface ExportClaimItem {
  type: 'claim';
  claim: ExportClaim;
}

/** The stream builders consume: an article, then its claims, then the next article… */
export type ExportItem = ExportArticleStart | ExportClaimItem;

export interface ExportHeader {
  /** "Opposition fighters retake Saraqeb" or "Selection: verified, 2020-02-01 to 2020-03-01". */
  title: string;
  /** ISO time of the export. */
  exportedAt: string;
  exportedBy: string;
  /** The newest revision hash at export time: readers can check the export against the history. */
  latestRevisionHash: string | null;
  includeDrafts: boolean;
  /** Human-readable selection filters (empty for one article). */
  filters: Record<string, string>;
}

/** Chunks of text, produced lazily so large selections never sit in memory whole. */
export type Chunks = AsyncIterable<string>;
