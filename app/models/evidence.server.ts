import type { DB } from '../../db/connection';
import type { Stance } from '../domain/sources/source-input';
import type { Evidence } from '../domain/sources/evidence';

export type { Evidence } from '../domain/sources/evidence';

/** Links a claim to a source with a stance; returns the evidence id. Throws the database's foreign-key error for an unknown claim, source or user. */
export async function insertEvidence(
  db: DB,
  e: { claimId: number; sourceId: number; stance: Stance; excerpt: string | null; note: string | null; actorId: number | null; now: string },
): Promise<number> {
  const row = await db
    .insertInto('evidence')
    .values({
      claimId: e.claimId,
      sourceId: e.sourceId,
      stance: e.stance,
      excerpt: e.excerpt,
      note: e.note,
      createdBy: e.actorId,
      createdAt: e.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The claim's evidence that has not been removed, oldest first. */
export async function listEvidenceOfClaims(db: DB, claimIds: number[]): Promise<Evidence[]> {
  if (claimIds.length === 0) return [];
  const rows = await db
    .selectFrom('evidence')
    .innerJoin('source', 'source.id', 'evidence.sourceId')
    .leftJoin('user', 'user.id', 'evidence.createdBy')
    .select([
      'evidence.id',
      'evidence.claimId',
      'evidence.sourceId',
      'evidence.stance',
      'evidence.excerpt',
      'evidence.note',
      'evidence.createdAt',
      'source.title',
      'source.url',
      'source.publisher',
      'source.kind',
      'user.name as addedBy',
    ])
    .where('evidence.claimId', 'in', claimIds)
    .where('evidence.removedAt', 'is', null)
    .orderBy('evidence.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claimId,
    sourceId: r.sourceId,
    stance: r.stance,
    excerpt: r.excerpt,
    note: r.note,
    sourceTitle: r.title,
    sourceUrl: r.url,
    sourcePublisher: r.publisher,
    sourceKind: r.kind,
    addedBy: r.addedBy,
    createdAt: r.createdAt,
  }));
}

/** Soft-removes a link (nothing is hard-deleted); false when already gone. */
export async function removeEvidence(db: DB, id: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable('evidence')
    .set({ removedAt: now })
    .where('id', '=', id)
    .where('removedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** One evidence row as stored (removed ones included, `removedAt` set), or undefined when no evidence has this id. */
export async function findEvidence(db: DB, id: number) {
  return db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The claims that cite a source, newest link first. */
export async function listClaimsCitingSource(db: DB, sourceId: number) {
  const rows = await db
    .selectFrom('evidence')
    .innerJoin('claim', 'claim.id', 'evidence.claimId')
    .select(['evidence.id', 'evidence.stance', 'claim.id as claimId', 'claim.text', 'claim.status'])
    .where('evidence.sourceId', '=', sourceId)
    .where('evidence.removedAt', 'is', null)
    .orderBy('evidence.id', 'desc')
    .execute();
  return rows.map((r) => ({ evidenceId: r.id, stance: r.stance, claimId: r.claimId, text: r.text, status: r.status }));
}

/** claim id → kinds of the library sources its live evidence cites in support. */
export async function supportingKindsOfClaims(db: DB, claimIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (claimIds.length === 0) return out;
  const rows = await db
    .selectFrom('evidence')
    .innerJoin('source', 'source.id', 'evidence.sourceId')
    .select(['evidence.claimId', 'source.kind'])
    .where('evidence.claimId', 'in', claimIds)
    .where('evidence.stance', '=', 'supports')
    .where('evidence.removedAt', 'is', null)
    .execute();
  for (const r of rows) out.set(r.claimId, [...(out.get(r.claimId) ?? []), r.kind]);
  return out;
}

/** How many live (not removed) evidence items each claim has; claims without any are absent. */
export async function countLiveEvidence(db: DB, claimIds: number[]): Promise<Map<number, number>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('evidence')
    .select(['claimId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('claimId', 'in', claimIds)
    .where('removedAt', 'is', null)
    .groupBy('claimId')
    .execute();
  return new Map(rows.map((r) => [r.claimId, Number(r.n)]));
}
