import type { DB } from '../../db/connection';
import type { ClaimStatus } from '../domain/claims/status';
import { assertCanApprove, assertCanReturn, assertComplete, assertConsistentVerdict, fourEyes, signoffAfterStatus, SignoffError } from '../domain/claims/signoff';
import { countLiveEvidence } from '../models/evidence.server';
import { findUserById } from '../models/user.server';
import type { ClaimUpdate } from '../../db/schema';
import { findClaim, type Claim } from '../models/claim.server';
import { applyClaimChange, type Actor } from './claim-change.server';
import { NotFoundError, RuleError, StaleEditError } from './errors';
import { currentContentHashes } from './signoff-binding.server';

export { NotFoundError, StaleEditError } from './errors';

/**
 * Changes a claim's status. A final status becomes a proposal awaiting an
 * editor's sign-off; a working status clears any earlier sign-off. The edit
 * is checked either against the claim's version or, from the review screen,
 * against the status the checker saw (`expected`), so a wording edit by a
 * colleague does not block a status key, but a status changed by one does.
 * @throws NotFoundError for an unknown claim; RuleError for a status that
 *   contradicts the rating; StaleEditError when `version` or `expected` is not current.
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
    const current = await findClaim(trx, change.claimId);
    if (!current) throw new NotFoundError(`Claim ${change.claimId}`);
    if (change.expected && current.status !== change.expected) throw new StaleEditError(current);
    if (change.status !== current.status) rule(() => assertConsistentVerdict(change.status, current.rating, 'status'));
    const claim = await applyClaimChange(trx, {
      claimId: change.claimId,
      version: change.version,
      actor: { id: change.actorId, now: change.now },
      action: 'status',
      set: statusChange(current, change.status, change.actorId),
      current,
    });
    return { status: claim.status, version: claim.version };
  });
}

/**
 * The columns a status change writes. The same status again changes nothing.
 * A new final status is a proposal by the actor: pending, unless the claim was
 * approved, whose reopening (with its reason) is left to the sign-off binding.
 * A working status clears the sign-off.
 */
function statusChange(current: Claim, status: ClaimStatus, actorId: number | null): ClaimUpdate {
  if (status === current.status) return { status };
  const signoff = signoffAfterStatus(status);
  if (signoff === 'pending') {
    const keep = current.signoff === 'approved';
    return {
      status,
      proposedBy: actorId,
      ...(keep ? {} : { signoff, signoffBy: null, signoffAt: null, signoffComment: null }),
    };
  }
  return {
    status,
    proposedBy: null,
    signoff,
    signoffBy: null,
    signoffAt: null,
    signoffComment: null,
    signoffVersion: null,
    signoffHash: null,
    signoffOverride: null,
  };
}

/**
 * An editor approves the proposed verdict: only then does it count as
 * verified in exports. The verdict must be complete and consistent, and the
 * approver must not be its proposer or judge (four eyes) unless an admin
 * gives a written `overrideReason`, kept in the history and the exports. The
 * approval records the version the editor saw and the hash of the content
 * approved; any later change to that content reopens it.
 * @throws RuleError when refused (incomplete, four eyes, nothing proposed);
 *   NotFoundError for an unknown claim; StaleEditError when `version` is not current.
 */
export async function approveVerdict(
  db: DB,
  change: { claimId: number; version: number | null; actor: Actor; overrideReason?: string | null },
) {
  return db.transaction().execute(async (trx) => {
    const claim = await findClaim(trx, change.claimId);
    if (!claim) throw new NotFoundError(`Claim ${change.claimId}`);
    const version = change.version ?? claim.version;
    if (version !== claim.version) throw new StaleEditError(claim);
    rule(() => assertCanApprove(claim.signoff, claim.status));
    rule(() => assertConsistentVerdict(claim.status, claim.rating));
    const evidenceCount = (await countLiveEvidence(trx, [claim.id])).get(claim.id) ?? 0;
    rule(() => assertComplete({ status: claim.status, verdict: claim.verdict, evidenceCount }));
    const approver = change.actor.id === null ? null : await findUserById(trx, change.actor.id);
    const override = rule(() =>
      fourEyes({
        approverId: change.actor.id,
        approverIsAdmin: approver?.role === 'admin',
        proposedById: claim.proposedById,
        judgedById: claim.judgedById,
        overrideReason: change.overrideReason,
      }),
    );
    const hash = (await currentContentHashes(trx, [claim.id])).get(claim.id)!;
    return applyClaimChange(trx, {
      claimId: claim.id,
      version,
      actor: change.actor,
      action: 'signoff-approve',
      current: claim,
      set: {
        signoff: 'approved',
        signoffBy: change.actor.id,
        signoffAt: change.actor.now.toISOString(),
        signoffComment: null,
        signoffVersion: version,
        signoffHash: hash,
        signoffOverride: override,
      },
      note: override ? `Admin override of the four-eyes rule: ${override}` : null,
    });
  });
}

/**
 * An editor sends the verdict back with a comment; the claim returns to "in progress".
 * @throws RuleError when there is nothing to send back or no comment;
 *   NotFoundError for an unknown claim; StaleEditError when `version` is not current.
 */
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
      current: claim,
      set: {
        status: 'in_progress',
        signoff: 'returned',
        signoffBy: change.actor.id,
        signoffAt: change.actor.now.toISOString(),
        signoffComment: change.comment.trim(),
      },
      note: change.comment.trim(),
    });
  });
}

function rule<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof SignoffError) throw new RuleError(e.message);
    throw e;
  }
}

/** One claim's outcome in a bulk sign-off: done, or refused with the reason. */
export interface BulkSignoffResult {
  claimId: number;
  ok: boolean;
  error?: string;
}

/**
 * Approves or sends back several claims, each on its own (its own
 * transaction, checked against the version the editor saw, the four-eyes
 * rule and completeness exactly as one approval is), so one refusal does not
 * hold back the others. Returns what happened to each claim; errors other
 * than a refusal, a stale version or a missing claim are rethrown.
 */
export async function bulkSignoff(
  db: DB,
  e: { items: { claimId: number; version: number }[]; decision: 'approve' | 'return'; comment?: string; actor: Actor },
): Promise<BulkSignoffResult[]> {
  const out: BulkSignoffResult[] = [];
  for (const item of e.items) {
    try {
      if (e.decision === 'approve') await approveVerdict(db, { claimId: item.claimId, version: item.version, actor: e.actor });
      else await returnVerdict(db, { claimId: item.claimId, version: item.version, comment: e.comment ?? '', actor: e.actor });
      out.push({ claimId: item.claimId, ok: true });
    } catch (err) {
      if (err instanceof StaleEditError) out.push({ claimId: item.claimId, ok: false, error: 'changed since you loaded the queue; open it and look again' });
      else if (err instanceof RuleError || err instanceof NotFoundError) out.push({ claimId: item.claimId, ok: false, error: err.message });
      else throw err;
    }
  }
  return out;
}
