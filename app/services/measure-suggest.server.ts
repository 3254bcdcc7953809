/**
 * Finding figures that seem to estimate the same quantity: on import (the
 * extraction's groups, and single figures against measures and figures of
 * other articles) and when a measure is made. Suggestions are stored open,
 * for a person to accept or reject.
 */
import type { DB } from '../../db/connection';
import type { ExtractionResult } from '../domain/extraction/types';
import { eventWordsOf, figureKey, frameOf, matchReason, type MatchMeasure } from '../domain/measures/match-measure';
import { contextOf, originOf } from '../domain/measures/provenance';
import type { MemberFigure } from '../domain/measures/types';
import { findMeasure, listMeasuresOfEvent, type Measure } from '../models/measure.server';
import { insertSuggestions, listSuggestionsOfMeasure, type NewSuggestion } from '../models/measure-suggestion.server';
import { FIGURE_SCAN_LIMIT, listFiguresWithEvents, listMemberFiguresByIds, listMembersOfMeasures, listRivalCandidates } from '../models/member-figure.server';

type ProfileCache = Map<string, Array<{ m: Measure; p: MatchMeasure }>>;

async function profileOf(trx: DB, m: Measure): Promise<MatchMeasure> {
  const members = await listMembersOfMeasures(trx, [m.id]);
  return {
    counted: m.counted,
    event: m.event,
    unit: m.unit,
    label: m.label,
    place: m.place,
    members: members.map((f) => ({ scope: f.scope, scopeDate: f.scopeDate, context: contextOf(f), frame: frameOf(f) })),
  };
}

/** The best existing measure for a figure (the newest that matches), with the reason. */
async function bestMeasureFor(trx: DB, f: MemberFigure, cache: ProfileCache) {
  const { event } = figureKey(f);
  if (!event) return null;
  let list = cache.get(event);
  if (!list) {
    list = [];
    for (const m of await listMeasuresOfEvent(trx, event)) list.push({ m, p: await profileOf(trx, m) });
    cache.set(event, list);
  }
  for (const { m, p } of list.slice().reverse()) {
    const reason = matchReason({ ...f, context: contextOf(f), frame: frameOf(f) }, p);
    if (reason) return { measure: m, reason };
  }
  return null;
}

/** How many candidates of each key (and counted class) one import reads across the desk. */
const RIVALS_PER_KEY = 100;

/** A figure of another article on no measure yet that seems to be this figure's rival, as a pair suggestion. */
function rivalAmong(f: MemberFigure, event: string, candidates: MemberFigure[]): NewSuggestion | null {
  const mine = figureKey(f);
  const others = candidates.filter((o) => {
    const k = figureKey(o);
    return k.event === mine.event && o.unit === f.unit && (!mine.counted || !k.counted || mine.counted === k.counted);
  });
  // A partner that names what it counts ("300 civilians") beats an implicit one ("killed hundreds"); then the oldest.
  others.sort((x, y) => Number(y.counted !== null) - Number(x.counted !== null) || x.id - y.id);
  for (const o of others) {
    const reason = matchReason({ ...f, context: contextOf(f), frame: frameOf(f) }, {
      ...figureKey(o),
      unit: o.unit,
      label: '',
      place: null,
      members: [{ scope: o.scope, scopeDate: o.scopeDate, context: contextOf(o), frame: frameOf(o) }],
    });
    if (reason) {
      const label = `${(f.counted ?? o.counted ?? '').toLowerCase()} ${event}`.trim();
      // The new figure anchors the pair: the old one may already anchor a group of its own article.
      return { figureId: o.id, measureId: null, partnerFigureId: f.id, label, reason: `${reason} (across articles: "${o.text}" in ${originOf(o)})` };
    }
  }
  return null;
}

/**
 * Suggestions for a freshly imported article, run in their own transaction
 * after the import's (the caller's `db`): the extraction groups (onto an
 * existing measure when one matches, else as a new one), and single figures
 * onto measures or figures of other articles, read with one indexed query
 * for all of them. `figureIds[i]` is the stored id of the extraction's
 * figure i. Returns how many suggestion rows were stored.
 */
export async function suggestMeasuresOnImport(
  db: DB,
  input: { articleId: number; figureIds: number[]; groups: ExtractionResult['groups']; now: string },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const figures = (await listMemberFiguresByIds(trx, input.figureIds.filter((id) => id > 0))).filter((f) => !f.removed);
    const byId = new Map(figures.map((f) => [f.id, f]));
    const rows: NewSuggestion[] = [];
    const cache: ProfileCache = new Map();
    const grouped = new Set<number>();
    for (const g of input.groups) {
      const ids = g.figures.map((i) => input.figureIds[i]).filter((id) => byId.has(id));
      if (ids.length < 2) continue;
      ids.forEach((id) => grouped.add(id));
      const anchor = ids[0];
      const anchorFig = byId.get(anchor)!;
      const match = await bestMeasureFor(trx, anchorFig, cache);
      // The verdict is not written into the reason: the card's badge computes it from the figures as they are now.
      const reason = match ? `grouped in this article; ${match.reason}` : 'same event and counted class in this article';
      // A one-day toll names its day, so it is not mistaken for the running total.
      const groupLabel = anchorFig.scope === 'day' ? `${g.label} in one day${anchorFig.scopeDate ? ` (${anchorFig.scopeDate})` : ''}` : g.label;
      for (const id of match ? ids : ids.slice(1)) {
        rows.push({ figureId: id, measureId: match?.measure.id ?? null, partnerFigureId: anchor, label: match?.measure.label ?? groupLabel, reason });
      }
    }
    const single: Array<{ f: MemberFigure; event: string }> = [];
    for (const f of figures) {
      if (grouped.has(f.id)) continue;
      const { event } = figureKey(f);
      if (!event) continue;
      const match = await bestMeasureFor(trx, f, cache);
      if (match) rows.push({ figureId: f.id, measureId: match.measure.id, partnerFigureId: null, label: match.measure.label, reason: match.reason });
      else single.push({ f, event });
    }
    const candidates = await listRivalCandidates(trx, {
      keys: single.map(({ f, event }) => ({ eventClass: event, unit: f.unit, countedClass: figureKey(f).counted || null })),
      excludeArticleId: input.articleId,
      perKey: RIVALS_PER_KEY,
    });
    for (const { f, event } of single) {
      const rival = rivalAmong(f, event, candidates);
      if (rival) rows.push(rival);
    }
    await insertSuggestions(trx, rows, input.now);
    return rows.length;
  });
}

/**
 * Figures elsewhere that seem to estimate a measure and were never suggested
 * for it (nor rejected), stored as open suggestions in the caller's
 * transaction. Returns how many; 0 for a measure with no event class.
 */
export async function suggestForMeasure(trx: DB, measureId: number, now: string): Promise<number> {
  const m = await findMeasure(trx, measureId);
  if (!m?.event) return 0;
  const profile = await profileOf(trx, m);
  const memberArticles = new Set((await listMembersOfMeasures(trx, [m.id])).map((f) => f.articleId));
  const seen = new Set((await listSuggestionsOfMeasure(trx, m.id)).map((s) => s.figureId));
  const candidates = await listFiguresWithEvents(trx, { events: eventWordsOf(m.event), excludeArticleId: -1, limit: FIGURE_SCAN_LIMIT });
  const rows: NewSuggestion[] = [];
  for (const f of candidates) {
    if (f.measureId !== null || seen.has(f.id) || memberArticles.has(f.articleId)) continue;
    const reason = matchReason({ ...f, context: contextOf(f), frame: frameOf(f) }, profile);
    if (reason) rows.push({ figureId: f.id, measureId: m.id, partnerFigureId: null, label: m.label, reason });
  }
  await insertSuggestions(trx, rows, now);
  return rows.length;
}
