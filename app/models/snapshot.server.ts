/**
 * Page snapshots: the raw bytes of a fetched page (an article's version or a
 * library source's "archive now"), with what the fetch saw.
 */
import type { DB } from '../../db/connection';
import type { Insertable } from 'kysely';
import type { SnapshotTable } from '../../db/schema';

export interface SnapshotMeta {
  id: number;
  articleId: number | null;
  sourceId: number | null;
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  byteSize: number;
  sha256: string;
  fetchedAt: string;
  fetchedBy: string | null;
}

/** Stores a fetched page's snapshot (its bytes, hash and HTTP answer); returns its id. Throws the database's foreign-key error for an unknown source or article. */
export async function insertSnapshot(db: DB, snapshot: Insertable<SnapshotTable>): Promise<number> {
  const row = await db.insertInto('snapshot').values(snapshot).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

function snapshotQuery(db: DB) {
  return db
    .selectFrom('snapshot as s')
    .leftJoin('user as u', 'u.id', 's.fetchedBy')
    .select([
      's.id',
      's.articleId',
      's.sourceId',
      's.requestedUrl',
      's.finalUrl',
      's.status',
      's.contentType',
      's.byteSize',
      's.sha256',
      's.fetchedAt',
      'u.name as fetchedBy',
    ]);
}

/** A snapshot's metadata and bytes. */
export async function findSnapshot(db: DB, id: number): Promise<(SnapshotMeta & { bytes: Buffer }) | undefined> {
  const row = await snapshotQuery(db).select('s.bytes').where('s.id', '=', id).executeTakeFirst();
  return row ? { ...row, bytes: Buffer.from(row.bytes) } : undefined;
}

/** A library source's snapshots, newest first (no bytes). */
export async function listSnapshotsOfSource(db: DB, sourceId: number): Promise<SnapshotMeta[]> {
  return snapshotQuery(db).where('s.sourceId', '=', sourceId).orderBy('s.fetchedAt', 'desc').orderBy('s.id', 'desc').execute();
}

/** The newest snapshot of a source, to tell whether a new fetch changed anything. */
export async function latestSnapshotHashOfSource(db: DB, sourceId: number): Promise<string | undefined> {
  const row = await db.selectFrom('snapshot').select('sha256').where('sourceId', '=', sourceId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.sha256;
}
