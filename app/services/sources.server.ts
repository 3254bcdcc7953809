import type { DB } from '../../db/connection';
import { normaliseDate, ImportInputError } from '../domain/articles/import-input';
import { SOURCE_KINDS, urlKey, type SourceKind } from '../domain/sources/source-input';
import { findSource, findSourceByUrlKey, insertSource, updateSource, type Source } from '../models/source.server';
import { asColumns, insertRevision } from '../models/revision.server';
import { listClaimsCitingSource } from '../models/evidence.server';
import { reopenChangedSignoffs } from './signoff-binding.server';
import type { Actor } from './claim-change.server';
import { NotFoundError, RuleError, StaleEditError } from './errors';

export interface SourceFields {
  url: string;
  title: string;
  publisher: string;
  kind: string;
  publishedAt: string;
  accessedAt: string;
  archivedUrl: string;
  notes: string;
}

/** Validated, normalised source fields, or a RuleError naming what is wrong. */
export function validateSource(f: SourceFields) {
  let key: string;
  try {
    key = urlKey(f.url);
  } catch {
    throw new RuleError('The source URL must be a full http:// or https:// address');
  }
  let archived: string | null = null;
  if (f.archivedUrl.trim()) {
    try {
      urlKey(f.archivedUrl);
      archived = new URL(f.archivedUrl.trim()).toString();
    } catch {
      throw new RuleError('The archived URL must be a full http:// or https:// address');
    }
  }
  if (!SOURCE_KINDS.some((k) => k.value === f.kind)) throw new RuleError('Choose what kind of source this is');
  const title = f.title.trim();
  if (!title) throw new RuleError('Give the source a title');
  let publishedAt: string | null;
  let accessedAt: string | null;
  try {
    publishedAt = normaliseDate(f.publishedAt);
    accessedAt = normaliseDate(f.accessedAt);
  } catch (e) {
    if (e instanceof ImportInputError) throw new RuleError('Dates must look like 2020-02-20');
    throw e;
  }
  return {
    url: new URL(f.url.trim()).toString(),
    urlKey: key,
    title: title.slice(0, 500),
    publisher: f.publisher.trim() || null,
    kind: f.kind as SourceKind,
    publishedAt: publishedAt,
    accessedAt: accessedAt,
    archivedUrl: archived,
    notes: f.notes.trim() || null,
  };
}

/** Finds the source with the same URL (recognised, not duplicated) or creates it. */
export async function findOrCreateSource(trx: DB, f: SourceFields, actor: Actor): Promise<{ source: Source; created: boolean }> {
  const values = validateSource(f);
  const existing = await findSourceByUrlKey(trx, values.urlKey);
  if (existing) return { source: existing, created: false };
  const at = actor.now.toISOString();
  const id = await insertSource(trx, { ...values, createdBy: actor.id, createdAt: at, updatedAt: at });
  await insertRevision(trx, { entity: 'source', entityId: id, claimId: null, actorId: actor.id, at, action: 'create', before: null, after: asColumns(values) });
  return { source: (await findSource(trx, id))!, created: true };
}

export async function createSource(db: DB, f: SourceFields, actor: Actor) {
  return db.transaction().execute((trx) => findOrCreateSource(trx, f, actor));
}

export async function editSource(db: DB, e: { sourceId: number; version: number; fields: SourceFields; actor: Actor }) {
  return db.transaction().execute(async (trx) => {
    const current = await findSource(trx, e.sourceId);
    if (!current) throw new NotFoundError(`Source ${e.sourceId}`);
    if (current.version !== e.version) throw new StaleEditError(current);
    const values = validateSource(e.fields);
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
