import type { DB } from '../../db/connection';
import { measureVerdict, type MeasureVerdict } from '../domain/measures/measure-verdict';
import {
  listMeasuresByIds,
  listMembersOfMeasures,
  measureIdsOfArticle,
  summaryOf,
  type MeasureSummary,
  type MemberFigure,
} from '../models/measure.server';
import type { ExtractionResult } from '../domain/extraction/types';
import { EVENT_CLASS } from '../domain/figures/counted-event';
import { agreement, VERDICT_LABEL, type Agreement } from '../domain/measures/measure-verdict';
import { figureKey, matchReason, type MatchMeasure } from '../domain/measures/match-measure';
import type { MeasureFieldsInput } from '../domain/measures/types';
import {
  findMeasure,
  insertMeasure,
  listFiguresWithEvents,
  listMeasures,
  listMeasuresOfEvent,
  listFreeFigures,
  listMemberFiguresByIds,
  measuresOfFigures,
  supportingKindsOfClaims,
  setFiguresMeasure,
  touchMeasure,
  updateMeasure,
  type Measure,
} from '../models/measure.server';
import {
  decideSuggestions,
  findSuggestion,
  insertSuggestions,
  listOpenGroup,
  listOpenSuggestions,
  listSuggestionsOfMeasure,
  type NewSuggestion,
  type Suggestion,
} from '../models/measure-suggestion.server';
import { insertRevision } from '../models/revision.server';
import { evidenceGrade, type EvidenceGrade } from '../domain/measures/evidence-grade';
import { keyFromLabel, rankCandidates } from '../domain/measures/rank-candidates';
import { NotFoundError, RuleError, StaleEditError } from './errors';
import type { CompetingFigure } from '../domain/measures/types';

export type { CompetingFigure } from '../domain/measures/types';

export interface CompetingMeasure {
  measure: MeasureSummary;
  verdict: MeasureVerdict;
  disjointPairs: Array<[number, number]>;
  figures: CompetingFigure[];
}

export function originOf(f: MemberFigure): string {
  return f.articleTitle ?? f.sourceTitle ?? 'unknown';
}

export function attributionOf(f: MemberFigure): string | null {
  return f.claimId !== null ? f.attribution : f.sourcePublisher;
}

export function dateOf(f: MemberFigure): string | null {
  return f.asOf ?? f.articlePublishedAt ?? f.sourcePublishedAt ?? null;
}

export function verdictOfMembers(members: MemberFigure[]) {
  return measureVerdict(
    members.map((f) => ({ id: f.id, low: f.low, high: f.high, qualifier: f.qualifier, scope: f.scope, scopeDate: f.scopeDate })),
  );
}

/**
 * Every measure that has at least one figure of this article, with all its
 * members (from any article or source) and the computed verdict.
 */
export async function competingFiguresOfArticle(db: DB, articleId: number): Promise<CompetingMeasure[]> {
  const ids = await measureIdsOfArticle(db, articleId);
  if (ids.length === 0) return [];
  const [measures, members] = await Promise.all([listMeasuresByIds(db, ids), listMembersOfMeasures(db, ids)]);
  return measures.map((m) => {
    const own = members.filter((f) => f.measureId === m.id);
    const v = verdictOfMembers(own);
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
        asOf: dateOf(f),
      })),
    };
  });
}

// ---------------------------------------------------------------------------
// Measures: create, edit, attach, detach (each a revision in the same transaction)


export interface MeasureActor {
  id: number | null;
  now: Date;
}

const CANDIDATE_LIMIT = 2000;

function contextOf(f: MemberFigure): string {
  return [f.claimText ?? f.text, originOf(f)].join('. ');
}

async function figureRevision(trx: DB, f: MemberFigure, actor: MeasureActor, action: string, before: unknown, after: unknown) {
  await insertRevision(trx, {
    entity: 'figure',
    entityId: f.id,
    claimId: f.claimId,
    actorId: actor.id,
    at: actor.now.toISOString(),
    action,
    before,
    after,
  });
}

/** Attaches figures to a measure inside the caller's transaction, one revision per figure that moves. */
async function attachInTrx(trx: DB, measure: Measure, figureIds: number[], actor: MeasureActor, why: string): Promise<number> {
  const figures = await listMemberFiguresByIds(trx, figureIds);
  if (figures.length !== new Set(figureIds).size) throw new NotFoundError('Figure');
  const moving = figures.filter((f) => f.measureId !== measure.id);
  if (moving.length === 0) return 0;
  await setFiguresMeasure(trx, moving.map((f) => f.id), measure.id);
  for (const f of moving) {
    await figureRevision(trx, f, actor, 'attach-measure', { measure_id: f.measureId }, { measure_id: measure.id, measure: measure.label, why });
  }
  await touchMeasure(trx, measure.id, actor.now.toISOString());
  return moving.length;
}

async function createInTrx(trx: DB, fields: MeasureFieldsInput & { counted: string | null; event: string | null }, actor: MeasureActor) {
  const now = actor.now.toISOString();
  const id = await insertMeasure(trx, { ...fields, createdBy: actor.id, now });
  await insertRevision(trx, { entity: 'measure', entityId: id, claimId: null, actorId: actor.id, at: now, action: 'create', before: null, after: fields });
  return (await findMeasure(trx, id))!;
}

/** Creates a measure, optionally with its first figures, and looks for figures elsewhere that estimate it. */
export async function createMeasure(
  db: DB,
  input: { fields: MeasureFieldsInput; figureIds: number[]; actor: MeasureActor },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const figures = await listMemberFiguresByIds(trx, input.figureIds);
    const missing = input.figureIds.find((id) => !figures.some((f) => f.id === id));
    if (missing !== undefined) throw new NotFoundError(`Figure ${missing}`);
    const taken = figures.find((f) => f.measureId !== null);
    if (taken) throw new RuleError(`"${taken.text}" already belongs to another measure; detach it there first`);
    const first = figures[0];
    // A measure made by hand from its label alone still knows what it counts, for candidates and suggestions.
    const key = first ? figureKey(first) : keyFromLabel(input.fields.label);
    const measure = await createInTrx(trx, { ...input.fields, ...key }, input.actor);
    if (input.figureIds.length) await attachInTrx(trx, measure, input.figureIds, input.actor, 'created with the measure');
    await suggestForMeasure(trx, measure.id, input.actor.now.toISOString());
    return measure.id;
  });
}

/** Edits label, window and accepted estimate; a stale version is refused with what is current. */
export async function editMeasure(
  db: DB,
  input: { measureId: number; version: number; fields: MeasureFieldsInput; actor: MeasureActor },
): Promise<Measure> {
  return db.transaction().execute(async (trx) => {
    const m = await findMeasure(trx, input.measureId);
    if (!m) throw new NotFoundError(`Measure ${input.measureId}`);
    if (m.version !== input.version) throw new StaleEditError(m);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input.fields)) {
      const prev = (m as unknown as Record<string, unknown>)[k];
      if (prev !== v) {
        before[k] = prev ?? null;
        after[k] = v;
      }
    }
    if (Object.keys(after).length === 0) return m;
    const now = input.actor.now.toISOString();
    if (!(await updateMeasure(trx, { id: m.id, version: m.version, now, set: input.fields }))) throw new StaleEditError(m);
    await insertRevision(trx, { entity: 'measure', entityId: m.id, claimId: null, actorId: input.actor.id, at: now, action: 'edit', before, after });
    return (await findMeasure(trx, m.id))!;
  });
}

export async function attachFigure(db: DB, input: { measureId: number; figureId: number; actor: MeasureActor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const m = await findMeasure(trx, input.measureId);
    if (!m) throw new NotFoundError(`Measure ${input.measureId}`);
    const [f] = await listMemberFiguresByIds(trx, [input.figureId]);
    if (!f) throw new NotFoundError(`Figure ${input.figureId}`);
    if (f.measureId !== null && f.measureId !== m.id) {
      throw new RuleError(`"${f.text}" already belongs to another measure; detach it there first`);
    }
    await attachInTrx(trx, m, [f.id], input.actor, 'attached by hand');
  });
}

export async function detachFigure(db: DB, input: { measureId: number; figureId: number; actor: MeasureActor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const m = await findMeasure(trx, input.measureId);
    if (!m) throw new NotFoundError(`Measure ${input.measureId}`);
    const [f] = await listMemberFiguresByIds(trx, [input.figureId]);
    if (!f || f.measureId !== m.id) throw new RuleError('That figure is not on this measure');
    await setFiguresMeasure(trx, [f.id], null);
    await figureRevision(trx, f, input.actor, 'detach-measure', { measure_id: m.id, measure: m.label }, { measure_id: null });
    await touchMeasure(trx, m.id, input.actor.now.toISOString());
  });
}

// ---------------------------------------------------------------------------
// Suggestions

function eventWordsOf(cls: string): string[] {
  return [cls, ...Object.entries(EVENT_CLASS).filter(([, c]) => c === cls).map(([w]) => w)];
}

async function profileOf(trx: DB, m: Measure): Promise<MatchMeasure> {
  const members = await listMembersOfMeasures(trx, [m.id]);
  return {
    counted: m.counted,
    event: m.event,
    unit: m.unit,
    label: m.label,
    place: m.place,
    members: members.map((f) => ({ scope: f.scope, scopeDate: f.scopeDate, context: contextOf(f) })),
  };
}

/** The best existing measure for a figure (most shared words wins ties by recency), with the reason. */
async function bestMeasureFor(trx: DB, f: MemberFigure, cache: Map<string, Array<{ m: Measure; p: MatchMeasure }>>) {
  const { event } = figureKey(f);
  if (!event) return null;
  let list = cache.get(event);
  if (!list) {
    list = [];
    for (const m of await listMeasuresOfEvent(trx, event)) list.push({ m, p: await profileOf(trx, m) });
    cache.set(event, list);
  }
  for (const { m, p } of list.slice().reverse()) {
    const reason = matchReason({ ...f, context: contextOf(f) }, p);
    if (reason) return { measure: m, reason };
  }
  return null;
}

/**
 * Suggestions for a freshly imported article, in the import's transaction:
 * the extraction groups (onto an existing measure when one matches, else as
 * a new one), and single figures onto measures or figures of other articles.
 */
export async function suggestMeasuresOnImport(
  trx: DB,
  input: { articleId: number; figureIds: number[]; groups: ExtractionResult['groups']; now: string },
): Promise<number> {
  const figures = await listMemberFiguresByIds(trx, input.figureIds.filter((id) => id > 0));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const rows: NewSuggestion[] = [];
  const cache = new Map<string, Array<{ m: Measure; p: MatchMeasure }>>();
  const grouped = new Set<number>();
  for (const g of input.groups) {
    const ids = g.figures.map((i) => input.figureIds[i]).filter((id) => byId.has(id));
    if (ids.length < 2) continue;
    ids.forEach((id) => grouped.add(id));
    const anchor = ids[0];
    const match = await bestMeasureFor(trx, byId.get(anchor)!, cache);
    const reason = match
      ? `grouped in this article (${VERDICT_LABEL[g.verdict]}); ${match.reason}`
      : `same event and counted class in this article (${VERDICT_LABEL[g.verdict]})`;
    const anchorFig = byId.get(anchor)!;
    // A one-day toll names its day, so it is not mistaken for the running total.
    const groupLabel = anchorFig.scope === 'day' ? `${g.label} in one day${anchorFig.scopeDate ? ` (${anchorFig.scopeDate})` : ''}` : g.label;
    for (const id of match ? ids : ids.slice(1)) {
      rows.push({ figureId: id, measureId: match?.measure.id ?? null, partnerFigureId: anchor, label: match?.measure.label ?? groupLabel, reason });
    }
  }
  for (const f of figures) {
    if (grouped.has(f.id)) continue;
    const { event } = figureKey(f);
    if (!event) continue;
    const match = await bestMeasureFor(trx, f, cache);
    if (match) {
      rows.push({ figureId: f.id, measureId: match.measure.id, partnerFigureId: null, label: match.measure.label, reason: match.reason });
      continue;
    }
    // No measure yet: a figure elsewhere that is not on any measure may be its rival.
    const others = await listFiguresWithEvents(trx, { events: eventWordsOf(event), excludeArticleId: input.articleId, limit: CANDIDATE_LIMIT });
    // A partner that names what it counts ("300 civilians") beats an implicit one ("killed hundreds"); then the oldest.
    others.sort((x, y) => Number(y.counted !== null) - Number(x.counted !== null) || x.id - y.id);
    for (const o of others) {
      if (o.measureId !== null) continue;
      const reason = matchReason({ ...f, context: contextOf(f) }, {
        ...figureKey(o),
        unit: o.unit,
        label: '',
        place: null,
        members: [{ scope: o.scope, scopeDate: o.scopeDate, context: contextOf(o) }],
      });
      if (reason) {
        const label = `${(f.counted ?? o.counted ?? '').toLowerCase()} ${event}`.trim();
        // The new figure anchors the pair: the old one may already anchor a group of its own article.
        rows.push({ figureId: o.id, measureId: null, partnerFigureId: f.id, label, reason: `${reason} (across articles: "${o.text}" in ${originOf(o)})` });
        break;
      }
    }
  }
  await insertSuggestions(trx, rows, input.now);
  return rows.length;
}

/** Figures elsewhere that seem to estimate a measure and were never suggested for it (nor rejected). */
export async function suggestForMeasure(trx: DB, measureId: number, now: string): Promise<number> {
  const m = await findMeasure(trx, measureId);
  if (!m?.event) return 0;
  const profile = await profileOf(trx, m);
  const memberArticles = new Set((await listMembersOfMeasures(trx, [m.id])).map((f) => f.articleId));
  const seen = new Set((await listSuggestionsOfMeasure(trx, m.id)).map((s) => s.figureId));
  const candidates = await listFiguresWithEvents(trx, { events: eventWordsOf(m.event), excludeArticleId: -1, limit: CANDIDATE_LIMIT });
  const rows: NewSuggestion[] = [];
  for (const f of candidates) {
    if (f.measureId !== null || seen.has(f.id) || memberArticles.has(f.articleId)) continue;
    const reason = matchReason({ ...f, context: contextOf(f) }, profile);
    if (reason) rows.push({ figureId: f.id, measureId: m.id, partnerFigureId: null, label: m.label, reason });
  }
  await insertSuggestions(trx, rows, now);
  return rows.length;
}

/** All open rows of the suggestion this one belongs to (a group shares partner and label). */
async function suggestionSet(trx: DB, s: Suggestion): Promise<Suggestion[]> {
  if (s.partnerFigureId !== null) return listOpenGroup(trx, s.partnerFigureId, s.label);
  return [s];
}

/**
 * Accepts a suggestion: its figures join the suggested measure, or a new
 * measure named by the suggestion (label may be overridden). Returns the measure id.
 */
export async function acceptSuggestion(db: DB, input: { suggestionId: number; label?: string; actor: MeasureActor }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const s = await findSuggestion(trx, input.suggestionId);
    if (!s) throw new NotFoundError(`Suggestion ${input.suggestionId}`);
    if (s.status !== 'open') throw new RuleError(`This suggestion was already ${s.status}`);
    const set = await suggestionSet(trx, s);
    const figureIds = [...new Set([...set.map((x) => x.figureId), ...(s.partnerFigureId !== null ? [s.partnerFigureId] : [])])];
    const figures = await listMemberFiguresByIds(trx, figureIds);
    let measure = s.measureId !== null ? await findMeasure(trx, s.measureId) : undefined;
    if (!measure) {
      // A partner already placed on a measure since: join that one.
      const placed = figures.find((f) => f.measureId !== null);
      measure = placed ? await findMeasure(trx, placed.measureId!) : undefined;
    }
    const now = input.actor.now.toISOString();
    let created = false;
    if (!measure) {
      const label = (input.label?.trim() || s.label).slice(0, 200);
      const key = figureKey(figures.find((f) => f.id === (s.partnerFigureId ?? s.figureId)) ?? figures[0]);
      measure = await createInTrx(
        trx,
        { label: label[0].toUpperCase() + label.slice(1), unit: figures[0]?.unit ?? 'count', place: null, periodStart: null, periodEnd: null, acceptedLow: null, acceptedHigh: null, rationale: null, ...key },
        input.actor,
      );
      created = true;
    }
    const free = figures.filter((f) => f.measureId === null || f.measureId === measure!.id).map((f) => f.id);
    await attachInTrx(trx, measure, free, input.actor, `suggestion accepted: ${s.reason ?? s.label}`);
    const decided = await decideSuggestions(trx, { ids: set.map((x) => x.id), status: 'accepted', actorId: input.actor.id, now });
    for (const id of decided) {
      await insertRevision(trx, { entity: 'measure_suggestion', entityId: id, claimId: null, actorId: input.actor.id, at: now, action: 'accept', before: { status: 'open' }, after: { status: 'accepted', measure_id: measure.id } });
    }
    if (created) await suggestForMeasure(trx, measure.id, now);
    return measure.id;
  });
}

/** Rejects a suggestion (a group as a whole); the same pairing is never suggested again. */
export async function rejectSuggestion(db: DB, input: { suggestionId: number; actor: MeasureActor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const s = await findSuggestion(trx, input.suggestionId);
    if (!s) throw new NotFoundError(`Suggestion ${input.suggestionId}`);
    if (s.status !== 'open') throw new RuleError(`This suggestion was already ${s.status}`);
    const set = await suggestionSet(trx, s);
    const now = input.actor.now.toISOString();
    const decided = await decideSuggestions(trx, { ids: set.map((x) => x.id), status: 'rejected', actorId: input.actor.id, now });
    for (const id of decided) {
      await insertRevision(trx, { entity: 'measure_suggestion', entityId: id, claimId: null, actorId: input.actor.id, at: now, action: 'reject', before: { status: 'open' }, after: { status: 'rejected' } });
    }
  });
}

// ---------------------------------------------------------------------------
// Reading: the list, one measure, and what the claim panel shows

export interface SuggestionView {
  /** The row the accept/reject forms post (the first of its set). */
  id: number;
  label: string;
  reason: string | null;
  measure: { id: number; label: string } | null;
  verdict: MeasureVerdict;
  disjointPairs: Array<[number, number]>;
  figures: Array<{ id: number; text: string; interval: [number | null, number | null]; origin: string; articleId: number | null; claimId: number | null; scope: string | null }>;
}

/** Open suggestions, one entry per set (a group is one entry), with the verdict the set would have. */
export async function listSuggestionViews(db: DB): Promise<SuggestionView[]> {
  const open = await listOpenSuggestions(db);
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
    const v = verdictOfMembers(together);
    out.push({
      id: s.id,
      label: s.label,
      reason: s.reason,
      measure: m ? { id: m.id, label: m.label } : null,
      verdict: v.verdict,
      disjointPairs: v.disjointPairs,
      figures: own.map((f) => ({ id: f.id, text: f.text, interval: [f.low, f.high], origin: originOf(f), articleId: f.articleId, claimId: f.claimId, scope: f.scope })),
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

export async function loadMeasureList(db: DB): Promise<{ measures: MeasureListItem[]; suggestions: SuggestionView[] }> {
  const measures = await listMeasures(db);
  const members = await listMembersOfMeasures(db, measures.map((m) => m.id));
  const suggestions = await listSuggestionViews(db);
  return {
    measures: measures.map((m) => {
      const own = members.filter((f) => f.measureId === m.id);
      const v = verdictOfMembers(own);
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
    suggestions,
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
 */
export async function candidateFigures(db: DB, measure: Measure, members: MemberFigure[], q: string | null): Promise<CandidateView[]> {
  const key = measure.event ? { event: measure.event, counted: measure.counted } : members[0] ? figureKey(members[0]) : { event: null, counted: null };
  const free = await listFreeFigures(db, { events: q || !key.event ? null : eventWordsOf(key.event), q, limit: CANDIDATE_LIMIT });
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

export async function loadMeasurePage(db: DB, measureId: number, opts: { q?: string | null } = {}) {
  const measure = await findMeasure(db, measureId);
  if (!measure) throw new NotFoundError(`Measure ${measureId}`);
  const members = await listMembersOfMeasures(db, [measureId]);
  const verdict = verdictOfMembers(members);
  const suggestions = (await listSuggestionViews(db)).filter((s) => s.measure?.id === measureId);
  const query = opts.q?.trim().slice(0, 200) || null;
  const [grades, candidates] = await Promise.all([gradesOf(db, members), candidateFigures(db, measure, members, query)]);
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

/** The figure a new measure starts from (the claim panel's "New measure from this figure"). */
export async function figureForNewMeasure(db: DB, figureId: number) {
  const [f] = await listMemberFiguresByIds(db, [figureId]);
  if (!f) throw new NotFoundError(`Figure ${figureId}`);
  const { event, counted } = figureKey(f);
  return {
    id: f.id,
    text: f.text,
    interval: [f.low, f.high] as [number | null, number | null],
    unit: f.unit,
    origin: originOf(f),
    claimId: f.claimId,
    measureId: f.measureId,
    /** A starting label: "People displaced", from what the figure counts and its event. */
    label: event ? `${counted ? counted[0].toUpperCase() + counted.slice(1) : 'Number'} ${event}` : '',
    sentence: f.claimText,
  };
}

export interface FigureMeasureInfo {
  measureId: number;
  label: string;
  agreement: Agreement;
  accepted: [number | null, number | null];
  verdict: MeasureVerdict;
}

/** For the claim panel: each figure's measure and whether it agrees with the accepted estimate. */
export async function measureInfoOfFigures(
  db: DB,
  figures: Array<{ id: number; low: number | null; high: number | null; qualifier: string }>,
): Promise<Record<number, FigureMeasureInfo>> {
  const map = await measuresOfFigures(db, figures.map((f) => f.id));
  const ids = [...new Set([...map.values()].map((m) => m.id))];
  const members = await listMembersOfMeasures(db, ids);
  const verdicts = new Map(ids.map((id) => [id, verdictOfMembers(members.filter((f) => f.measureId === id)).verdict]));
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

