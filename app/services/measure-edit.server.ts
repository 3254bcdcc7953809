/**
 * Measures by hand: create, edit, attach and detach figures. Each change
 * writes its revision in the same transaction.
 */
import type { DB } from '../../db/connection';
import { figureKey } from '../domain/measures/match-measure';
import { keyFromLabel } from '../domain/measures/rank-candidates';
import type { MeasureFieldsInput, MemberFigure } from '../domain/measures/types';
import { findMeasure, insertMeasure, touchMeasure, updateMeasure, type Measure } from '../models/measure.server';
import { listMemberFiguresByIds, setFiguresMeasure } from '../models/member-figure.server';
import { insertRevision } from '../models/revision.server';
import { NotFoundError, RuleError, StaleEditError } from './errors';
import { suggestForMeasure } from './measure-suggest.server';

/** Who makes a measure change and when (the revision's actor and time). */
export interface MeasureActor {
  id: number | null;
  now: Date;
}

async function figureRevision(trx: DB, f: MemberFigure, actor: MeasureActor, action: string, before: unknown, after: unknown) {
  await insertRevision(trx, {
    entity: 'figure',
    entityId: f.id,
    claimId: f.claimId,
    actorId: actor.id,
    at: actor.now.toISOString(),
    action,
    before,
    after,
  });
}

/**
 * Attaches figures to a measure inside the caller's transaction, one revision
 * per figure that moves; returns how many moved.
 *
 * @throws NotFoundError when a figure id does not exist
 * @throws RuleError when a figure's claim was removed (dismissed or merged)
 */
export async function attachInTrx(trx: DB, measure: Measure, figureIds: number[], actor: MeasureActor, why: string): Promise<number> {
  const figures = await listMemberFiguresByIds(trx, figureIds);
  if (figures.length !== new Set(figureIds).size) throw new NotFoundError('Figure');
  refuseRemoved(figures);
  const moving = figures.filter((f) => f.measureId !== measure.id);
  if (moving.length === 0) return 0;
  await setFiguresMeasure(trx, moving.map((f) => f.id), measure.id);
  for (const f of moving) {
    await figureRevision(trx, f, actor, 'attach-measure', { measure_id: f.measureId }, { measure_id: measure.id, measure: measure.label, why });
  }
  await touchMeasure(trx, measure.id, actor.now.toISOString());
  return moving.length;
}

/**
 * Figures of removed claims stay out of measures (restore the claim first).
 * @throws RuleError naming the first such figure
 */
export function refuseRemoved(figures: MemberFigure[]): void {
  const removed = figures.find((f) => f.removed);
  if (removed) throw new RuleError(`"${removed.text}" belongs to a removed claim; restore the claim first`);
}

/** Inserts a measure and its 'create' revision inside the caller's transaction. */
export async function createInTrx(trx: DB, fields: MeasureFieldsInput & { counted: string | null; event: string | null }, actor: MeasureActor): Promise<Measure> {
  const now = actor.now.toISOString();
  const id = await insertMeasure(trx, { ...fields, createdBy: actor.id, now });
  await insertRevision(trx, { entity: 'measure', entityId: id, claimId: null, actorId: actor.id, at: now, action: 'create', before: null, after: fields });
  return (await findMeasure(trx, id))!;
}

/**
 * Creates a measure, optionally with its first figures, and looks for figures
 * elsewhere that estimate it. Returns the new measure's id.
 *
 * @throws NotFoundError when a figure id does not exist
 * @throws RuleError when a figure already belongs to another measure, or its claim was removed
 */
export async function createMeasure(
  db: DB,
  input: { fields: MeasureFieldsInput; figureIds: number[]; actor: MeasureActor },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const figures = await listMemberFiguresByIds(trx, input.figureIds);
    const missing = input.figureIds.find((id) => !figures.some((f) => f.id === id));
    if (missing !== undefined) throw new NotFoundError(`Figure ${missing}`);
    refuseRemoved(figures);
    const taken = figures.find((f) => f.measureId !== null);
    if (taken) throw new RuleError(`"${taken.text}" already belongs to another measure; detach it there first`);
    const first = figures[0];
    // A measure made by hand from its label alone still knows what it counts, for candidates and suggestions.
    const key = first ? figureKey(first) : keyFromLabel(input.fields.label);
    const measure = await createInTrx(trx, { ...input.fields, ...key }, input.actor);
    if (input.figureIds.length) await attachInTrx(trx, measure, input.figureIds, input.actor, 'created with the measure');
    await suggestForMeasure(trx, measure.id, input.actor.now.toISOString());
    return measure.id;
  });
}

/**
 * Edits label, window and accepted estimate; returns the measure as saved
 * (unchanged when nothing differs).
 *
 * @throws NotFoundError when the measure does not exist
 * @throws StaleEditError (carrying the current measure) when `version` is not the stored one
 */
export async function editMeasure(
  db: DB,
  input: { measureId: number; version: number; fields: MeasureFieldsInput; actor: MeasureActor },
): Promise<Measure> {
  return db.transaction().execute(async (trx) => {
    const m = await findMeasure(trx, input.measureId);
    if (!m) throw new NotFoundError(`Measure ${input.measureId}`);
    if (m.version !== input.version) throw new StaleEditError(m);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input.fields)) {
      const prev = (m as unknown as Record<string, unknown>)[k];
      if (prev !== v) {
        before[k] = prev ?? null;
        after[k] = v;
      }
    }
    if (Object.keys(after).length === 0) return m;
    const now = input.actor.now.toISOString();
    if (!(await updateMeasure(trx, { id: m.id, version: m.version, now, set: input.fields }))) throw new StaleEditError(m);
    await insertRevision(trx, { entity: 'measure', entityId: m.id, claimId: null, actorId: input.actor.id, at: now, action: 'edit', before, after });
    return (await findMeasure(trx, m.id))!;
  });
}

/**
 * Attaches one figure to a measure by hand (nothing happens when it is already there).
 *
 * @throws NotFoundError when the measure or the figure does not exist
 * @throws RuleError when the figure belongs to another measure
 */
export async function attachFigure(db: DB, input: { measureId: number; figureId: number; actor: MeasureActor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const m = await findMeasure(trx, input.measureId);
    if (!m) throw new NotFoundError(`Measure ${input.measureId}`);
    const [f] = await listMemberFiguresByIds(trx, [input.figureId]);
    if (!f) throw new NotFoundError(`Figure ${input.figureId}`);
    if (f.measureId !== null && f.measureId !== m.id) {
      throw new RuleError(`"${f.text}" already belongs to another measure; detach it there first`);
    }
    await attachInTrx(trx, m, [f.id], input.actor, 'attached by hand');
  });
}

/**
 * Takes a figure off a measure.
 *
 * @throws NotFoundError when the measure does not exist
 * @throws RuleError when the figure is not on this measure
 */
export async function detachFigure(db: DB, input: { measureId: number; figureId: number; actor: MeasureActor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const m = await findMeasure(trx, input.measureId);
    if (!m) throw new NotFoundError(`Measure ${input.measureId}`);
    const [f] = await listMemberFiguresByIds(trx, [input.figureId]);
    if (!f || f.measureId !== m.id) throw new RuleError('That figure is not on this measure');
    await setFiguresMeasure(trx, [f.id], null);
    await figureRevision(trx, f, input.actor, 'detach-measure', { measure_id: m.id, measure: m.label }, { measure_id: null });
    await touchMeasure(trx, m.id, input.actor.now.toISOString());
  });
}
