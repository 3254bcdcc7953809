/**
 * The claim list's filters and sort, read from URL search params so a view
 * can be linked and survives a reload: `?status=verified&signoff=changed&
 * worthy=1&figures=1&assignee=3&sort=worthiness`. Pure: the review screen
 * applies them to the claims it already has.
 */
import { parseStatus, type ClaimStatus } from './status';
import type { SignoffState } from './signoff';

export const CLAIM_SORTS = [
  { value: 'position', label: 'Position in the article' },
  { value: 'worthiness', label: 'Check-worthiness' },
  { value: 'changed', label: 'Last change' },
] as const;

export type ClaimSort = (typeof CLAIM_SORTS)[number]['value'];

const SIGNOFF_STATES: readonly SignoffState[] = ['none', 'pending', 'changed', 'approved', 'sent-back'];

export interface ClaimFilters {
  status: ClaimStatus | null;
  signoff: SignoffState | null;
  /** Only claims the model scored check-worthy. */
  worthy: boolean;
  /** Only claims with at least one figure. */
  figures: boolean;
  /** A user id, 'none' for unassigned, or null for anyone. */
  assignee: number | 'none' | null;
  sort: ClaimSort;
}

/** The filters a URL asks for; anything unknown reads as "no filter". */
export function parseClaimFilters(params: URLSearchParams): ClaimFilters {
  const assignee = params.get('assignee');
  const sort = params.get('sort');
  const signoff = params.get('signoff');
  return {
    status: parseStatus(params.get('status')),
    signoff: SIGNOFF_STATES.includes(signoff as SignoffState) ? (signoff as SignoffState) : null,
    worthy: params.get('worthy') === '1',
    figures: params.get('figures') === '1',
    assignee: assignee === 'none' ? 'none' : /^[1-9]\d{0,9}$/.test(assignee ?? '') ? Number(assignee) : null,
    sort: CLAIM_SORTS.some((s) => s.value === sort) ? (sort as ClaimSort) : 'position',
  };
}

/** True when any filter narrows the list (the sort alone does not). */
export function isFiltered(f: ClaimFilters): boolean {
  return f.status !== null || f.signoff !== null || f.worthy || f.figures || f.assignee !== null;
}

export interface FilterableClaim {
  id: number;
  start: number;
  status: string;
  signoffState: SignoffState;
  checkWorthy: boolean;
  checkworthiness: number;
  figureCount: number;
  assigneeId: number | null;
  updatedAt: string;
}

/** The claims that pass the filters, in the order asked for (ties in article order). */
export function applyClaimFilters<C extends FilterableClaim>(claims: readonly C[], f: ClaimFilters): C[] {
  const kept = claims.filter(
    (c) =>
      (f.status === null || c.status === f.status) &&
      (f.signoff === null || c.signoffState === f.signoff) &&
      (!f.worthy || c.checkWorthy) &&
      (!f.figures || c.figureCount > 0) &&
      (f.assignee === null || (f.assignee === 'none' ? c.assigneeId === null : c.assigneeId === f.assignee)),
  );
  const byPosition = (a: C, b: C) => a.start - b.start || a.id - b.id;
  const order: Record<ClaimSort, (a: C, b: C) => number> = {
    position: byPosition,
    worthiness: (a, b) => b.checkworthiness - a.checkworthiness || byPosition(a, b),
    changed: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : byPosition(a, b)),
  };
  return kept.sort(order[f.sort]);
}

/**
 * Whether the article text highlights a claim: by default only check-worthy
 * claims and those someone has worked on (a status other than unreviewed),
 * so the colour carries information; `all` highlights every claim.
 */
export function isHighlighted(c: { checkWorthy: boolean; status: string }, all: boolean): boolean {
  return all || c.checkWorthy || c.status !== 'unreviewed';
}
