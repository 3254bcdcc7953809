/**
 * The admin settings form's schema (/admin/settings), parsed with Conform on
 * the server and in the browser: the organisation and site for ClaimReview,
 * and the desk's own name for each point of the rating scale.
 */
import { z } from 'zod';
import { DEFAULT_RATING_LABELS, RATING_SCALE, type RatingValue } from '../domain/claims/rating';
import { optionalText, optionalUrl } from './form-fields';

/** The form field of the desk's name for ratingValue `value`: `ratingLabelField(2) === 'ratingLabel2'`. */
export const ratingLabelField = <V extends RatingValue>(value: V) => `ratingLabel${value}` as const;

const labelFields = Object.fromEntries(RATING_SCALE.map((r) => [ratingLabelField(r.value), optionalText(40)])) as Record<`ratingLabel${RatingValue}`, ReturnType<typeof optionalText>>;

export const SettingsForm = z
  .object({
    orgName: optionalText(200),
    orgUrl: optionalUrl(500, 'The organisation URL must be a full address starting with http:// or https://'),
    siteUrl: optionalUrl(500, 'The site URL must be a full address starting with http:// or https://'),
    ...labelFields,
  })
  .superRefine((v, ctx) => {
    // Two points of the scale under one name would make a rating unreadable: the name the desk gave is the one refused.
    const nameOf = (value: RatingValue) => (v[ratingLabelField(value)] ?? DEFAULT_RATING_LABELS[value]).toLowerCase();
    for (const r of RATING_SCALE) {
      const given = v[ratingLabelField(r.value)];
      const other = given === null ? undefined : RATING_SCALE.find((o) => o.value !== r.value && nameOf(o.value) === given.toLowerCase());
      if (other) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [ratingLabelField(r.value)], message: `“${given}” already names rating ${other.value}` });
    }
  });

/** What the form posts (for useForm's field types). */
export type SettingsFormInput = z.input<typeof SettingsForm>;
