/**
 * The filters of the article list and the queue, read from the URL query so
 * a filtered view can be linked and survives a reload (issue 10). Validated
 * with zod: a value that is not one the page offers is refused (the loader
 * answers 400 with the message), not silently dropped. Empty values (a form's
 * "any" choice) mean no filter; parameters the page does not know are
 * ignored. Pure: no database, no Remix.
 */
import { z } from 'zod';
import { STATUSES } from '../claims/status';
import { RATING_SCALE } from '../claims/rating';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (field: string) =>
  z
    .string()
    .refine((v) => DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v, {
      message: `${field} must be a date like 2020-02-27`,
    });
const userId = (field: string) => z.string().regex(/^[1-9]\d{0,9}$/, `${field} must be a user id`).transform(Number);
const page = z
  .string()
  .regex(/^[1-9]\d{0,4}$/, 'page must be a number from 1 to 99999')
  .transform(Number);

const statusValues = STATUSES.map((s) => s.value) as [string, ...string[]];
const ratingLabels = RATING_SCALE.map((r) => r.label) as [string, ...string[]];

/** Article progress: some claims unreviewed; a proposal awaits sign-off; every worked claim signed off. */
export const ARTICLE_PROGRESS = [
  { value: 'unreviewed', label: 'Has unreviewed claims' },
  { value: 'awaiting', label: 'Awaiting sign-off' },
  { value: 'signed-off', label: 'All signed off' },
] as const;
export type ArticleProgress = (typeof ARTICLE_PROGRESS)[number]['value'];

/** A claim's place in the sign-off workflow as the queue filters it. */
export const QUEUE_SIGNOFFS = [
  { value: 'awaiting', label: 'Awaiting sign-off (complete)' },
  { value: 'incomplete', label: 'Proposed, incomplete' },
  { value: 'sent-back', label: 'Sent back' },
  { value: 'approved', label: 'Approved' },
  { value: 'none', label: 'No sign-off' },
] as const;
export type QueueSignoff = (typeof QUEUE_SIGNOFFS)[number]['value'];

const enumOf = <T extends readonly { value: string }[]>(options: T, field: string) =>
  z.enum(options.map((o) => o.value) as [T[number]['value'], ...T[number]['value'][]], {
    errorMap: () => ({ message: `${field} must be one of ${options.map((o) => o.value).join(', ')}` }),
  });

export const ArticleListQuery = z
  .object({
    publisher: z.string().trim().max(200, 'publisher is at most 200 characters').optional(),
    from: day('from').optional(),
    to: day('to').optional(),
    progress: enumOf(ARTICLE_PROGRESS, 'progress').optional(),
    page: page.optional(),
    /** Keyset: the articles older than this article id (the "Next" link's; `page` then only numbers the page). */
    before: z.string().regex(/^[1-9]\d{0,9}$/, 'before must be an article id').transform(Number).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The date range is empty: from is after to', path: ['to'] });
/** `/articles?publisher=Wire&from=2020-01-01&to=2020-03-31&progress=awaiting&page=2&before=1234`, validated. */
export type ArticleListFilters = z.output<typeof ArticleListQuery>;

export const QueueQuery = z.object({
  status: z.enum(statusValues, { errorMap: () => ({ message: `status must be one of ${statusValues.join(', ')}` }) }).optional(),
  rating: z.enum(ratingLabels, { errorMap: () => ({ message: `rating must be one of ${ratingLabels.join(', ')}` }) }).optional(),
  assignee: z.union([z.literal('none'), userId('assignee')], { errorMap: () => ({ message: 'assignee must be a user id or none' }) }).optional(),
  proposer: userId('proposer').optional(),
  signoff: enumOf(QUEUE_SIGNOFFS, 'signoff').optional(),
  /** Page of the editors' list, and of the user's own. */
  page: page.optional(),
  mypage: page.optional(),
});
/** `/queue?status=false&rating=Mostly false&assignee=none&proposer=3&signoff=awaiting&page=2`, validated. */
export type QueueFilters = z.output<typeof QueueQuery>;

/** Thrown for a query string a list refuses; the message names the parameter. */
export class ListQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListQueryError';
  }
}

/**
 * Reads `schema`'s parameters from `params` (the last value of each, empty
 * ones left out; parameters the schema does not name are ignored). Throws
 * ListQueryError with every problem, one per parameter:
 * `parseListQuery(QueueQuery, new URLSearchParams('status=maybe'))` throws
 * "status must be one of unreviewed, …".
 */
export function parseListQuery<S extends z.ZodTypeAny>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of params) if (v !== '') raw[k] = v;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ListQueryError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

// Where in a list, not what is in it: left out of "is it filtered" and of a filtered list's links.
const PLACE = new Set(['page', 'mypage', 'before']);

/** True when any filter narrows the list (page numbers and keyset cursors do not). */
export function hasFilters(f: Record<string, unknown>): boolean {
  return Object.entries(f).some(([k, v]) => !PLACE.has(k) && v !== undefined);
}

/** The query string of a filtered list at `page` (page 1 left out): for pagination links and shareable URLs. */
export function listQueryString(f: Record<string, unknown>, pageNumber?: number): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (!PLACE.has(k) && v !== undefined) out.set(k, String(v));
  if (pageNumber && pageNumber > 1) out.set('page', String(pageNumber));
  const s = out.toString();
  return s ? `?${s}` : '';
}
