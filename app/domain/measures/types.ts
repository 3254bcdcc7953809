import type { FigureScope } from './measure-verdict';

/** A measure's editable fields, as validated from a form. */
export interface MeasureFieldsInput {
  label: string;
  unit: string;
  place: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  acceptedLow: number | null;
  acceptedHigh: number | null;
  rationale: string | null;
}

/** A figure lined up on a measure, from an article claim or a source. */
export interface CompetingFigure {
  id: number;
  text: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  claimId: number | null;
  sourceId: number | null;
  /** Article title or source title. */
  origin: string;
  attribution: string | null;
  /** The date the figure itself names ("as of"), null when it names none. */
  asOf: string | null;
  /** When its article or source was published (ISO date or time), null when unknown. */
  reported: string | null;
  /**
   * How far the desk has checked it: a claim figure's status and sign-off
   * ("Verified, signed off", "Unreviewed, not signed off"), or "Source" for
   * a figure recorded from the source library.
   */
  review: string;
}

/**
 * A stored figure with where it comes from: a claim of an article, or a
 * source in the library (the read model every measure screen starts from).
 */
export interface MemberFigure {
  id: number;
  measureId: number | null;
  text: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  counted: string | null;
  event: string | null;
  unit: string;
  rule: string;
  corrected: boolean;
  scope: FigureScope | null;
  scopeDate: string | null;
  /** The dated event and narrow place its sentence gives, stored when it was read (figureScope); null for a source's figure. */
  era: string | null;
  place: string | null;
  asOf: string | null;
  claimId: number | null;
  claimText: string | null;
  attribution: string | null;
  /** Its claim's verification status and sign-off state; null for a source's figure (optional: not every read model loads them). */
  claimStatus?: string | null;
  claimSignoff?: 'none' | 'pending' | 'approved' | 'returned' | null;
  articleId: number | null;
  articleTitle: string | null;
  articlePublishedAt: string | null;
  sourceId: number | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourcePublishedAt: string | null;
  /** The source's kind (official_statistics, un_ngo_report, …) for a figure recorded from a source. */
  sourceKind: string | null;
  /** Its claim was removed (dismissed or merged away): never suggested, offered or attached; absent means live. */
  removed?: boolean;
  /**
   * The reading this figure had before a newer version of its article
   * changed its sentence (`version`: the one that re-read it; `qualifier`
   * null when unknown); null or absent when it was never re-read.
   */
  previous?: { text: string; low: number | null; high: number | null; qualifier: string | null; version: number | null } | null;
}
