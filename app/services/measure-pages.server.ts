/**
 * The measure screens' read models: the list with open suggestions
 * (/measures), one measure with its figures and candidates (/measures/:id),
 * and the figure a new measure starts from.
 */
import type { DB } from '../../db/connection';
import { evidenceGrade, type EvidenceGrade } from '../domain/measures/evidence-grade';
import { figureKey } from '../domain/measures/match-measure';
import { agreement, measureVerdict, type MeasureVerdict } from '../domain/measures/measure-verdict';
import { attributionOf, dateOf, originOf } from '../domain/measures/provenance';
import type { MemberFigure } from '../domain/measures/types';
import { supportingKindsOfClaims } from '../models/evidence.server';
import { countMeasures, findMeasure, listMeasures, listMeasuresByIds } from '../models/measure.server';
import { listOpenSuggestionPage, listOpenSuggestions, type Suggestion } from '../models/measure-suggestion.server';
import { listMemberFiguresByIds, listMembersOfMeasures } from '../models/member-figure.server';
import { NotFoundError } from './errors';
import { candidateFigures } from './measure-candidates.server';

export interface SuggestionView {
  /** The row the accept/reject forms post (the first of its set). */
  id: number;
  label: string;
  reason: string | null;
  measure: { id: number; label: string } | null;
  verdict: MeasureVerdict;
  disjointPairs: Array<[number, number]>;
  /** Each member figure with who gave it (`givenBy`: its claim's attribution, or its source's publisher; null where unsaid). */
  figures: Array<{ id: number; text: string; interval: [number | null, number | null]; qualifier: string; origin: string; givenBy: string | null; articleId: number | null; claimId: number | null; scope: string | null }>;
}

/**
 * Open suggestions, one entry per set (a group is one entry), with the
 * verdict the measure would have if the set joined it: all of them, or only
 * those onto one measure.
 */
export async function listSuggestionViews(db: DB, filter: { measureId?: number } = {}): Promise<SuggestionView[]> {
  return suggestionViews(db, await listOpenSuggestions(db, filter));
}

/** The views of these open suggestion rows, one per set. */
async function suggestionViews(db: DB, open: Suggestion[]): Promise<SuggestionView[]> {
  const sets = new Map<string, Suggestion[]>();
  for (const s of open) {
    const key = s.partnerFigureId !== null ? `g:${s.partnerFigureId}:${s.label}` : `s:${s.id}`;
    const l = sets.get(key);
    if (l) l.push(s);
    else sets.set(key, [s]);
  }
  const figureIds = new Set<number>();
  const measureIds = new Set<number>();
  for (const s of open) {
    figureIds.add(s.figureId);
    if (s.partnerFigureId !== null) figureIds.add(s.partnerFigureId);
    if (s.measureId !== null) measureIds.add(s.measureId);
  }
  const [figures, measures, members] = await Promise.all([
    listMemberFiguresByIds(db, [...figureIds]),
    listMeasuresByIds(db, [...measureIds]),
    listMembersOfMeasures(db, [...measureIds]),
  ]);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const out: SuggestionView[] = [];
  for (const set of sets.values()) {
    const s = set[0];
    const ids = [...new Set([...(s.partnerFigureId !== null ? [s.partnerFigureId] : []), ...set.map((x) => x.figureId)])];
    const own = ids.map((id) => byId.get(id)).filter((f): f is MemberFigure => !!f);
    const m = s.measureId !== null ? measures.find((x) => x.id === s.measureId) ?? null : null;
    const together = m ? [...members.filter((f) => f.measureId === m.id && !ids.includes(f.id)), ...own] : own;
    const v = measureVerdict(together);
    out.push({
      id: s.id,
      label: s.label,
      reason: s.reason,
      measure: m ? { id: m.id, label: m.label } : null,
      verdict: v.verdict,
      disjointPairs: v.disjointPairs,
      figures: own.map((f) => ({ id: f.id, text: f.text, interval: [f.low, f.high], qualifier: f.qualifier, origin: originOf(f), givenBy: attributionOf(f), articleId: f.articleId, claimId: f.claimId, scope: f.scope })),
    });
  }
  return out;
}

export interface MeasureListItem {
  id: number;
  label: string;
  unit: string;
  members: number;
  verdict: MeasureVerdict;
  disjointPairs: number;
  acceptedLow: number | null;
  acceptedHigh: number | null;
  updatedAt: string;
}

/** The /measures page: one page of measures (recently changed first) with their verdicts, one page of open suggestion groups, and both totals. */
export async function loadMeasureList(
  db: DB,
  page: { measures: number; suggestions: number; pageSize: number } = { measures: 1, suggestions: 1, pageSize: 25 },
): Promise<{ measures: MeasureListItem[]; measureTotal: number; suggestions: SuggestionView[]; suggestionTotal: number }> {
  // One page of each list: members and verdicts only for the measures shown,
  // suggestion views only for the groups shown.
  const [measures, measureTotal, open] = await Promise.all([
    listMeasures(db, { limit: page.pageSize, offset: (page.measures - 1) * page.pageSize }),
    countMeasures(db),
    listOpenSuggestionPage(db, { limit: page.pageSize, offset: (page.suggestions - 1) * page.pageSize }),
  ]);
  const members = await listMembersOfMeasures(db, measures.map((m) => m.id));
  const byMeasure = new Map<number, MemberFigure[]>();
  for (const f of members) {
    if (f.measureId === null) continue;
    const l = byMeasure.get(f.measureId);
    if (l) l.push(f);
    else byMeasure.set(f.measureId, [f]);
  }
  const suggestions = await suggestionViews(db, open.suggestions);
  return {
    measures: measures.map((m) => {
      const own = byMeasure.get(m.id) ?? [];
      const v = measureVerdict(own);
      return {
        id: m.id,
        label: m.label,
        unit: m.unit,
        members: own.length,
        verdict: v.verdict,
        disjointPairs: v.disjointPairs.length,
        acceptedLow: m.acceptedLow,
        acceptedHigh: m.acceptedHigh,
        updatedAt: m.updatedAt,
      };
    }),
    measureTotal,
    suggestions,
    suggestionTotal: open.groups,
  };
}

/** Evidence grade of each figure: its source's kind, or for an article figure the sources backing its claim. */
async function gradesOf(db: DB, figures: MemberFigure[]): Promise<Map<number, EvidenceGrade>> {
  const claimIds = [...new Set(figures.map((f) => f.claimId).filter((id): id is number => id !== null))];
  const backing = await supportingKindsOfClaims(db, claimIds);
  return new Map(
    figures.map((f) => [
      f.id,
      evidenceGrade({ sourceKind: f.sourceId !== null ? f.sourceKind : null, supportingKinds: f.claimId !== null ? backing.get(f.claimId) ?? [] : [] }),
    ]),
  );
}

/**
 * The /measures/:id page: the measure, its verdict, its figures (origin,
 * date, agreement with the accepted estimate, evidence grade), the open
 * suggestions onto it and candidate figures (searched when `q` is given; cut
 * to 200 characters).
 *
 * @throws NotFoundError when the measure does not exist
 */
export async function loadMeasurePage(db: DB, measureId: number, opts: { q?: string | null } = {}) {
  const measure = await findMeasure(db, measureId);
  if (!measure) throw new NotFoundError(`Measure ${measureId}`);
  const members = await listMembersOfMeasures(db, [measureId]);
  const verdict = measureVerdict(members);
  const query = opts.q?.trim().slice(0, 200) || null;
  const [suggestions, grades, candidates] = await Promise.all([
    listSuggestionViews(db, { measureId }),
    gradesOf(db, members),
    candidateFigures(db, measure, members, query),
  ]);
  return {
    measure,
    verdict,
    figures: members.map((f) => ({
      ...f,
      origin: originOf(f),
      attributionShown: attributionOf(f),
      date: dateOf(f),
      agreement: agreement(f, { low: measure.acceptedLow, high: measure.acceptedHigh }),
      grade: grades.get(f.id)!,
    })),
    suggestions,
    query,
    candidates,
  };
}

/**
 * The figure a new measure starts from (the claim panel's "New measure from this figure").
 *
 * @throws NotFoundError when the figure does not exist
 */
export async function figureForNewMeasure(db: DB, figureId: number) {
  const [f] = await listMemberFiguresByIds(db, [figureId]);
  if (!f) throw new NotFoundError(`Figure ${figureId}`);
  const { event, counted } = figureKey(f);
  return {
    id: f.id,
    text: f.text,
    interval: [f.low, f.high] as [number | null, number | null],
    qualifier: f.qualifier,
    unit: f.unit,
    origin: originOf(f),
    claimId: f.claimId,
    measureId: f.measureId,
    /** Its claim was removed: the page says so and does not offer the figure. */
    removed: f.removed === true,
    /** A starting label: "People displaced", from what the figure counts and its event. */
    label: event ? `${counted ? counted[0].toUpperCase() + counted.slice(1) : 'Number'} ${event}` : '',
    sentence: f.claimText,
  };
}
