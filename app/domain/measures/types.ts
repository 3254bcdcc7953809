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
