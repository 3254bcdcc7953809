import type { DB } from '../../db/connection';

/** What re-reading a figure needs: its text, its sentence and where it sits in it. */
export interface FigureToRead {
  id: number;
  claimId: number | null;
  text: string;
  low: number | null;
  high: number | null;
  rule: string;
  corrected: boolean;
  context: string | null;
  offset: number | null;
}

/** Figures whose numbers came from the conventions (not set by hand). */
export async function listFiguresToReread(db: DB): Promise<FigureToRead[]> {
  const rows = await db
    .selectFrom('figure')
    .leftJoin('claim', 'claim.id', 'figure.claimId')
    .select([
      'figure.id',
      'figure.claimId',
      'figure.text',
      'figure.low',
      'figure.high',
      'figure.rule',
      'figure.corrected',
      'figure.spanStart',
      'claim.quote',
      'claim.anchorStart',
    ])
    .where('figure.corrected', '=', 0)
    .orderBy('figure.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claimId,
    text: r.text,
    low: r.low,
    high: r.high,
    rule: r.rule,
    corrected: r.corrected === 1,
    context: r.quote,
    offset: r.spanStart !== null && r.anchorStart !== null ? r.spanStart - r.anchorStart : null,
  }));
}

/** One figure's current reading (bounds, rule, corrected by hand or not), without its context; undefined when no figure has this id. */
export async function findFigureToRead(db: DB, id: number): Promise<FigureToRead | undefined> {
  const r = await db
    .selectFrom('figure')
    .select(['id', 'claimId', 'text', 'low', 'high', 'rule', 'corrected'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r
    ? { id: r.id, claimId: r.claimId, text: r.text, low: r.low, high: r.high, rule: r.rule, corrected: r.corrected === 1, context: null, offset: null }
    : undefined;
}

/** Sets a figure's bounds and the rule that gave them (and whether a person corrected them, when given); an unknown id changes nothing. */
export async function updateFigureReading(
  db: DB,
  u: { id: number; low: number | null; high: number | null; rule: string; corrected?: boolean },
): Promise<void> {
  await db
    .updateTable('figure')
    .set({ low: u.low, high: u.high, rule: u.rule, ...(u.corrected === undefined ? {} : { corrected: u.corrected ? 1 : 0 }) })
    .where('id', '=', u.id)
    .execute();
}
