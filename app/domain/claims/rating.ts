/**
 * The rating scale, mapped to ClaimReview's reviewRating: ratingValue runs
 * from worstRating (1, False) to bestRating (5, True).
 */
export const RATING_SCALE = [
  { value: 5, label: 'True' },
  { value: 4, label: 'Mostly true' },
  { value: 3, label: 'Half true' },
  { value: 2, label: 'Mostly false' },
  { value: 1, label: 'False' },
] as const;

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export type RatingLabel = (typeof RATING_SCALE)[number]['label'];

/** A point of the scale: 1 (worst) to 5 (best). */
export type RatingValue = (typeof RATING_SCALE)[number]['value'];

/** The rating for a label, or null: `parseRating('Half true')?.value === 3`. */
export function parseRating(label: unknown): { value: number; label: RatingLabel } | null {
  return RATING_SCALE.find((r) => r.label === label) ?? null;
}

/** A desk's own name for each point of the scale, by ratingValue (1–5). */
export type RatingLabels = Record<number, string>;

/** The scale's own names: what a desk shows until it names its own. */
export const DEFAULT_RATING_LABELS: RatingLabels = Object.fromEntries(RATING_SCALE.map((r) => [r.value, r.label]));

/**
 * The desk's name for a stored rating, or the rating itself when it is not on
 * the scale: `deskRatingLabel('Mostly false', { ...DEFAULT_RATING_LABELS, 2: 'Misleading' }) === 'Misleading'`.
 */
export function deskRatingLabel(rating: string | null, labels: RatingLabels): string | null {
  const r = parseRating(rating);
  return r ? (labels[r.value] ?? r.label) : rating;
}
