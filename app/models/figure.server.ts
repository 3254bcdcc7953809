import type { DB } from '../../db/connection';
import type { Selectable } from 'kysely';
import type { FigureTable, NewFigure } from '../../db/schema';
import { figureClasses } from '../domain/figures/classes';

/** A stored figure as the app reads it: its span as start and end. */
export type StoredFigure = Pick<
  Selectable<FigureTable>,
  'id' | 'claimId' | 'sourceId' | 'asOf' | 'text' | 'low' | 'high' | 'qualifier' | 'counted' | 'event' | 'unit' | 'currency' | 'rule'
> & { start: number | null; end: number | null };

const FIGURE_COLUMNS = [
  'id', 'claimId', 'sourceId', 'spanStart as start', 'spanEnd as end', 'asOf', 'text', 'low', 'high',
  'qualifier', 'counted', 'event', 'unit', 'currency', 'rule',
] as const;

/** Stores a figure with the classes it is matched on across articles (derived here, never passed in). */
export async function insertFigure(db: DB, figure: Omit<NewFigure, 'eventClass' | 'countedClass'>): Promise<number> {
  const c = figureClasses({ event: figure.event ?? null, counted: figure.counted ?? null });
  const row = await db
    .insertInto('figure')
    .values({ ...figure, eventClass: c.eventClass, countedClass: c.countedClass })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The figures of these claims in reading order (span start, then id); [] for no claims. */
export async function listFiguresOfClaims(db: DB, claimIds: number[]): Promise<StoredFigure[]> {
  if (claimIds.length === 0) return [];
  const rows = await db
    .selectFrom('figure')
    .select(FIGURE_COLUMNS)
    .where('claimId', 'in', claimIds)
    .orderBy('spanStart')
    .orderBy('id')
    .execute();
  return rows;
}

/** The figures read from these sources, in id order; [] for no sources. */
export async function listFiguresOfSources(db: DB, sourceIds: number[]): Promise<StoredFigure[]> {
  if (sourceIds.length === 0) return [];
  const rows = await db.selectFrom('figure').select(FIGURE_COLUMNS).where('sourceId', 'in', sourceIds).orderBy('id').execute();
  return rows;
}

/** Moves the figures inside [start, end) of the article body to another claim (split and merge). */
export async function moveFigures(
  db: DB,
  move: { fromClaimIds: number[]; toClaimId: number; start: number; end: number },
): Promise<number[]> {
  const rows = await db
    .updateTable('figure')
    .set({ claimId: move.toClaimId })
    .where('claimId', 'in', move.fromClaimIds)
    .where('spanStart', '>=', move.start)
    .where('spanEnd', '<=', move.end)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
