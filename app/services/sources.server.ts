import type { DB } from '../../db/connection';
import { urlKey, type SourceInput } from '../domain/sources/source-input';
import { findSource, findSourceByUrlKey, insertSource, searchSources, updateSource, type Source } from '../models/source.server';
import { listFiguresOfSources } from '../models/figure.server';
import { listSnapshotsOfSource } from '../models/snapshot.server';
import { asColumns, insertRevision } from '../models/revision.server';
import { listClaimsCitingSource } from '../models/evidence.server';
import { reopenChangedSignoffs } from './signoff-binding.server';
import type { Actor } from './claim-change.server';
import { NotFoundError, RuleError, StaleEditError } from './errors';

/**
 * A source as stored: URLs in their normal form, and the key "the same
 * source" is found by. Throws RuleError for an address that is not http(s)
 * (the forms refuse one first; this guards other callers).
 */
function sourceValues(f: SourceInput) {
  try {
    // urlKey throws for anything but http(s).
    const normal = (u: string) => (urlKey(u), new URL(u).toString());
    return { ...f, url: normal(f.url), urlKey: urlKey(f.url), archivedUrl: f.archivedUrl === null ? null : normal(f.archivedUrl) };
  } catch {
    throw new RuleError('A source needs full http:// or https:// addresses');
  }
}

/**
 * Finds the source with the same URL (recognised by its normal form, not
 * duplicated) or creates it with a `create` revision. Runs in the caller's
 * transaction `trx`; `created` says which happened.
 *
 * @throws RuleError when the URL or archived URL is not an http(s) address.
 */
export async function findOrCreateSource(trx: DB, f: SourceInput, actor: Actor): Promise<{ source: Source; created: boolean }> {
  const values = sourceValues(f);
  const existing = await findSourceByUrlKey(trx, values.urlKey);
  if (existing) return { source: existing, created: false };
  const at = actor.now.toISOString();
  const id = await insertSource(trx, { ...values, createdBy: actor.id, createdAt: at, updatedAt: at });
  await insertRevision(trx, { entity: 'source', entityId: id, claimId: null, actorId: actor.id, at, action: 'create', before: null, after: asColumns(values) });
  return { source: (await findSource(trx, id))!, created: true };
}

/**
 * Adds a source to the library in its own transaction, or returns the one
 * already stored under the same URL (`created: false`).
 *
 * @throws RuleError when the URL or archived URL is not an http(s) address.
 */
export async function createSource(db: DB, f: SourceInput, actor: Actor) {
  return db.transaction().execute((trx) => findOrCreateSource(trx, f, actor));
}

/**
 * Saves the edited fields of a source seen at `version`, with an `edit`
 * revision, and sends back for sign-off the approved claims citing it
 * (exports cite its title, URL and publisher). Returns the source as saved.
 *
 * @throws NotFoundError when no source has this id.
 * @throws StaleEditError (carrying the source as stored) when someone saved it since `version`.
 * @throws RuleError when the URL is not http(s) or another source already has it.
 */
export async function editSource(db: DB, e: { sourceId: number; version: number; fields: SourceInput; actor: Actor }) {
  return db.transaction().execute(async (trx) => {
    const current = await findSource(trx, e.sourceId);
    if (!current) throw new NotFoundError(`Source ${e.sourceId}`);
    if (current.version !== e.version) throw new StaleEditError(current);
    const values = sourceValues(e.fields);
    const clash = await findSourceByUrlKey(trx, values.urlKey);
    if (clash && clash.id !== current.id) throw new RuleError(`Another source already has this URL: "${clash.title}"`);
    const at = e.actor.now.toISOString();
    if (!(await updateSource(trx, { id: current.id, version: e.version, set: { ...values, updatedAt: at } }))) {
      throw new StaleEditError(current);
    }
    await insertRevision(trx, {
      entity: 'source',
      entityId: current.id,
      claimId: null,
      actorId: e.actor.id,
      at,
      action: 'edit',
      before: { url: current.url, title: current.title, publisher: current.publisher, kind: current.kind, notes: current.notes },
      after: asColumns(values),
    });
    // Exports cite the source's title, URL and publisher: approvals of claims citing it covered those.
    const citing = (await listClaimsCitingSource(trx, current.id)).map((c) => c.claimId);
    await reopenChangedSignoffs(trx, { claimIds: citing, actor: e.actor, reason: `its source "${current.title}" was edited` });
    return (await findSource(trx, current.id))!;
  });
}

/**
 * The source library page: sources whose title, publisher or URL hold every
 * word of `text` (at most 8 words), `limit` rows from `offset`, each with how
 * many claims cite it. Throws nothing of its own (database errors pass through).
 */
export async function searchSourceLibrary(db: DB, q: { text: string; limit: number; offset: number }) {
  return searchSources(db, q);
}

/**
 * One source's page: the source, the claims citing it, the figures read from
 * it and its page snapshots (newest first).
 * @throws NotFoundError when no source has this id.
 */
export async function loadSourcePage(db: DB, id: number) {
  const source = await findSource(db, id);
  if (!source) throw new NotFoundError(`Source ${id}`);
  const [citing, figures, snapshots] = await Promise.all([listClaimsCitingSource(db, id), listFiguresOfSources(db, [id]), listSnapshotsOfSource(db, id)]);
  return { source, citing, figures, snapshots };
}
