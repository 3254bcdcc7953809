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

/** The rating for a label, or null: `parseRating('Half true')?.value === 3`. */
export function parseRating(label: unknown): { value: number; label: RatingLabel } | null {
  return RATING_SCALE.find((r) => r.label === label) ?? null;
}
