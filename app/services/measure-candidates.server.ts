/** Figures on no measure that could join one: shown on a measure's page, with or without a search. */
import type { DB } from '../../db/connection';
import { eventWordsOf, figureKey } from '../domain/measures/match-measure';
import { contextOf, dateOf, originOf } from '../domain/measures/provenance';
import { rankCandidates } from '../domain/measures/rank-candidates';
import type { MemberFigure } from '../domain/measures/types';
import type { Measure } from '../models/measure.server';
import { FIGURE_SCAN_LIMIT, listFreeFigures } from '../models/member-figure.server';

export interface CandidateView {
  id: number;
  text: string;
  interval: [number | null, number | null];
  qualifier: string;
  /** Article title or source title. */
  origin: string;
  articleId: number | null;
  claimId: number | null;
  sourceId: number | null;
  date: string | null;
  reason: string;
  /** Same event class as the measure (the matching logic's first test). */
  strong: boolean;
}

/** Candidates shown without a search, and with one. */
export const CANDIDATES_SHOWN = 12;
export const SEARCH_SHOWN = 30;

/**
 * Figures on no measure that could join this one, best first (same event and
 * counted class, then shared place/time words). Without `q` only figures of
 * the measure's event class are looked at (all figures when it has none);
 * `q` searches figure text, claim text and article/source titles instead.
 * At most CANDIDATES_SHOWN (SEARCH_SHOWN with `q`).
 */
export async function candidateFigures(db: DB, measure: Measure, members: MemberFigure[], q: string | null): Promise<CandidateView[]> {
  const key = measure.event ? { event: measure.event, counted: measure.counted } : members[0] ? figureKey(members[0]) : { event: null, counted: null };
  const free = await listFreeFigures(db, { events: q || !key.event ? null : eventWordsOf(key.event), q, limit: FIGURE_SCAN_LIMIT });
  const ranked = rankCandidates(
    free.map((f) => ({ ...f, context: contextOf(f) })),
    {
      event: key.event,
      counted: key.counted,
      unit: measure.unit,
      text: [measure.label, measure.place ?? '', ...members.map(contextOf)].join('. '),
      members: members.map((f) => ({ scope: f.scope, scopeDate: f.scopeDate })),
    },
    q ? SEARCH_SHOWN : CANDIDATES_SHOWN,
  );
  return ranked.map(({ figure: f, reason }) => ({
    id: f.id,
    text: f.text,
    interval: [f.low, f.high],
    qualifier: f.qualifier,
    origin: originOf(f),
    articleId: f.articleId,
    claimId: f.claimId,
    sourceId: f.sourceId,
    date: dateOf(f),
    reason,
    strong: !!key.event && figureKey(f).event === key.event,
  }));
}
