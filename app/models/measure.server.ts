import { sql, type Selectable } from 'kysely';
import type { DB } from '../../db/connection';
import type { MeasureTable } from '../../db/schema';

export interface MeasureSummary {
  id: number;
  label: string;
  unit: string;
  acceptedLow: number | null;
  acceptedHigh: number | null;
  rationale: string | null;
}

export interface Measure extends MeasureSummary {
  counted: string | null;
  event: string | null;
  place: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type MeasureRow = Selectable<MeasureTable>;

function toMeasure(r: MeasureRow): Measure {
  return {
    id: r.id,
    label: r.label,
    unit: r.unit,
    counted: r.counted,
    event: r.event,
    place: r.place,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    acceptedLow: r.accepted_low,
    acceptedHigh: r.accepted_high,
    rationale: r.rationale,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function summaryOf(m: Measure): MeasureSummary {
  return { id: m.id, label: m.label, unit: m.unit, acceptedLow: m.acceptedLow, acceptedHigh: m.acceptedHigh, rationale: m.rationale };
}

export interface MeasureFields {
  label: string;
  unit: string;
  counted: string | null;
  event: string | null;
  place: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  acceptedLow: number | null;
  acceptedHigh: number | null;
  rationale: string | null;
}

function columnsOf(f: Partial<MeasureFields>) {
  const out: Record<string, unknown> = {};
  if (f.label !== undefined) out.label = f.label;
  if (f.unit !== undefined) out.unit = f.unit;
  if (f.counted !== undefined) out.counted = f.counted;
  if (f.event !== undefined) out.event = f.event;
  if (f.place !== undefined) out.place = f.place;
  if (f.periodStart !== undefined) out.period_start = f.periodStart;
  if (f.periodEnd !== undefined) out.period_end = f.periodEnd;
  if (f.acceptedLow !== undefined) out.accepted_low = f.acceptedLow;
  if (f.acceptedHigh !== undefined) out.accepted_high = f.acceptedHigh;
  if (f.rationale !== undefined) out.rationale = f.rationale;
  return out;
}

export async function insertMeasure(db: DB, m: MeasureFields & { createdBy: number | null; now: string }): Promise<number> {
  const row = await db
    .insertInto('measure')
    .values({
      label: m.label,
      unit: m.unit,
      counted: m.counted,
      event: m.event,
      place: m.place,
      period_start: m.periodStart,
      period_end: m.periodEnd,
      accepted_low: m.acceptedLow,
      accepted_high: m.acceptedHigh,
      rationale: m.rationale,
      created_by: m.createdBy,
      created_at: m.now,
      updated_at: m.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findMeasure(db: DB, id: number): Promise<Measure | undefined> {
  const row = await db.selectFrom('measure').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMeasure(row) : undefined;
}

export async function listMeasuresByIds(db: DB, ids: number[]): Promise<Measure[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('measure').selectAll().where('id', 'in', ids).orderBy('label').execute();
  return rows.map(toMeasure);
}

/** Measures, most recently changed first: all of them, or one page. */
export async function listMeasures(db: DB, page?: { limit: number; offset: number }): Promise<Measure[]> {
  let q = db.selectFrom('measure').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return (await q.execute()).map(toMeasure);
}

/** How many measures the desk has. */
export async function countMeasures(db: DB): Promise<number> {
  const r = await db.selectFrom('measure').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Measures of an event class, for matching new figures against (cross-article suggestions). */
export async function listMeasuresOfEvent(db: DB, event: string): Promise<Measure[]> {
  const rows = await db.selectFrom('measure').selectAll().where('event', '=', event).orderBy('id').execute();
  return rows.map(toMeasure);
}

/** Applies the change when the row is still at `version`; false when someone saved first. */
export async function updateMeasure(
  db: DB,
  u: { id: number; version: number; now: string; set: Partial<MeasureFields> },
): Promise<boolean> {
  const res = await db
    .updateTable('measure')
    .set({ ...columnsOf(u.set), version: sql<number>`version + 1`, updated_at: u.now })
    .where('id', '=', u.id)
    .where('version', '=', u.version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Bumps updated_at (a member joined or left), so the list shows recent work first. */
export async function touchMeasure(db: DB, id: number, now: string): Promise<void> {
  await db.updateTable('measure').set({ updated_at: now }).where('id', '=', id).execute();
}

/** figureId → the measure it is attached to (figures on no measure are absent). */
export async function measuresOfFigures(db: DB, figureIds: number[]): Promise<Map<number, MeasureSummary>> {
  const out = new Map<number, MeasureSummary>();
  if (figureIds.length === 0) return out;
  const rows = await db
    .selectFrom('figure')
    .innerJoin('measure', 'measure.id', 'figure.measure_id')
    .select([
      'figure.id as figureId',
      'measure.id',
      'measure.label',
      'measure.unit',
      'measure.accepted_low',
      'measure.accepted_high',
      'measure.rationale',
    ])
    .where('figure.id', 'in', figureIds)
    .execute();
  for (const r of rows) {
    out.set(r.figureId, {
      id: r.id,
      label: r.label,
      unit: r.unit,
      acceptedLow: r.accepted_low,
      acceptedHigh: r.accepted_high,
      rationale: r.rationale,
    });
  }
  return out;
}

/** Measure ids that some figure of the article's claims belongs to. */
export async function measureIdsOfArticle(db: DB, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('figure')
    .innerJoin('claim', 'claim.id', 'figure.claim_id')
    .select('figure.measure_id')
    .distinct()
    .where('claim.article_id', '=', articleId)
    .where('figure.measure_id', 'is not', null)
    .execute();
  return rows.map((r) => r.measure_id!);
}
