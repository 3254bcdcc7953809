/**
 * The claim page's forms as one zod schema (a discriminated union on
 * `intent`), parsed with Conform on the server, and the shape of what the
 * page's action answers. No server code here: components import from it.
 */
import { z } from 'zod';
import { STATUSES, type ClaimStatus } from '../domain/claims/status';
import { idField, optionalDate, optionalText, requiredText, tooLong, versionField } from './form-fields';
import { SOURCE_FIELD_NAMES, sourceFields } from './source-form';

const statusValues = STATUSES.map((s) => s.value) as [ClaimStatus, ...ClaimStatus[]];

/** A status field; anything else is named in the message. */
const status = z.enum(statusValues, {
  errorMap: (issue, ctx) => ({ message: issue.code === 'invalid_enum_value' ? `"${String(issue.received)}" is not a status` : ctx.defaultError }),
});

/** A free text field the service checks itself; missing reads as empty. */
const text = (max: number) => z.string().max(max, tooLong(max)).optional().default('');

/** Where a plain (no-JS) form post goes back to; checked to be on this site by the action. */
const redirectTo = z.string().max(2000).optional();

/** The longest comment in a claim's discussion thread. */
export const MAX_COMMENT = 2000;

const base = { redirectTo };

/** Every form on the claim page (and the status keys of the review screen), told apart by `intent`. */
export const ClaimAction = z
  .discriminatedUnion(
    'intent',
    [
      // A status key carries the status the checker saw (`expected`); a form carries the version.
      z.object({ ...base, intent: z.literal('status'), status, expected: status.optional(), version: versionField.optional() }),
      z.object({ ...base, intent: z.literal('wording'), version: versionField, text: requiredText(5000, 'The claim cannot be empty') }),
      z.object({ ...base, intent: z.literal('attribution'), version: versionField, attribution: optionalText(300) }),
      z.object({ ...base, intent: z.literal('rating'), version: versionField, rating: text(40), verdict: text(10_000) }),
      z.object({ ...base, intent: z.literal('assign'), version: versionField, assigneeId: idField('person to assign').optional() }),
      z.object({ ...base, intent: z.literal('approve'), version: versionField, overrideReason: optionalText(2000) }),
      z.object({ ...base, intent: z.literal('return'), version: versionField, comment: text(2000) }),
      z.object({ ...base, intent: z.literal('dismiss'), version: versionField, note: optionalText(2000) }),
      z.object({ ...base, intent: z.literal('restore'), version: versionField }),
      z.object({
        ...base,
        intent: z.literal('restore-wording'),
        version: versionField,
        revisionId: z.coerce.number({ required_error: 'Choose a revision to restore', invalid_type_error: 'Choose a revision to restore' }).int().positive(),
      }),
      z.object({ ...base, intent: z.literal('split'), version: versionField, startsWith: text(5000) }),
      z.object({ ...base, intent: z.literal('merge'), version: versionField }),
      z.object({
        ...base,
        intent: z.literal('evidence-add'),
        sourceId: idField('source').optional(),
        // A new source's fields, checked (sourceFields) only when no library source is picked.
        // Left absent when empty (no default), so the source schema below reads an unfilled field as not given.
        ...Object.fromEntries(SOURCE_FIELD_NAMES.map((name) => [name, z.string().max(5000, tooLong(5000)).optional()])) as Record<(typeof SOURCE_FIELD_NAMES)[number], z.ZodOptional<z.ZodString>>,
        stance: text(40),
        excerpt: text(5000),
        note: text(2000),
        figureText: text(200),
        figureAsOf: optionalDate('The "as of" date must look like 2020-02-20'),
      }),
      z.object({ ...base, intent: z.literal('evidence-remove'), evidenceId: idField('evidence') }),
      z.object({ ...base, intent: z.literal('comment'), text: requiredText(MAX_COMMENT, 'Write a comment first') }),
    ],
    { errorMap: (issue, ctx) => ({ message: issue.code === 'invalid_union_discriminator' ? 'Unknown action' : ctx.defaultError }) },
  )
  .superRefine((v, ctx) => {
    if (v.intent === 'status' && v.version === undefined && v.expected === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['version'], message: 'The form was sent without the version you saw; reload the page' });
    }
  })
  .transform((v, ctx) => {
    if (v.intent !== 'evidence-add') return v;
    if (v.sourceId !== undefined) return { ...v, newSource: null };
    // No library source picked: the fields below make a new one, checked as the library's own form.
    const source = sourceFields.safeParse(v);
    if (source.success) return { ...v, newSource: source.data };
    for (const issue of source.error.issues) ctx.addIssue(issue);
    return z.NEVER;
  });

export type ClaimActionInput = z.output<typeof ClaimAction>;

/** What the claim page's action answers (and its forms read back). */
export interface ClaimActionResult {
  intent?: string;
  ok?: boolean;
  error?: string;
  /** The field the error belongs to, when it has one. */
  field?: string;
  /** Each field's first message, for a form that was refused 400. */
  errors?: Record<string, string>;
  status?: string;
  version?: number;
  /** A stale save: what the other person saved beside what this user sent. */
  conflict?: { field: 'text' | 'verdict'; mine: string; theirs: string; theirsBy: string; version: number; rating?: string | null };
  values?: Record<string, string>;
}
