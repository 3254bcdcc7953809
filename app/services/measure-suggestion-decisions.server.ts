/**
 * A person's answer to a suggestion: accept (its figures join the measure,
 * or a new one) or reject (the pairing is never suggested again). A group
 * from one article is decided as a whole.
 */
import type { DB } from '../../db/connection';
import { figureKey } from '../domain/measures/match-measure';
import { findMeasure } from '../models/measure.server';
import { decideSuggestions, findSuggestion, listOpenGroup, type Suggestion } from '../models/measure-suggestion.server';
import { listMemberFiguresByIds } from '../models/member-figure.server';
import { insertRevision } from '../models/revision.server';
import { NotFoundError, RuleError } from './errors';
import { attachInTrx, createInTrx, type MeasureActor } from './measure-edit.server';
import { suggestForMeasure } from './measure-suggest.server';

/** All open rows of the suggestion this one belongs to (a group shares partner and label). */
async function suggestionSet(trx: DB, s: Suggestion): Promise<Suggestion[]> {
  if (s.partnerFigureId !== null) return listOpenGroup(trx, s.partnerFigureId, s.label);
  return [s];
}

/** The open suggestion with this id. @throws NotFoundError, or RuleError when it was already decided */
async function openSuggestion(trx: DB, id: number): Promise<Suggestion> {
  const s = await findSuggestion(trx, id);
  if (!s) throw new NotFoundError(`Suggestion ${id}`);
  if (s.status !== 'open') throw new RuleError(`This suggestion was already ${s.status}`);
  return s;
}

/**
 * Accepts a suggestion: its figures join the suggested measure, or a new
 * measure named by the suggestion (`label` overrides the name, cut to 200
 * characters). Returns the measure id.
 *
 * @throws NotFoundError when the suggestion does not exist
 * @throws RuleError when it was already accepted or rejected, or its figure's claim was removed
 */
export async function acceptSuggestion(db: DB, input: { suggestionId: number; label?: string; actor: MeasureActor }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const s = await openSuggestion(trx, input.suggestionId);
    const set = await suggestionSet(trx, s);
    const figureIds = [...new Set([...set.map((x) => x.figureId), ...(s.partnerFigureId !== null ? [s.partnerFigureId] : [])])];
    // A figure whose claim was removed since the suggestion was made stays out (its row stays open, hidden until a restore).
    const all = await listMemberFiguresByIds(trx, figureIds);
    if (all.find((f) => f.id === s.figureId)?.removed) throw new RuleError('This suggestion’s figure belongs to a removed claim; restore the claim first');
    const figures = all.filter((f) => !f.removed);
    let measure = s.measureId !== null ? await findMeasure(trx, s.measureId) : undefined;
    if (!measure) {
      // A partner already placed on a measure since: join that one.
      const placed = figures.find((f) => f.measureId !== null);
      measure = placed ? await findMeasure(trx, placed.measureId!) : undefined;
    }
    const now = input.actor.now.toISOString();
    let created = false;
    if (!measure) {
      const label = (input.label?.trim() || s.label).slice(0, 200);
      const key = figureKey(figures.find((f) => f.id === (s.partnerFigureId ?? s.figureId)) ?? figures[0]);
      measure = await createInTrx(
        trx,
        { label: label[0].toUpperCase() + label.slice(1), unit: figures[0]?.unit ?? 'count', place: null, periodStart: null, periodEnd: null, acceptedLow: null, acceptedHigh: null, rationale: null, ...key },
        input.actor,
      );
      created = true;
    }
    const free = figures.filter((f) => f.measureId === null || f.measureId === measure!.id).map((f) => f.id);
    await attachInTrx(trx, measure, free, input.actor, `suggestion accepted: ${s.reason ?? s.label}`);
    const live = new Set(figures.map((f) => f.id));
    const decided = await decideSuggestions(trx, { ids: set.filter((x) => live.has(x.figureId)).map((x) => x.id), status: 'accepted', actorId: input.actor.id, now });
    for (const id of decided) {
      await insertRevision(trx, { entity: 'measure_suggestion', entityId: id, claimId: null, actorId: input.actor.id, at: now, action: 'accept', before: { status: 'open' }, after: { status: 'accepted', measure_id: measure.id } });
    }
    if (created) await suggestForMeasure(trx, measure.id, now);
    return measure.id;
  });
}

/**
 * Rejects a suggestion (a group as a whole); the same pairing is never suggested again.
 *
 * @throws NotFoundError when the suggestion does not exist
 * @throws RuleError when it was already accepted or rejected
 */
export async function rejectSuggestion(db: DB, input: { suggestionId: number; actor: MeasureActor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const s = await openSuggestion(trx, input.suggestionId);
    const set = await suggestionSet(trx, s);
    const now = input.actor.now.toISOString();
    const decided = await decideSuggestions(trx, { ids: set.map((x) => x.id), status: 'rejected', actorId: input.actor.id, now });
    for (const id of decided) {
      await insertRevision(trx, { entity: 'measure_suggestion', entityId: id, claimId: null, actorId: input.actor.id, at: now, action: 'reject', before: { status: 'open' }, after: { status: 'rejected' } });
    }
  });
}
