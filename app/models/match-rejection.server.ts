/**
 * "Not the same claim" marks: a person ruled a checked claim out as a match
 * for a desk claim. Kept under the checked claim's lasting key (its URL, or
 * the desk claim it mirrors), not its row id (ADR 009).
 */
import type { DB } from '../../db/connection';

/**
 * The ids of the checked claims a person ruled out for a desk claim ("not
 * the same claim"). Marks name a review by its URL and a desk claim's copy
 * by the desk claim, so they hold for a copy written again under a new id.
 */
export async function listRejectedMatches(db: DB, claimId: number): Promise<Set<number>> {
  // Two joins on unique keys rather than one join on "url or claim_id", which could scan the archive.
  const rows = await db
    .selectFrom('matchRejection as r')
    .innerJoin('checkedClaim as c', 'c.url', 'r.checkedUrl')
    .select('c.id')
    .where('r.claimId', '=', claimId)
    .unionAll(
      db
        .selectFrom('matchRejection as r')
        .innerJoin('checkedClaim as c', 'c.claimId', 'r.checkedDeskClaimId')
        .select('c.id')
        .where('r.claimId', '=', claimId),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Remembers that a checked claim (by id) is not the same claim as a desk
 * claim, under the checked claim's lasting key: its URL, or the desk claim
 * it mirrors. Idempotent; does nothing for an unknown checked claim id.
 */
export async function rejectMatch(db: DB, r: { claimId: number; checkedClaimId: number; userId: number; now: string }): Promise<void> {
  const checked = await db.selectFrom('checkedClaim').select(['url', 'claimId']).where('id', '=', r.checkedClaimId).executeTakeFirst();
  if (!checked) return;
  await db
    .insertInto('matchRejection')
    .values({
      claimId: r.claimId,
      checkedUrl: checked.url,
      checkedDeskClaimId: checked.url === null ? checked.claimId : null,
      rejectedBy: r.userId,
      rejectedAt: r.now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
