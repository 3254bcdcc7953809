import type { DB } from '../../db/connection';
import type { ClaimStatus } from '../domain/claims/status';
import { assertCanApprove, assertCanReturn, assertConsistentVerdict, signoffAfterStatus, SignoffError } from '../domain/claims/signoff';
import { findClaim } from '../models/claim.server';
import { applyClaimChange, type Actor } from './claim-change.server';
import { NotFoundError, RuleError, StaleEditError } from './errors';

export { NotFoundError, StaleEditError } from './errors';

/**
 * Changes a claim's status. A final status becomes a proposal awaiting an
 * editor's sign-off; a working status clears any earlier sign-off. The edit
 * is checked either against the claim's version or, from the review screen,
 * against the status the checker saw (`expected`), so a wording edit by a
 * colleague does not block a status key, but a status changed by one does.
 */
export async function setClaimStatus(
  db: DB,
  change: {
    claimId: number;
    status: ClaimStatus;
    version: number | null;
    expected?: ClaimStatus | null;
    actorId: number | null;
    now: Date;
  },
): Promise<{ status: ClaimStatus; version: number }> {
  return db.transaction().execute(async (trx) => {
    if (change.expected) {
      const current = await findClaim(trx, change.claimId);
      if (!current) throw new NotFoundError(`Claim ${change.claimId}`);
      if (current.status !== change.expected) throw new StaleEditError(current);
    }
    const claim = await applyClaimChange(trx, {
      claimId: change.claimId,
      version: change.version,
      actor: { id: change.actorId, now: change.now },
      action: 'status',
      set: {
        status: change.status,
        signoff: signoffAfterStatus(change.status),
        signoff_by: null,
        signoff_at: null,
        signoff_comment: null,
      },
    });
    return { status: claim.status, version: claim.version };
  });
}

/** An editor approves the proposed verdict: only then does it count as verified in exports. */
export async function approveVerdict(db: DB, change: { claimId: number; version: number | null; actor: Actor }) {
  return db.transaction().execute(async (trx) => {
    const claim = await findClaim(trx, change.claimId);
    if (!claim) throw new NotFoundError(`Claim ${change.claimId}`);
    rule(() => assertCanApprove(claim.signoff, claim.status));
    rule(() => assertConsistentVerdict(claim.status, claim.rating));
    return applyClaimChange(trx, {
      claimId: claim.id,
      version: change.version,
      actor: change.actor,
      action: 'signoff-approve',
      set: { signoff: 'approved', signoff_by: change.actor.id, signoff_at: change.actor.now.toISOString(), signoff_comment: null },
    });
  });
}

/** An editor sends the verdict back with a comment; the claim returns to "in progress". */
export async function returnVerdict(
  db: DB,
  change: { claimId: number; version: number | null; comment: string; actor: Actor },
) {
  return db.transaction().execute(async (trx) => {
    const claim = await findClaim(trx, change.claimId);
    if (!claim) throw new NotFoundError(`Claim ${change.claimId}`);
    rule(() => assertCanReturn(claim.signoff, change.comment));
    return applyClaimChange(trx, {
      claimId: claim.id,
      version: change.version,
      actor: change.actor,
      action: 'signoff-return',
      set: {
        status: 'in_progress',
        signoff: 'returned',
        signoff_by: change.actor.id,
        signoff_at: change.actor.now.toISOString(),
        signoff_comment: change.comment.trim(),
      },
      note: change.comment.trim(),
    });
  });
}

function rule(check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof SignoffError) throw new RuleError(e.message);
    throw e;
  }
}
