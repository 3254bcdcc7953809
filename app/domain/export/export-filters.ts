import { z } from 'zod';
import { toFtsQuery } from '../search/fts-query';
import { FINAL_STATUSES, STATUSES, statusLabel, type ClaimStatus } from '../claims/status';

/** What selects the claims of an export. Without drafts only signed-off final statuses are eligible. */
export interface ExportFilters {
  articleId: number | null;
  statuses: ClaimStatus[];
  /** Reviewed (signed off, or last changed for drafts) on or after this day, YYYY-MM-DD. */
  from: string | null;
  /** … and on or before this day. */
  to: string | null;
  assigneeId: number | null;
  /** What the editor typed, and its safe FTS5 form. */
  q: string | null;
  match: string | null;
  measureId: number | null;
  includeDrafts: boolean;
}

export class ExportFilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFilterError';
  }
}

const statusValues = STATUSES.map((s) => s.value) as [ClaimStatus, ...ClaimStatus[]];
const calendarDay = z.string().date();
/** A real day, YYYY-MM-DD (2020-02-30 refused); the message names what was given. */
const day = (field: string) => z.string().refine((v) => calendarDay.safeParse(v).success, (v) => ({ message: `${field} must be a date like 2020-02-27 (got "${v.slice(0, 40)}")` }));
const id = (field: string) =>
  z
    .string()
    .refine((v) => /^[1-9]\d{0,15}$/.test(v), (v) => ({ message: `${field} must be a number (got "${v.slice(0, 40)}")` }))
    .transform(Number);
const status = z.enum(statusValues, { errorMap: (issue, ctx) => ({ message: issue.code === 'invalid_enum_value' ? `Unknown status "${String(issue.received)}"` : ctx.defaultError }) });
/** One or more statuses, repeated (`status=a&status=b`) or comma-separated (`status=a,b`). */
const statuses = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => [...new Set([v].flat().flatMap((s) => s.split(',')).filter(Boolean))])
  .pipe(z.array(status));

/**
 * The selection's query string (/exports, the export routes, `npm run
 * export`) as one zod schema: parsed by Conform on the /exports page (each
 * message beside its field) and by parseExportFilters elsewhere. Empty
 * parameters count as missing; others (paper, bom, url) are not its business.
 */
export const ExportQuery = z
  .object({
    status: statuses.optional(),
    from: day('from').optional(),
    to: day('to').optional(),
    assignee: id('assignee').optional(),
    measure: id('measure').optional(),
    q: z.string().trim().max(500, 'The search query is longer than 500 characters').optional(),
    drafts: z.string().optional(),
    include_drafts: z.string().optional(),
  })
  .transform((v, ctx): Omit<ExportFilters, 'articleId'> => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['to'], message: `The date range is empty: ${v.from} is after ${v.to}` });
    const q = v.q || null;
    const match = q ? toFtsQuery(q) : null;
    if (q && !match) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['q'], message: `The search query "${q}" has no words to search for` });
    return {
      statuses: v.status ?? [],
      from: v.from ?? null,
      to: v.to ?? null,
      assigneeId: v.assignee ?? null,
      q,
      match,
      measureId: v.measure ?? null,
      includeDrafts: flag(v.drafts ?? v.include_drafts ?? null),
    };
  });

/** True for "1", "on", "true", "yes" (a ticked checkbox sends "on"). */
export function flag(value: string | null): boolean {
  return !!value && /^(1|on|true|yes)$/i.test(value);
}

/** Query parameters as Conform reads them: empty values left out, a repeated name as a list. */
function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length) out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}

/**
 * Reads the selection from query parameters (ExportQuery); a bad value throws
 * ExportFilterError (a 400) with the first problem.
 * `parseExportFilters(new URLSearchParams('status=verified&from=2020-02-01'))`.
 */
export function parseExportFilters(params: URLSearchParams, articleId: number | null = null): ExportFilters {
  const parsed = ExportQuery.safeParse(queryObject(params));
  if (!parsed.success) throw new ExportFilterError(parsed.error.issues[0].message);
  return { articleId, ...parsed.data };
}

/** A status filter that can never match without drafts ("unreviewed" alone) is worth saying so. */
export function onlyDraftStatuses(f: ExportFilters): boolean {
  return !f.includeDrafts && f.statuses.length > 0 && f.statuses.every((s) => !FINAL_STATUSES.includes(s));
}

/** The filters as a reader sees them, for the export's heading. */
export function describeFilters(f: ExportFilters, names: { assignee?: string | null; measure?: string | null } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.statuses.length) out.Status = f.statuses.map(statusLabel).join(', ');
  if (f.from || f.to) out.Reviewed = `${f.from ?? 'any time'} to ${f.to ?? 'now'}`;
  if (f.assigneeId !== null) out.Assignee = names.assignee ?? `user ${f.assigneeId}`;
  if (f.q) out.Search = f.q;
  if (f.measureId !== null) out.Measure = names.measure ?? `measure ${f.measureId}`;
  out.Drafts = f.includeDrafts ? 'included, marked as drafts' : 'left out';
  return out;
}
