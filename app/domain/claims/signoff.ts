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
 * A verdict an editor can publish must not contradict itself: "verified"
 * rated False or Mostly false, or "false" rated True or Mostly true, goes back.
 */
export function assertConsistentVerdict(status: ClaimStatus, rating: string | null): void {
  const value = parseRating(rating)?.value;
  if (value === undefined) return;
  if (status === 'verified' && value <= 2) {
    throw new SignoffError(`A verified claim cannot be rated "${rating}": change the status or the rating first`);
  }
  if (status === 'false' && value >= 4) {
    throw new SignoffError(`A false claim cannot be rated "${rating}": change the status or the rating first`);
  }
}
