/**
 * Fetched pages kept as evidence (ADR 020): the snapshot row of a fetched
 * page, and "Archive now" on a library source.
 */
import type { DB } from '../../db/connection';
import { findSnapshot, insertSnapshot, latestSnapshotHashOfSource } from '../models/snapshot.server';
import { findSource } from '../models/source.server';
import { insertRevision } from '../models/revision.server';
import { NotFoundError } from './errors';
import { fetchPage, type FetchedPage, type FetchOptions } from './fetch-page.server';

/** The snapshot row for a fetched page, owned by an article or a source. */
export function snapshotRow(page: FetchedPage, owner: { articleId: number | null; sourceId: number | null; actorId: number | null }) {
  return {
    articleId: owner.articleId,
    sourceId: owner.sourceId,
    requestedUrl: page.requestedUrl,
    finalUrl: page.finalUrl,
    status: page.status,
    contentType: page.contentType,
    bytes: page.bytes,
    byteSize: page.bytes.length,
    sha256: page.sha256,
    fetchedAt: page.fetchedAt.toISOString(),
    fetchedBy: owner.actorId,
  };
}

/**
 * "Archive now" on a library source: fetches its page (the same guarded
 * fetch as imports) and keeps the snapshot, with a revision on the source.
 * The same bytes as its newest snapshot store nothing new.
 *
 * @throws NotFoundError for an unknown source; FetchRefusedError (422) when
 *   the fetch is refused or fails.
 */
export async function archiveSource(db: DB, sourceId: number, actor: { id: number | null; now: Date }, fetchOptions: FetchOptions = {}) {
  const source = await findSource(db, sourceId);
  if (!source) throw new NotFoundError(`Source ${sourceId}`);
  const page = await fetchPage(source.url, fetchOptions);
  if ((await latestSnapshotHashOfSource(db, sourceId)) === page.sha256) return { snapshotId: null, unchanged: true, sha256: page.sha256 };
  return db.transaction().execute(async (trx) => {
    const snapshotId = await insertSnapshot(trx, snapshotRow(page, { articleId: null, sourceId, actorId: actor.id }));
    await insertRevision(trx, {
      entity: 'source',
      entityId: sourceId,
      actorId: actor.id,
      at: actor.now.toISOString(),
      action: 'archive',
      before: null,
      after: { snapshotId, finalUrl: page.finalUrl, status: page.status, sha256: page.sha256, bytes: page.bytes.length },
      note: `Page archived: ${page.finalUrl} (HTTP ${page.status}, ${page.bytes.length} bytes)`,
    });
    return { snapshotId, unchanged: false, sha256: page.sha256 };
  });
}

/**
 * One kept snapshot with its raw bytes (`bytes`), content type, final URL,
 * HTTP status and SHA-256, for serving as evidence.
 * @throws NotFoundError when no snapshot has this id.
 */
export async function loadSnapshot(db: DB, id: number) {
  const snapshot = await findSnapshot(db, id);
  if (!snapshot) throw new NotFoundError(`Snapshot ${id} does not exist.`);
  return snapshot;
}
