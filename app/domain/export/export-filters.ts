import { toFtsQuery } from '../search/fts-query';
import { FINAL_STATUSES, parseStatus, statusLabel, type ClaimStatus } from '../claims/status';

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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(value: string, field: string): string {
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new ExportFilterError(`${field} must be a date like 2020-02-27 (got "${value}")`);
  }
  return value;
}

function id(value: string | null, field: string): number | null {
  if (!value) return null;
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new ExportFilterError(`${field} must be a number (got "${value}")`);
  return Number(value);
}

/** True for "1", "on", "true", "yes" (a ticked checkbox sends "on"). */
export function flag(value: string | null): boolean {
  return !!value && /^(1|on|true|yes)$/i.test(value);
}

/**
 * Reads the selection from query parameters; bad values throw
 * ExportFilterError (a 400). `parseExportFilters(new URLSearchParams('status=verified&from=2020-02-01'))`.
 */
export function parseExportFilters(params: URLSearchParams, articleId: number | null = null): ExportFilters {
  const statuses: ClaimStatus[] = [];
  for (const raw of params.getAll('status').flatMap((s) => s.split(',')).filter(Boolean)) {
    const s = parseStatus(raw);
    if (!s) throw new ExportFilterError(`Unknown status "${raw}"`);
    if (!statuses.includes(s)) statuses.push(s);
  }
  const from = params.get('from') ? validDay(params.get('from')!, 'from') : null;
  const to = params.get('to') ? validDay(params.get('to')!, 'to') : null;
  if (from && to && from > to) throw new ExportFilterError(`The date range is empty: ${from} is after ${to}`);
  const q = params.get('q')?.trim() || null;
  if (q && q.length > 500) throw new ExportFilterError('The search query is longer than 500 characters');
  const match = q ? toFtsQuery(q) : null;
  if (q && !match) throw new ExportFilterError(`The search query "${q}" has no words to search for`);
  return {
    articleId,
    statuses,
    from,
    to,
    assigneeId: id(params.get('assignee'), 'assignee'),
    q,
    match,
    measureId: id(params.get('measure'), 'measure'),
    includeDrafts: flag(params.get('drafts') ?? params.get('include_drafts')),
  };
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
