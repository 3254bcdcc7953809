/**
 * What other screens show of measures: the competing figures of an article
 * (exports) and each figure's measure with its agreement (the claim panel).
 */
import type { DB } from '../../db/connection';
import { agreement, measureVerdict, type Agreement, type MeasureVerdict } from '../domain/measures/measure-verdict';
import { attributionOf, originOf, reviewOf } from '../domain/measures/provenance';
import type { CompetingFigure } from '../domain/measures/types';
import { listMeasuresByIds, measureIdsOfArticle, measuresOfFigures, summaryOf, type MeasureSummary } from '../models/measure.server';
import { listMembersOfMeasures } from '../models/member-figure.server';

export type { CompetingFigure } from '../domain/measures/types';

export interface CompetingMeasure {
  measure: MeasureSummary;
  verdict: MeasureVerdict;
  disjointPairs: Array<[number, number]>;
  figures: CompetingFigure[];
}

/**
 * Every measure that has at least one figure of this article, with all its
 * members (from any article or source) and the computed verdict; [] when none.
 */
export async function competingFiguresOfArticle(db: DB, articleId: number): Promise<CompetingMeasure[]> {
  return competingFiguresOfMeasures(db, await measureIdsOfArticle(db, articleId));
}

/**
 * These measures (ids in any order) with all their members and the computed
 * verdict, by label: what competingFiguresOfArticle answers once it knows
 * the article's measures; [] for no ids.
 */
export async function competingFiguresOfMeasures(db: DB, ids: number[]): Promise<CompetingMeasure[]> {
  if (ids.length === 0) return [];
  const [measures, members] = await Promise.all([listMeasuresByIds(db, ids), listMembersOfMeasures(db, ids)]);
  return measures.map((m) => {
    const own = members.filter((f) => f.measureId === m.id);
    const v = measureVerdict(own);
    return {
      measure: summaryOf(m),
      verdict: v.verdict,
      disjointPairs: v.disjointPairs,
      figures: own.map((f) => ({
        id: f.id,
        text: f.text,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        claimId: f.claimId,
        sourceId: f.sourceId,
        origin: originOf(f),
        attribution: attributionOf(f),
        asOf: f.asOf,
        reported: f.articlePublishedAt ?? f.sourcePublishedAt ?? null,
        review: reviewOf(f),
      })),
    };
  });
}

export interface FigureMeasureInfo {
  measureId: number;
  label: string;
  agreement: Agreement;
  accepted: [number | null, number | null];
  verdict: MeasureVerdict;
}

/** For the claim panel: figure id → its measure and whether it agrees with the accepted estimate (figures on no measure are absent). */
export async function measureInfoOfFigures(
  db: DB,
  figures: Array<{ id: number; low: number | null; high: number | null; qualifier: string }>,
): Promise<Record<number, FigureMeasureInfo>> {
  const map = await measuresOfFigures(db, figures.map((f) => f.id));
  const ids = [...new Set([...map.values()].map((m) => m.id))];
  const members = await listMembersOfMeasures(db, ids);
  const verdicts = new Map(ids.map((id) => [id, measureVerdict(members.filter((f) => f.measureId === id)).verdict]));
  const out: Record<number, FigureMeasureInfo> = {};
  for (const f of figures) {
    const m = map.get(f.id);
    if (!m) continue;
    out[f.id] = {
      measureId: m.id,
      label: m.label,
      agreement: agreement(f, { low: m.acceptedLow, high: m.acceptedHigh }),
      accepted: [m.acceptedLow, m.acceptedHigh],
      verdict: verdicts.get(m.id)!,
    };
  }
  return out;
}
