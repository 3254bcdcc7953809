import type { DB } from '../../db/connection';
import type { ClaimStatus } from '../domain/claims/status';
import { findClaim, updateClaimStatus } from '../models/claim.server';
import { insertRevision } from '../models/revision.server';

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** Someone saved the claim after the version this edit started from. */
export class StaleEditError extends Error {
  constructor(readonly current: { status: ClaimStatus; version: number }) {
    super('This claim was changed by someone else since you opened it');
    this.name = 'StaleEditError';
  }
}

/** Changes a claim's status and records the revision in the same transaction. */
export async function setClaimStatus(
  db: DB,
  change: { claimId: number; status: ClaimStatus; version: number | null; actorId: number | null; now: Date },
): Promise<{ status: ClaimStatus; version: number }> {
  return db.transaction().execute(async (trx) => {
    const claim = await findClaim(trx, change.claimId);
    if (!claim) throw new NotFoundError('Claim');
    const version = change.version ?? claim.version;
    if (version !== claim.version) throw new StaleEditError({ status: claim.status, version: claim.version });
    if (claim.status === change.status) return { status: claim.status, version: claim.version };
    const at = change.now.toISOString();
    const ok = await updateClaimStatus(trx, { id: claim.id, version, status: change.status, now: at });
    if (!ok) throw new StaleEditError({ status: claim.status, version: claim.version });
    await insertRevision(trx, {
      entity: 'claim',
      entityId: claim.id,
      actorId: change.actorId,
      at,
      action: 'status',
      before: { status: claim.status },
      after: { status: change.status },
    });
    return { status: change.status, version: version + 1 };
  });
}
