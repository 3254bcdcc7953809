import type { DB } from '../../db/connection';
import { inBatches } from './in-batches';
import { revisionHash, type RevisionContent } from '../domain/history/hash-chain';

export type RevisionEntity = 'article' | 'claim' | 'figure' | 'evidence' | 'source' | 'measure' | 'user' | 'measure_suggestion' | 'setting';

export interface RevisionInput {
  entity: RevisionEntity;
  entityId: number;
  /** The claim whose timeline shows this change, if any. */
  claimId?: number | null;
  actorId: number | null;
  at: string;
  action: string;
  before: unknown;
  after: unknown;
  note?: string | null;
}

/**
 * A record's fields under their column names (`signoffBy` → `signoff_by`):
 * revisions have always named a row's fields as the database does, and the
 * history and its hash chain read them so.
 */
export function asColumns(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
}

/**
 * Appends one revision chained to the previous one's hash. Callers pass the
 * transaction of the change it records, which also serialises the chain:
 * a write transaction holds SQLite's write lock, or on PostgreSQL the
 * advisory lock every transaction takes at BEGIN
 * (db/postgres-serialised-dialect.ts), so writers in any number of
 * processes append to one chain head in turn.
 */
export async function insertRevision(db: DB, r: RevisionInput): Promise<void> {
  if (!db.isTransaction) {
    // Outside a transaction the head could move between reading and appending.
    await db.transaction().execute((trx) => insertRevision(trx, r));
    return;
  }
  const last = await db.selectFrom('revision').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const content: RevisionContent = {
    entity: r.entity,
    entityId: r.entityId,
    claimId: r.claimId ?? (r.entity === 'claim' ? r.entityId : null),
    actorId: r.actorId,
    at: r.at,
    action: r.action,
    before: r.before === undefined || r.before === null ? null : JSON.stringify(r.before),
    after: r.after === undefined || r.after === null ? null : JSON.stringify(r.after),
    note: r.note ?? null,
  };
  const prevHash = last?.hash ?? null;
  await db
    .insertInto('revision')
    .values({
      entity: content.entity,
      entityId: content.entityId,
      claimId: content.claimId,
      actorId: content.actorId,
      at: content.at,
      action: content.action,
      before: content.before,
      after: content.after,
      note: content.note,
      prevHash: prevHash,
      hash: revisionHash(content, prevHash),
    })
    .execute();
}

export interface StoredRevision {
  id: number;
  entity: string;
  entityId: number;
  at: string;
  action: string;
  actor: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  note: string | null;
  hash: string;
}

/** Everything in a claim's timeline: its own changes and those of its figures and evidence. */
export async function listClaimRevisions(db: DB, claimId: number): Promise<StoredRevision[]> {
  const rows = await db
    .selectFrom('revision')
    .leftJoin('user', 'user.id', 'revision.actorId')
    .select([
      'revision.id',
      'revision.entity',
      'revision.entityId',
      'revision.at',
      'revision.action',
      'revision.before',
      'revision.after',
      'revision.note',
      'revision.hash',
      'user.name as actor',
    ])
    .where('revision.claimId', '=', claimId)
    .orderBy('revision.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    entity: r.entity,
    entityId: r.entityId,
    at: r.at,
    action: r.action,
    actor: r.actor,
    before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
    after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
    note: r.note,
    hash: r.hash,
  }));
}

/** One comment in a claim's discussion thread. */
export interface ClaimComment {
  id: number;
  at: string;
  /** The author's name; null for a comment written from the command line. */
  author: string | null;
  text: string;
}

/** A claim's comments (revisions with action "comment"), oldest first. */
export async function listClaimComments(db: DB, claimId: number): Promise<ClaimComment[]> {
  const rows = await db
    .selectFrom('revision')
    .leftJoin('user', 'user.id', 'revision.actorId')
    .select(['revision.id', 'revision.at', 'revision.note', 'user.name as author'])
    .where('revision.claimId', '=', claimId)
    .where('revision.action', '=', 'comment')
    .orderBy('revision.id')
    .execute();
  return rows.map((r) => ({ id: r.id, at: r.at, author: r.author, text: r.note ?? '' }));
}

/**
 * Of these claims, those whose last sign-off event (approve, send back,
 * reopen) was a reopening: their approval was taken back by a change and
 * nobody has approved or sent them back since.
 */
export async function listReopenedClaimIds(db: DB, claimIds: number[]): Promise<Set<number>> {
  const rows = await inBatches(claimIds, (batch) =>
    db
      .selectFrom('revision')
      .select(['claimId', 'action'])
      .where('claimId', 'in', batch)
      .where('action', 'in', ['signoff-approve', 'signoff-return', 'signoff-reopened'])
      .orderBy('id')
      .execute(),
  );
  const last = new Map<number, string>();
  for (const r of rows) if (r.claimId !== null) last.set(r.claimId, r.action);
  return new Set([...last].filter(([, action]) => action === 'signoff-reopened').map(([id]) => id));
}

/** One revision of a claim's history (with its actor's name), or undefined when there is none with this id or it belongs to no claim. */
export async function findRevision(db: DB, id: number): Promise<StoredRevision | undefined> {
  const rows = await db.selectFrom('revision').select('claimId').where('id', '=', id).executeTakeFirst();
  if (!rows?.claimId) return undefined;
  return (await listClaimRevisions(db, rows.claimId)).find((r) => r.id === id);
}

/** Every revision in chain order, streamed, for verification. */
export async function* streamRevisionChain(db: DB) {
  const PAGE = 1000;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('revision')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const r of rows) {
      yield {
        id: r.id,
        entity: r.entity,
        entityId: r.entityId,
        claimId: r.claimId,
        actorId: r.actorId,
        at: r.at,
        action: r.action,
        before: r.before,
        after: r.after,
        note: r.note,
        prevHash: r.prevHash,
        hash: r.hash,
      };
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].id;
  }
}

/** The newest hash in the chain (exports print it so readers can check against history). */
export async function latestRevisionHash(db: DB): Promise<string | null> {
  const last = await db.selectFrom('revision').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return last?.hash ?? null;
}
