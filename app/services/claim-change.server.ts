import type { DB } from '../../db/connection';
import type { ClaimUpdate } from '../../db/schema';
import { CLAIM_FIELD_OF_COLUMN, findClaim, updateClaim, type ClaimRecord, type ClaimWithArticle } from '../models/claim.server';
import { asColumns, insertRevision } from '../models/revision.server';
import { NotFoundError, StaleEditError } from './errors';
import { reopenIfChanged } from './signoff-binding.server';

export interface Actor {
  id: number | null;
  now: Date;
}

/**
 * The one way a claim's own fields change: checks the version the editor saw,
 * applies the change and writes the revision (what before, what after) in the
 * caller's transaction, then reopens the sign-off if the approved content
 * changed. `version: null` means "whatever is current" (CLI, internal).
 * A caller that has just read the claim in this transaction passes it as
 * `current`, so it is not read again. Returns the claim as written (UPDATE …
 * RETURNING, after any reopening). Throws NotFoundError for an unknown claim
 * and StaleEditError when `version` is not the current one.
 */
export async function applyClaimChange(
  trx: DB,
  change: {
    claimId: number;
    version: number | null;
    actor: Actor;
    action: string;
    set: ClaimUpdate;
    note?: string | null;
    current?: ClaimWithArticle;
  },
): Promise<ClaimRecord> {
  const claim = change.current?.id === change.claimId ? change.current : await findClaim(trx, change.claimId);
  if (!claim) throw new NotFoundError(`Claim ${change.claimId}`);
  const version = change.version ?? claim.version;
  if (version !== claim.version) throw new StaleEditError(claim);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const row = claim as unknown as Record<string, unknown>;
  for (const [column, value] of Object.entries(change.set)) {
    const prev = row[CLAIM_FIELD_OF_COLUMN[column as keyof ClaimUpdate] ?? column];
    if (prev !== value) {
      before[column] = prev ?? null;
      after[column] = value ?? null;
    }
  }
  if (Object.keys(after).length === 0) return claim;
  const at = change.actor.now.toISOString();
  const updated = await updateClaim(trx, { id: claim.id, version, now: at, set: change.set });
  if (!updated) throw new StaleEditError(claim);
  await insertRevision(trx, {
    entity: 'claim',
    entityId: claim.id,
    actorId: change.actor.id,
    at,
    action: change.action,
    before: asColumns(before),
    after: asColumns(after),
    note: change.note ?? null,
  });
  return reopenIfChanged(trx, updated, change.actor, REASONS[change.action] ?? `the claim changed (${change.action})`);
}

/** Why a change of this kind reopens a sign-off, as the history says it. */
const REASONS: Record<string, string> = {
  wording: 'the wording changed',
  status: 'the status changed',
  rating: 'the rating or verdict changed',
  split: 'the claim was split',
  merge: 'the claim was merged with the next one',
  'merged-into': 'the claim was merged into another',
};
