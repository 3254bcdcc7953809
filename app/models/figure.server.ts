import type { DB } from '../../db/connection';
import type { Selectable } from 'kysely';
import type { FigureTable, NewFigure } from '../../db/schema';
import { figureClasses } from '../domain/figures/classes';

export interface StoredFigure {
  id: number;
  claimId: number | null;
  sourceId: number | null;
  start: number | null;
  end: number | null;
  asOf: string | null;
  text: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  counted: string | null;
  event: string | null;
  unit: string;
  currency: string | null;
  rule: string;
}

type FigureRow = Pick<
  Selectable<FigureTable>,
  | 'id' | 'claim_id' | 'source_id' | 'span_start' | 'span_end' | 'as_of' | 'text' | 'low' | 'high'
  | 'qualifier' | 'counted' | 'event' | 'unit' | 'currency' | 'rule'
>;

function toFigure(r: FigureRow): StoredFigure {
  return {
    id: r.id,
    claimId: r.claim_id,
    sourceId: r.source_id,
    start: r.span_start,
    end: r.span_end,
    asOf: r.as_of,
    text: r.text,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    counted: r.counted,
    event: r.event,
    unit: r.unit,
    currency: r.currency,
    rule: r.rule,
  };
}

/** Stores a figure with the classes it is matched on across articles (derived here, never passed in). */
export async function insertFigure(db: DB, figure: Omit<NewFigure, 'event_class' | 'counted_class'>): Promise<number> {
  const c = figureClasses({ event: figure.event ?? null, counted: figure.counted ?? null });
  const row = await db
    .insertInto('figure')
    .values({ ...figure, event_class: c.eventClass, counted_class: c.countedClass })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listFiguresOfClaims(db: DB, claimIds: number[]): Promise<StoredFigure[]> {
  if (claimIds.length === 0) return [];
  const rows = await db
    .selectFrom('figure')
    .selectAll()
    .where('claim_id', 'in', claimIds)
    .orderBy('span_start')
    .orderBy('id')
    .execute();
  return rows.map(toFigure);
}

export async function listFiguresOfSources(db: DB, sourceIds: number[]): Promise<StoredFigure[]> {
  if (sourceIds.length === 0) return [];
  const rows = await db.selectFrom('figure').selectAll().where('source_id', 'in', sourceIds).orderBy('id').execute();
  return rows.map(toFigure);
}

/** Moves the figures inside [start, end) of the article body to another claim (split and merge). */
export async function moveFigures(
  db: DB,
  move: { fromClaimIds: number[]; toClaimId: number; start: number; end: number },
): Promise<number[]> {
  const rows = await db
    .updateTable('figure')
    .set({ claim_id: move.toClaimId })
    .where('claim_id', 'in', move.fromClaimIds)
    .where('span_start', '>=', move.start)
    .where('span_end', '<=', move.end)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
