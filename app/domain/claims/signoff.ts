import type { ClaimStatus } from './status';
import { FINAL_STATUSES } from './status';
import { parseRating } from './rating';

export type Signoff = 'none' | 'pending' | 'approved' | 'returned';

export class SignoffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignoffError';
  }
}

/**
 * The sign-off state after a status change: a final status waits for an
 * editor (pending); going back to a working status clears any sign-off.
 */
export function signoffAfterStatus(status: ClaimStatus): Signoff {
  return FINAL_STATUSES.includes(status) ? 'pending' : 'none';
}

/** An editor may approve only a pending final status. */
export function assertCanApprove(signoff: Signoff, status: ClaimStatus): void {
  if (signoff !== 'pending' || !FINAL_STATUSES.includes(status)) {
    throw new SignoffError('Only a proposed final status can be approved');
  }
}

/** Sending back needs a pending proposal and a comment saying why. */
export function assertCanReturn(signoff: Signoff, comment: string): void {
  if (signoff !== 'pending') throw new SignoffError('Only a proposed final status can be sent back');
  if (!comment.trim()) throw new SignoffError('Say why the verdict goes back to the checker');
}

/**
 * A verdict must not contradict itself: "verified" rated False or Mostly
 * false, or "false" rated True or Mostly true, is refused when the second of
 * the two is set (`changing` names which one that is) and at approval.
 */
export function assertConsistentVerdict(status: ClaimStatus, rating: string | null, changing: 'status' | 'rating' | 'approve' = 'approve'): void {
  const value = parseRating(rating)?.value;
  if (value === undefined) return;
  const clash = (status === 'verified' && value <= 2) || (status === 'false' && value >= 4);
  if (!clash) return;
  const label = status === 'verified' ? 'Verified' : 'False';
  if (changing === 'status') {
    throw new SignoffError(`"${label}" contradicts the rating "${rating}": change the rating first, or choose another status`);
  }
  if (changing === 'rating') {
    throw new SignoffError(`The rating "${rating}" contradicts the status "${label}": change the status first, or choose another rating`);
  }
  throw new SignoffError(`A ${label.toLowerCase()} claim cannot be rated "${rating}": change the status or the rating first`);
}

/** Statuses that need at least one evidence item before an editor can approve them. */
const NEEDS_EVIDENCE: readonly ClaimStatus[] = ['verified', 'false', 'misleading'];

/**
 * What a proposed verdict still lacks before it can reach the editors' queue:
 * a verdict (the explanation) always, and for Verified/False/Misleading at
 * least one evidence item. Empty when complete:
 * `missingForSignoff({ status: 'false', verdict: null, evidenceCount: 0 })`
 * → `['a verdict', 'at least one evidence item']`.
 */
export function missingForSignoff(c: { status: ClaimStatus; verdict: string | null; evidenceCount: number }): string[] {
  const missing: string[] = [];
  if (!c.verdict?.trim()) missing.push('a verdict');
  if (NEEDS_EVIDENCE.includes(c.status) && c.evidenceCount === 0) missing.push('at least one evidence item');
  return missing;
}

/** Refuses to approve an incomplete verdict, naming what is missing. */
export function assertComplete(c: { status: ClaimStatus; verdict: string | null; evidenceCount: number }): void {
  const missing = missingForSignoff(c);
  if (missing.length) throw new SignoffError(`This verdict is incomplete: it needs ${missing.join(' and ')} before it can be approved`);
}

/**
 * Four eyes: whoever proposed the final status, or last changed its rating or
 * verdict, cannot approve it. An admin may override with a written reason
 * (returned, trimmed, to be kept in the history and the exports); otherwise null.
 */
export function fourEyes(c: {
  approverId: number | null;
  approverIsAdmin: boolean;
  proposedById: number | null;
  judgedById: number | null;
  overrideReason: string | null | undefined;
}): string | null {
  const own: string[] = [];
  if (c.approverId !== null && c.proposedById === c.approverId) own.push('proposed this status');
  if (c.approverId !== null && c.judgedById === c.approverId) own.push('last changed its rating or verdict');
  if (own.length === 0) return null;
  const reason = c.overrideReason?.trim() ?? '';
  if (!c.approverIsAdmin) {
    throw new SignoffError(`You ${own.join(' and ')}: another editor must approve it (four eyes)`);
  }
  if (!reason) {
    throw new SignoffError(`You ${own.join(' and ')}: to approve it yourself as an admin, write why (it goes into the history and the exports)`);
  }
  if (reason.length > 1000) throw new SignoffError('The override reason is at most 1,000 characters');
  return reason;
}

/** A claim's sign-off as the claim list shows it. */
export type SignoffState = 'none' | 'pending' | 'changed' | 'approved' | 'sent-back';

export const SIGNOFF_STATE_LABELS: Record<SignoffState, string> = {
  none: 'no sign-off',
  pending: 'pending',
  changed: 'changed since approval',
  approved: 'approved',
  'sent-back': 'sent back',
};

/**
 * The sign-off state of a claim: approved only while its content still
 * hashes to what was approved (`contentMatches`); a pending claim whose
 * approval was reopened by a change (`reopened`), or an approved one whose
 * content no longer matches, is "changed since approval".
 */
export function signoffState(c: { signoff: Signoff; contentMatches: boolean; reopened: boolean }): SignoffState {
  if (c.signoff === 'approved') return c.contentMatches ? 'approved' : 'changed';
  if (c.signoff === 'returned') return 'sent-back';
  if (c.signoff === 'pending') return c.reopened ? 'changed' : 'pending';
  return 'none';
}
