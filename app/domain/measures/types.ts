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
  asOf: string | null;
}
