import type { DB } from '../../db/connection';
import { STANCES, type SourceInput, type Stance } from '../domain/sources/source-input';
import { parseFigureText } from '../domain/sources/source-figure';
import { findClaim } from '../models/claim.server';
import { findEvidence, insertEvidence, removeEvidence } from '../models/evidence.server';
import { insertFigure } from '../models/figure.server';
import { findSource } from '../models/source.server';
import { insertRevision } from '../models/revision.server';
import type { Actor } from './claim-change.server';
import { NotFoundError, RuleError } from './errors';
import { claimContentChanged } from './signoff-binding.server';
import { findOrCreateSource } from './sources.server';

/**
 * Links a claim to a source (an existing one, or a new one found-or-created by
 * URL) with a stance, excerpt and note; optionally records a figure the
 * source gives ("948,000 displaced as of 2020-02-20"; the date already checked,
 * YYYY-MM-DD).
 *
 * @throws NotFoundError when the claim does not exist.
 * @throws RuleError for a bad stance, an unknown library source, no source at all, or a figure that cannot be read.
 */
export async function addEvidence(
  db: DB,
  e: {
    claimId: number;
    sourceId: number | null;
    newSource: SourceInput | null;
    stance: string;
    excerpt: string;
    note: string;
    figure?: { text: string; asOf: string | null } | null;
    actor: Actor;
  },
) {
  if (!STANCES.some((s) => s.value === e.stance)) throw new RuleError('Say whether the source supports, refutes or gives context');
  return db.transaction().execute(async (trx) => {
    const claim = await findClaim(trx, e.claimId);
    if (!claim) throw new NotFoundError(`Claim ${e.claimId}`);
    let sourceId: number;
    if (e.sourceId !== null) {
      const source = await findSource(trx, e.sourceId);
      if (!source) throw new RuleError('That source is not in the library');
      sourceId = source.id;
    } else if (e.newSource) {
      sourceId = (await findOrCreateSource(trx, e.newSource, e.actor)).source.id;
    } else {
      throw new RuleError('Choose a source from the library or enter a new one');
    }
    const at = e.actor.now.toISOString();
    const excerpt = e.excerpt.trim() || null;
    const note = e.note.trim() || null;
    const id = await insertEvidence(trx, { claimId: claim.id, sourceId, stance: e.stance as Stance, excerpt, note, actorId: e.actor.id, now: at });
    await insertRevision(trx, {
      entity: 'evidence',
      entityId: id,
      claimId: claim.id,
      actorId: e.actor.id,
      at,
      action: 'evidence-add',
      before: null,
      after: { source_id: sourceId, stance: e.stance, excerpt, note },
    });
    if (e.figure && e.figure.text.trim()) await recordSourceFigure(trx, { claimId: claim.id, sourceId, ...e.figure, actor: e.actor });
    await claimContentChanged(trx, { claimIds: [claim.id], actor: e.actor, reason: 'evidence was added' });
    return id;
  });
}

async function recordSourceFigure(
  trx: DB,
  f: { claimId: number; sourceId: number; text: string; asOf: string | null; actor: Actor },
) {
  const parsed = parseFigureText(f.text.trim());
  if (!parsed) throw new RuleError(`No figure could be read from "${f.text.trim()}"`);
  const at = f.actor.now.toISOString();
  const id = await insertFigure(trx, {
    claimId: null,
    sourceId: f.sourceId,
    spanStart: null,
    spanEnd: null,
    asOf: f.asOf,
    text: f.text.trim(),
    low: parsed.low,
    high: parsed.high,
    qualifier: parsed.qualifier,
    counted: parsed.counted,
    event: parsed.event,
    unit: parsed.unit,
    currency: parsed.currency,
    rule: parsed.rule,
  });
  await insertRevision(trx, {
    entity: 'figure',
    entityId: id,
    claimId: f.claimId,
    actorId: f.actor.id,
    at,
    action: 'figure-record',
    before: null,
    after: { source_id: f.sourceId, text: f.text.trim(), low: parsed.low, high: parsed.high, as_of: f.asOf },
  });
}

/**
 * Takes a source off a claim (soft: the link and its history stay).
 *
 * @throws NotFoundError when the evidence does not exist or belongs to another claim.
 */
export async function removeEvidenceLink(db: DB, e: { claimId: number; evidenceId: number; actor: Actor }) {
  return db.transaction().execute(async (trx) => {
    const ev = await findEvidence(trx, e.evidenceId);
    if (!ev || ev.claimId !== e.claimId) throw new NotFoundError(`Evidence ${e.evidenceId}`);
    const at = e.actor.now.toISOString();
    if (!(await removeEvidence(trx, ev.id, at))) return;
    await insertRevision(trx, {
      entity: 'evidence',
      entityId: ev.id,
      claimId: ev.claimId,
      actorId: e.actor.id,
      at,
      action: 'evidence-remove',
      before: { source_id: ev.sourceId, stance: ev.stance, excerpt: ev.excerpt },
      after: null,
    });
    await claimContentChanged(trx, { claimIds: [ev.claimId], actor: e.actor, reason: 'evidence was removed' });
  });
}
