import type { DB } from '../../db/connection';
import type { Insertable, Updateable } from 'kysely';
import type { SourceTable } from '../../db/schema';

export interface Source {
  id: number;
  url: string;
  title: string;
  publisher: string | null;
  kind: string;
  publishedAt: string | null;
  accessedAt: string | null;
  archivedUrl: string | null;
  notes: string | null;
  version: number;
  usedBy: number;
}

/** A source row with its citing-claim count as the database returns it (a count is a string or bigint on PostgreSQL). */
function toSource(r: Omit<Source, 'usedBy'> & { usedBy?: number | string | bigint | null }): Source {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    publisher: r.publisher,
    kind: r.kind,
    publishedAt: r.publishedAt,
    accessedAt: r.accessedAt,
    archivedUrl: r.archivedUrl,
    notes: r.notes,
    version: r.version,
    usedBy: Number(r.usedBy ?? 0),
  };
}

function withUse(db: DB) {
  return db
    .selectFrom('source')
    .selectAll('source')
    .select((eb) =>
      eb
        .selectFrom('evidence')
        .select((e) => e.fn.count<number>('evidence.id').as('n'))
        .whereRef('evidence.sourceId', '=', 'source.id')
        .where('evidence.removedAt', 'is', null)
        .as('usedBy'),
    );
}

/** Stores a new source at version 1; returns its id. Throws the database's unique-constraint error when a source already has this `urlKey` (callers look it up first: findSourceByUrlKey). */
export async function insertSource(db: DB, source: Insertable<SourceTable>): Promise<number> {
  const row = await db.insertInto('source').values(source).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** One source with how many claims cite it, or undefined when no source has this id. */
export async function findSource(db: DB, id: number): Promise<Source | undefined> {
  const row = await withUse(db).where('source.id', '=', id).executeTakeFirst();
  return row ? toSource(row) : undefined;
}

/** The source stored under this URL key (the normal form of its address, sources.server.ts), or undefined. */
export async function findSourceByUrlKey(db: DB, key: string): Promise<Source | undefined> {
  const row = await withUse(db).where('source.urlKey', '=', key).executeTakeFirst();
  return row ? toSource(row) : undefined;
}

/** Sources whose title, publisher or URL contain the words, most used first. */
export async function searchSources(db: DB, q: { text: string; limit: number; offset: number }) {
  let query = withUse(db);
  for (const word of q.text.split(/\s+/).filter(Boolean).slice(0, 8)) {
    const like = `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['source.title']), 'like', eb.val(like.toLowerCase())),
        eb(eb.fn('lower', ['source.publisher']), 'like', eb.val(like.toLowerCase())),
        eb(eb.fn('lower', ['source.url']), 'like', eb.val(like.toLowerCase())),
      ]),
    );
  }
  const rows = await query.orderBy('usedBy', 'desc').orderBy('source.title').limit(q.limit).offset(q.offset).execute();
  return rows.map(toSource);
}

/** Writes the source's fields and bumps its version, only if it is still at `version`; false when it is not (someone saved first) or does not exist. Throws the database's unique-constraint error for a `urlKey` another source has. */
export async function updateSource(
  db: DB,
  change: { id: number; version: number; set: Updateable<SourceTable> },
): Promise<boolean> {
  const r = await db
    .updateTable('source')
    .set((eb) => ({ ...change.set, version: eb('version', '+', 1) }))
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The sources with these ids, with how many claims cite each (unknown ids left out, in no set order); [] for none. */
export async function listSourcesByIds(db: DB, ids: number[]): Promise<Source[]> {
  if (ids.length === 0) return [];
  const rows = await withUse(db).where('source.id', 'in', [...new Set(ids)]).execute();
  return rows.map(toSource);
}
