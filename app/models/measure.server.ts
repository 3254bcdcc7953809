import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/connection';
import type { MeasureTable } from '../../db/schema';
import type { FigureScope } from '../domain/measures/measure-verdict';

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

export async function listMeasures(db: DB): Promise<Measure[]> {
  const rows = await db.selectFrom('measure').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toMeasure);
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

/** A figure with where it comes from: a claim of an article, or a source in the library. */
export interface MemberFigure {
  id: number;
  measureId: number | null;
  text: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  counted: string | null;
  event: string | null;
  unit: string;
  rule: string;
  corrected: boolean;
  scope: FigureScope | null;
  scopeDate: string | null;
  asOf: string | null;
  claimId: number | null;
  claimText: string | null;
  attribution: string | null;
  articleId: number | null;
  articleTitle: string | null;
  articlePublishedAt: string | null;
  sourceId: number | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourcePublishedAt: string | null;
  /** The source's kind (official_statistics, un_ngo_report, …) for a figure recorded from a source. */
  sourceKind: string | null;
}

function memberQuery(db: DB) {
  return db
    .selectFrom('figure')
    .leftJoin('claim', 'claim.id', 'figure.claim_id')
    .leftJoin('article', 'article.id', 'claim.article_id')
    .leftJoin('source', 'source.id', 'figure.source_id')
    .select([
      'figure.id',
      'figure.measure_id',
      'figure.text',
      'figure.low',
      'figure.high',
      'figure.qualifier',
      'figure.counted',
      'figure.event',
      'figure.unit',
      'figure.rule',
      'figure.corrected',
      'figure.scope',
      'figure.scope_date',
      'figure.as_of',
      'figure.claim_id',
      'claim.text as claim_text',
      'claim.attribution',
      'article.id as article_id',
      'article.title as article_title',
      'article.published_at as article_published_at',
      'figure.source_id',
      'source.title as source_title',
      'source.publisher as source_publisher',
      'source.published_at as source_published_at',
      'source.kind as source_kind',
    ]);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberQuery>['execute']>>[number];

function toMember(r: MemberRow): MemberFigure {
  return {
    id: r.id,
    measureId: r.measure_id,
    text: r.text,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    counted: r.counted,
    event: r.event,
    unit: r.unit,
    rule: r.rule,
    corrected: r.corrected === 1,
    scope: r.scope,
    scopeDate: r.scope_date,
    asOf: r.as_of,
    claimId: r.claim_id,
    claimText: r.claim_text,
    attribution: r.attribution,
    articleId: r.article_id,
    articleTitle: r.article_title,
    articlePublishedAt: r.article_published_at,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    sourcePublisher: r.source_publisher,
    sourcePublishedAt: r.source_published_at,
    sourceKind: r.source_kind,
  };
}

export async function listMembersOfMeasures(db: DB, measureIds: number[]): Promise<MemberFigure[]> {
  if (measureIds.length === 0) return [];
  const rows = await memberQuery(db).where('figure.measure_id', 'in', measureIds).orderBy('figure.id').execute();
  return rows.map(toMember);
}

export async function listMemberFiguresByIds(db: DB, figureIds: number[]): Promise<MemberFigure[]> {
  if (figureIds.length === 0) return [];
  const rows = await memberQuery(db).where('figure.id', 'in', figureIds).orderBy('figure.id').execute();
  return rows.map(toMember);
}

/** Figures with one of these event words, outside an article (candidates for cross-article matches). */
export async function listFiguresWithEvents(
  db: DB,
  q: { events: string[]; excludeArticleId: number; limit: number },
): Promise<MemberFigure[]> {
  if (q.events.length === 0) return [];
  const rows = await memberQuery(db)
    .where((eb) => eb.fn('lower', ['figure.event']), 'in', q.events)
    .where((eb) => eb.or([eb('claim.article_id', 'is', null), eb('claim.article_id', '!=', q.excludeArticleId)]))
    .where((eb) => eb.or([eb('claim.dismissed_at', 'is', null), eb('figure.claim_id', 'is', null)]))
    .orderBy('figure.id', 'desc')
    .limit(q.limit)
    .execute();
  return rows.map(toMember);
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

export async function setFiguresMeasure(db: DB, figureIds: number[], measureId: number | null): Promise<void> {
  if (figureIds.length === 0) return;
  await db.updateTable('figure').set({ measure_id: measureId }).where('id', 'in', figureIds).execute();
}

export async function countMembers(db: DB, measureIds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (measureIds.length === 0) return out;
  const rows = await db
    .selectFrom('figure')
    .select(['measure_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('measure_id', 'in', measureIds)
    .groupBy('measure_id')
    .execute();
  for (const r of rows) out.set(r.measure_id!, Number(r.n));
  return out;
}

/** LIKE pattern for a search word, with its wildcards escaped (used with ESCAPE '\\'). */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Figures on no measure (from an article's live claims or a source) that
 * might be attached to one: with one of these event words, or any when
 * `events` is null; `q` narrows to figure text, claim text, article or
 * source title containing it. Newest first.
 */
export async function listFreeFigures(db: DB, q: { events: string[] | null; q: string | null; limit: number }): Promise<MemberFigure[]> {
  let query = memberQuery(db)
    .where('figure.measure_id', 'is', null)
    .where((eb) => eb.or([eb('figure.claim_id', 'is', null), eb('claim.dismissed_at', 'is', null)]));
  if (q.events) {
    if (q.events.length === 0) return [];
    query = query.where((eb) => eb.fn('lower', ['figure.event']), 'in', q.events);
  }
  if (q.q) {
    const pattern = likePattern(q.q);
    const like = (col: string) => sql<boolean>`${sql.ref(col)} like ${pattern} escape '\\'`;
    query = query.where((eb) => eb.or([like('figure.text'), like('claim.text'), like('article.title'), like('source.title')]));
  }
  const rows = await query.orderBy('figure.id', 'desc').limit(q.limit).execute();
  return rows.map(toMember);
}

/** claim id → kinds of the library sources its live evidence cites in support. */
export async function supportingKindsOfClaims(db: DB, claimIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (claimIds.length === 0) return out;
  const rows = await db
    .selectFrom('evidence')
    .innerJoin('source', 'source.id', 'evidence.source_id')
    .select(['evidence.claim_id', 'source.kind'])
    .where('evidence.claim_id', 'in', claimIds)
    .where('evidence.stance', '=', 'supports')
    .where('evidence.removed_at', 'is', null)
    .execute();
  for (const r of rows) out.set(r.claim_id, [...(out.get(r.claim_id) ?? []), r.kind]);
  return out;
}
