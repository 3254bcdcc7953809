import type { DB } from '../../db/connection';
import { approvedContentHash } from '../domain/claims/approved-content';
import { listClaimContent, listUnboundApprovedClaimIds } from '../models/claim-content.server';
import { touchClaims, updateClaimSignoff, type ClaimRecord } from '../models/claim.server';
import { listEvidenceOfClaims } from '../models/evidence.server';
import { listFiguresOfClaims } from '../models/figure.server';
import { asColumns, insertRevision } from '../models/revision.server';

/** Claims per query when many are checked at once (a conventions switch): well under SQLite's variable limit. */
const CHUNK = 500;

/**
 * The approved-content hash of each claim as it stands now (claim id → hex
 * SHA-256), from the same model reads exports use.
 */
export async function currentContentHashes(db: DB, claimIds: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < claimIds.length; i += CHUNK) {
    const ids = claimIds.slice(i, i + CHUNK);
    const [rows, figures, evidence] = await Promise.all([listClaimContent(db, ids), listFiguresOfClaims(db, ids), listEvidenceOfClaims(db, ids)]);
    for (const row of rows) {
      out.set(
        row.id,
        approvedContentHash({
          claim: row.claim,
          article: row.article,
          figures: figures.filter((f) => f.claimId === row.id),
          evidence: evidence.filter((e) => e.claimId === row.id),
        }),
      );
    }
  }
  return out;
}

/**
 * The one place a sign-off is taken back. Every service that changes what a
 * claim says (wording, status, rating, verdict, figures, evidence, its
 * article, a split or merge, a conventions switch) calls this inside its
 * transaction with the claims it touched. Each approved claim whose content no
 * longer hashes to what was approved goes back to pending (so it is in the
 * editors' queue again), its version is bumped, and a revision says why.
 * Returns the ids of the claims reopened.
 */
export async function reopenChangedSignoffs(
  trx: DB,
  change: { claimIds: Iterable<number>; actor: { id: number | null; now: Date }; reason: string },
): Promise<number[]> {
  const ids = [...new Set(change.claimIds)];
  const reopened: number[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const approved = (await listClaimContent(trx, chunk)).filter((r) => r.signoff === 'approved');
    if (approved.length === 0) continue;
    const hashes = await currentContentHashes(
      trx,
      approved.map((r) => r.id),
    );
    for (const row of approved) {
      if (hashes.get(row.id) === row.signoffHash) continue;
      await reopen(trx, row.id, change.actor, change.reason);
      reopened.push(row.id);
    }
  }
  return reopened;
}

/**
 * For changes that reach a claim from outside its own row (evidence, figures,
 * its article, a conventions switch): bumps each claim's version, then
 * reopens the sign-offs whose approved content changed.
 */
export async function claimContentChanged(
  trx: DB,
  change: { claimIds: Iterable<number>; actor: { id: number | null; now: Date }; reason: string },
): Promise<number[]> {
  const ids = [...new Set(change.claimIds)];
  for (let i = 0; i < ids.length; i += CHUNK) await touchClaims(trx, ids.slice(i, i + CHUNK), change.actor.now.toISOString());
  return reopenChangedSignoffs(trx, { ...change, claimIds: ids });
}

/**
 * The same check for one claim the caller has just written (its own columns
 * in hand): returns it as it stands afterwards, reopened or not.
 */
export async function reopenIfChanged(trx: DB, claim: ClaimRecord, actor: { id: number | null; now: Date }, reason: string): Promise<ClaimRecord> {
  if (claim.signoff !== 'approved') return claim;
  const hash = (await currentContentHashes(trx, [claim.id])).get(claim.id);
  if (hash === claim.signoffHash) return claim;
  return reopen(trx, claim.id, actor, reason);
}

async function reopen(trx: DB, claimId: number, actor: { id: number | null; now: Date }, reason: string): Promise<ClaimRecord> {
  const at = actor.now.toISOString();
  const { before, after } = await updateClaimSignoff(trx, { id: claimId, now: at, signoff: 'pending' });
  await insertRevision(trx, {
    entity: 'claim',
    entityId: claimId,
    actorId: actor.id,
    at,
    action: 'signoff-reopened',
    before: asColumns(before),
    after: { signoff: 'pending' },
    note: `Sign-off reopened: ${reason}. The approved content changed; an editor must approve it again.`,
  });
  return after;
}

/**
 * Approvals given before sign-offs were bound to content carry no hash, so
 * nobody can tell what they approved: they go back to pending, each with a
 * revision. Run after migrating; returns how many were reopened.
 */
export async function reopenUnboundApprovals(db: DB, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ids = await listUnboundApprovedClaimIds(trx);
    for (const id of ids) await reopen(trx, id, { id: null, now }, 'it was approved before approvals recorded what they approved');
    return ids.length;
  });
}
