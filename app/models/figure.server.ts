import type { DB } from '../../db/connection';
import type { NewFigure } from '../../db/schema';

export interface StoredFigure {
  id: number;
  claimId: number;
  start: number;
  end: number;
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

export async function insertFigures(db: DB, figures: NewFigure[]): Promise<void> {
  if (figures.length === 0) return;
  await db.insertInto('figure').values(figures).execute();
}

export async function listFiguresOfClaims(db: DB, claimIds: number[]): Promise<StoredFigure[]> {
  if (claimIds.length === 0) return [];
  const rows = await db
    .selectFrom('figure')
    .selectAll()
    .where('claim_id', 'in', claimIds)
    .orderBy('span_start')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claim_id,
    start: r.span_start,
    end: r.span_end,
    text: r.text,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    counted: r.counted,
    event: r.event,
    unit: r.unit,
    currency: r.currency,
    rule: r.rule,
  }));
}
