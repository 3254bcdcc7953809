import { sql, type Selectable } from 'kysely';
import type { DB } from '../../db/connection';
import type { MeasureTable } from '../../db/schema';

/** What a figure's page shows of its measure. */
export type MeasureSummary = Pick<Measure, 'id' | 'label' | 'unit' | 'acceptedLow' | 'acceptedHigh' | 'rationale'>;

export type Measure = Omit<Selectable<MeasureTable>, 'createdBy'>;

const MEASURE_COLUMNS = [
  'id', 'label', 'unit', 'counted', 'event', 'place', 'periodStart', 'periodEnd',
  'acceptedLow', 'acceptedHigh', 'rationale', 'version', 'createdAt', 'updatedAt',
] as const;

/** What other pages show of a measure: its label, unit and accepted interval with the rationale. */
export function summaryOf(m: Measure): MeasureSummary {
  return { id: m.id, label: m.label, unit: m.unit, acceptedLow: m.acceptedLow, acceptedHigh: m.acceptedHigh, rationale: m.rationale };
}

/** The fields a person edits. */
export type MeasureFields = Pick<
  Measure,
  'label' | 'unit' | 'counted' | 'event' | 'place' | 'periodStart' | 'periodEnd' | 'acceptedLow' | 'acceptedHigh' | 'rationale'
>;

/** Stores a new measure at version 1, created and updated at `now` (ISO time); returns its id. */
export async function insertMeasure(db: DB, m: MeasureFields & { createdBy: number | null; now: string }): Promise<number> {
  const { createdBy, now, ...fields } = m;
  const row = await db
    .insertInto('measure')
    .values({ ...fields, createdBy, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One measure, or undefined when no measure has this id. */
export async function findMeasure(db: DB, id: number): Promise<Measure | undefined> {
  const row = await db.selectFrom('measure').select(MEASURE_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row;
}

/** The measures with these ids, by label (unknown ids are left out); [] for none. */
export async function listMeasuresByIds(db: DB, ids: number[]): Promise<Measure[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('measure').select(MEASURE_COLUMNS).where('id', 'in', ids).orderBy('label').execute();
  return rows;
}

/** Measures, most recently changed first: all of them, or one page. */
export async function listMeasures(db: DB, page?: { limit: number; offset: number }): Promise<Measure[]> {
  let q = db.selectFrom('measure').select(MEASURE_COLUMNS).orderBy('updatedAt', 'desc').orderBy('id', 'desc');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return q.execute();
}

/** How many measures the desk has. */
export async function countMeasures(db: DB): Promise<number> {
  const r = await db.selectFrom('measure').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Measures of an event class, for matching new figures against (cross-article suggestions). */
export async function listMeasuresOfEvent(db: DB, event: string): Promise<Measure[]> {
  const rows = await db.selectFrom('measure').select(MEASURE_COLUMNS).where('event', '=', event).orderBy('id').execute();
  return rows;
}

/** Applies the change when the row is still at `version`; false when someone saved first. */
export async function updateMeasure(
  db: DB,
  u: { id: number; version: number; now: string; set: Partial<MeasureFields> },
): Promise<boolean> {
  const res = await db
    .updateTable('measure')
    .set({ ...u.set, version: sql<number>`version + 1`, updatedAt: u.now })
    .where('id', '=', u.id)
    .where('version', '=', u.version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Bumps updatedAt (a member joined or left), so the list shows recent work first. */
export async function touchMeasure(db: DB, id: number, now: string): Promise<void> {
  await db.updateTable('measure').set({ updatedAt: now }).where('id', '=', id).execute();
}

/** figureId → the measure it is attached to (figures on no measure are absent). */
export async function measuresOfFigures(db: DB, figureIds: number[]): Promise<Map<number, MeasureSummary>> {
  const out = new Map<number, MeasureSummary>();
  if (figureIds.length === 0) return out;
  const rows = await db
    .selectFrom('figure')
    .innerJoin('measure', 'measure.id', 'figure.measureId')
    .select([
      'figure.id as figureId',
      'measure.id',
      'measure.label',
      'measure.unit',
      'measure.acceptedLow',
      'measure.acceptedHigh',
      'measure.rationale',
    ])
    .where('figure.id', 'in', figureIds)
    .execute();
  for (const { figureId, ...summary } of rows) out.set(figureId, summary);
  return out;
}

/** Measure ids that some figure of the article's claims belongs to. */
export async function measureIdsOfArticle(db: DB, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('figure')
    .innerJoin('claim', 'claim.id', 'figure.claimId')
    .select('figure.measureId')
    .distinct()
    .where('claim.articleId', '=', articleId)
    .where('figure.measureId', 'is not', null)
    .execute();
  return rows.map((r) => r.measureId!);
}
