/**
 * The review screen's forms (one zod schema, a discriminated union on
 * `intent`): add a claim from selected text, and edit the article's citation.
 */
import { z } from 'zod';
import { optionalDate, optionalText, requiredText } from './form-fields';

const offset = (what: string) =>
  z.coerce
    .number({ required_error: `Select some of the article text first (${what} missing)`, invalid_type_error: 'Select some of the article text first' })
    .int('Select some of the article text first')
    .min(0, 'Select some of the article text first')
    .max(Number.MAX_SAFE_INTEGER, 'Select some of the article text first');

export const ArticleAction = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('add-claim'), start: offset('start'), end: offset('end') }),
    z.object({
      intent: z.literal('edit-article'),
      // The citation the editor started from (articles carry no version: compare-and-set).
      seenTitle: z.string().max(500),
      seenUrl: z.string().max(2000).optional(),
      seenPublisher: z.string().max(200).optional(),
      seenPublishedAt: z.string().max(40).optional(),
      title: requiredText(500, 'An article needs a title'),
      url: optionalText(2000),
      publisher: optionalText(200),
      publishedAt: optionalDate(),
    }),
  ],
  { errorMap: (issue, ctx) => ({ message: issue.code === 'invalid_union_discriminator' ? 'Unknown action' : ctx.defaultError }) },
);

/** What the review screen's action answers when it does not redirect. */
export interface ArticleActionResult {
  intent?: string;
  error?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}
