import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import type { ImportInput } from '../../app/domain/articles/import-input';
import { attachFigure, createMeasure, editMeasure } from '../../app/services/measure-edit.server';
import { acceptSuggestion, rejectSuggestion } from '../../app/services/measure-suggestion-decisions.server';
import { listSuggestionViews, loadMeasurePage, type SuggestionView } from '../../app/services/measure-pages.server';
import { competingFiguresOfArticle } from '../../app/services/figure-measures.server';
import { measuresOfFigures } from '../../app/models/measure.server';
import { correctFigure, setConventions } from '../../app/services/figure-conventions.server';
import { NotFoundError, RuleError, StaleEditError } from '../../app/services/errors';
import { addEvidence } from '../../app/services/evidence.server';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const input = (text: string): ImportInput => ({ text, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null });
const actor = { id: null, now: new Date('2026-11-25T10:00:00Z') };

const texts = (s: SuggestionView) => s.figures.map((f) => f.text);
const find = (all: SuggestionView[], text: string) => all.find((s) => texts(s).some((t) => t.includes(text)));

describe('measures: suggestions, verdicts, conventions', () => {
  let db: DB;
  let seedId: number;
  beforeAll(async () => {
    db = await useTestDb();
    seedId = (await importArticle(db, input(seedText), actor)).articleId;
  });

  it('suggests the four gold groups of the seed article with the right verdicts', async () => {
    const all = await listSuggestionViews(db);
    const displaced = find(all, '948,000')!;
    expect(texts(displaced)).toEqual(['948,000 people', 'nearly a million people', 'Nearly a million Syrians']);
    expect(displaced.verdict).toBe('consistent');
    const running = find(all, 'More than 300 civilians')!;
    expect(texts(running)).toEqual(['More than 300 civilians', 'hundreds']);
    expect(running.verdict).toBe('consistent');
    const troops = find(all, 'thousands of troops')!;
    expect(texts(troops)).toEqual(['thousands of troops', 'thousands of troops']);
    expect(troops.verdict).toBe('consistent');
    const oneDay = find(all, 'Nine civilians')!;
    expect(texts(oneDay)).toEqual(['Nine civilians', 'at least 21 civilians']);
    expect(oneDay.verdict).toBe('conflicting');
    expect(oneDay.disjointPairs).toHaveLength(1);
  });

  it('accepting a group makes a measure with its figures; the contract functions see it', async () => {
    const displaced = find(await listSuggestionViews(db), '948,000')!;
    const measureId = await acceptSuggestion(db, { suggestionId: displaced.id, label: 'People displaced in Idlib since 1 Dec 2019', actor });
    const page = await loadMeasurePage(db, measureId);
    expect(page.figures.map((f) => f.text)).toEqual(['948,000 people', 'nearly a million people', 'Nearly a million Syrians']);
    expect(page.verdict.verdict).toBe('consistent');
    const competing = await competingFiguresOfArticle(db, seedId);
    expect(competing).toHaveLength(1);
    expect(competing[0].measure.label).toBe('People displaced in Idlib since 1 Dec 2019');
    expect(competing[0].figures[0].origin).toBe('Opposition fighters retake Saraqeb town from Assad forces');
    expect(competing[0].figures[0].attribution).toBe('U.N.');
    const map = await measuresOfFigures(db, page.figures.map((f) => f.id));
    expect([...map.values()].every((m) => m.id === measureId)).toBe(true);
    // Accepted: no longer open.
    expect(find(await listSuggestionViews(db), '948,000')).toBeUndefined();
  });

  it('accepts the one-day pair as a conflicting measure and edits its estimate with a version check', async () => {
    const oneDay = find(await listSuggestionViews(db), 'Nine civilians')!;
    const id = await acceptSuggestion(db, { suggestionId: oneDay.id, label: 'Civilians killed in one day of strikes', actor });
    const page = await loadMeasurePage(db, id);
    expect(page.verdict.verdict).toBe('conflicting');
    expect(page.verdict.disjointPairs).toEqual([[page.figures[0].id, page.figures[1].id]]);
    const fields = {
      label: page.measure.label, unit: 'count', place: 'Idlib and Hama', periodStart: null, periodEnd: null,
      acceptedLow: 21, acceptedHigh: 30, rationale: 'U.N. count covers more communities',
    };
    const edited = await editMeasure(db, { measureId: id, version: page.measure.version, fields, actor });
    expect(edited.version).toBe(page.measure.version + 1);
    await expect(editMeasure(db, { measureId: id, version: page.measure.version, fields: { ...fields, acceptedHigh: 40 }, actor })).rejects.toBeInstanceOf(StaleEditError);
    const after = await loadMeasurePage(db, id);
    expect(after.figures.map((f) => f.agreement)).toEqual(['disagrees', 'agrees']);
  });

  it('a second article lands on the existing measures; a rejected pair is not suggested again', async () => {
    const a = await importArticle(db, input(fixture('idlib-exodus-a.txt')), actor);
    const all = await listSuggestionViews(db);
    const some950 = all.find((s) => texts(s).includes('Some 950,000 people'))!;
    expect(some950.measure?.label).toBe('People displaced in Idlib since 1 Dec 2019');
    expect(some950.verdict).toBe('consistent');
    expect(some950.reason).toContain('Idlib');
    // 380 killed since December: no running-total measure yet, so it pairs with the seed's "More than 300 civilians".
    const killed = all.find((s) => texts(s).includes('At least 380 civilians'))!;
    expect(texts(killed).sort()).toEqual(['At least 380 civilians', 'More than 300 civilians']);
    expect(killed.verdict).toBe('consistent');
    // The one-day toll (Sunday) is not offered to a running total.
    expect(all.some((s) => texts(s).includes('Twelve civilians') && s.measure)).toBe(false);

    await acceptSuggestion(db, { suggestionId: some950.id, actor });
    await rejectSuggestion(db, { suggestionId: killed.id, actor });

    const b = await importArticle(db, input(fixture('idlib-exodus-b.txt')), actor);
    const later = await listSuggestionViews(db);
    const about700 = later.find((s) => texts(s).includes('About 700,000 people'))!;
    expect(about700.measure?.label).toBe('People displaced in Idlib since 1 Dec 2019');
    // Joining would leave 700,000 ± 10% disjoint from 948,000 and the rest.
    expect(about700.verdict).toBe('partial');
    // Sunday in Maarat Misrin: 12 vs 30, a one-day pair across the two articles.
    const sunday = later.find((s) => texts(s).includes('30 civilians'))!;
    expect(texts(sunday).sort()).toEqual(['30 civilians', 'Twelve civilians']);
    expect(sunday.verdict).toBe('conflicting');
    // The measure's own page lists the suggestions onto it, and none of the others.
    const displacedPage = await loadMeasurePage(db, about700.measure!.id);
    expect(displacedPage.suggestions.map((s) => s.id)).toContain(about700.id);
    expect(displacedPage.suggestions.every((s) => s.measure?.id === about700.measure!.id)).toBe(true);
    expect(displacedPage.suggestions.map((s) => s.id)).not.toContain(sunday.id);
    expect(later.some((s) => texts(s).includes('At least 380 civilians'))).toBe(false);
    expect(a.articleId).not.toBe(b.articleId);
  });

  it('switching conventions re-reads vague figures but not hand-corrected ones, each a revision', async () => {
    const revs = async () => Number((await db.selectFrom('revision').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const fig = async (text: string) => db.selectFrom('figure').selectAll().where('text', '=', text).orderBy('id').execute();
    const [hundreds] = await fig('hundreds');
    const [dozens] = await fig('dozens of villages');
    await correctFigure(db, { figureId: dozens.id, low: '30', high: '60', actor });
    const before = await revs();
    const { changed } = await setConventions(db, { name: 'acled', actor });
    expect(changed).toBeGreaterThan(3);
    expect(await revs()).toBe(before + 1 + changed);
    const [h] = await fig('hundreds');
    expect([h.low, h.high]).toEqual([100, 100]);
    expect(h.rule).toContain('acled');
    const [d] = await fig('dozens of villages');
    expect([d.low, d.high, d.corrected, d.rule]).toEqual([30, 60, 1, 'set by hand']);
    await setConventions(db, { name: 'default', actor });
    const [h2] = await fig('hundreds');
    expect([h2.low, h2.high]).toEqual([200, 999]);
    expect(hundreds.low).toBe(200);
  });
});

describe('measures by hand: create, candidates, attach, evidence grade', () => {
  let db: DB;
  let seedId: number;
  const revisionsOf = (entity: string, id: number) =>
    db.selectFrom('revision').selectAll().where('entity', '=', entity).where('entityId', '=', id).orderBy('id').execute();
  const fields = (over: Partial<Parameters<typeof createMeasure>[1]['fields']> = {}) => ({
    label: 'People displaced in Idlib since 1 Dec 2019', unit: 'count', place: 'Idlib', periodStart: '2019-12-01', periodEnd: null,
    acceptedLow: null, acceptedHigh: null, rationale: null, ...over,
  });
  beforeAll(async () => {
    db = await useTestDb();
    seedId = (await importArticle(db, input(seedText), actor)).articleId;
    await importArticle(db, input(fixture('idlib-exodus-a.txt')), actor);
  });

  it('creates a measure from a label alone, with a revision, and reads what it counts from the label', async () => {
    const id = await createMeasure(db, { fields: fields({ acceptedLow: 900000, acceptedHigh: 1000000, rationale: 'OCHA' }), figureIds: [], actor });
    const m = await db.selectFrom('measure').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([m.event, m.counted, m.place, m.periodStart, m.acceptedLow, m.acceptedHigh]).toEqual(['displaced', 'people', 'Idlib', '2019-12-01', 900000, 1000000]);
    const revs = await revisionsOf('measure', id);
    expect(revs.map((r) => r.action)).toEqual(['create']);
    expect(JSON.parse(revs[0].after!)).toMatchObject({ label: 'People displaced in Idlib since 1 Dec 2019', rationale: 'OCHA' });
  });

  it('lists candidates from every article, same event and counted class first; search finds others; attach moves one', async () => {
    const id = await createMeasure(db, { fields: fields({ label: 'People displaced (by hand)' }), figureIds: [], actor });
    const page = await loadMeasurePage(db, id);
    const texts = page.candidates.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['948,000 people', 'nearly a million people', 'Some 950,000 people']));
    expect(page.candidates.every((c) => c.strong)).toBe(true);
    const c948 = page.candidates.find((c) => c.text === '948,000 people')!;
    expect(c948.origin).toBe('Opposition fighters retake Saraqeb town from Assad forces');
    expect(c948.articleId).toBe(seedId);
    expect(c948.reason).toMatch(/^same event \(displaced\); same counted \(people\)/);
    // Killed figures only turn up through the search box.
    expect(texts.some((t) => /civilians/i.test(t))).toBe(false);
    const searched = await loadMeasurePage(db, id, { q: 'civilians' });
    expect(searched.query).toBe('civilians');
    expect(searched.candidates.map((c) => c.text)).toEqual(expect.arrayContaining(['Nine civilians', 'More than 300 civilians']));
    expect(searched.candidates.every((c) => !c.strong)).toBe(true);
    // By article title too; LIKE wildcards are taken literally.
    expect((await loadMeasurePage(db, id, { q: 'Saraqeb town' })).candidates.length).toBeGreaterThan(3);
    expect((await loadMeasurePage(db, id, { q: '%' })).candidates).toEqual([]);

    await attachFigure(db, { measureId: id, figureId: c948.id, actor });
    const after = await loadMeasurePage(db, id);
    expect(after.figures.map((f) => f.text)).toEqual(['948,000 people']);
    expect(after.candidates.some((c) => c.id === c948.id)).toBe(false);
    const revs = await revisionsOf('figure', c948.id);
    expect(revs.at(-1)).toMatchObject({ action: 'attach-measure', claimId: c948.claimId });
    // Figures on another measure are not candidates, and creating with one is refused untouched.
    const other = await loadMeasurePage(db, (await createMeasure(db, { fields: fields({ label: 'Another displaced count' }), figureIds: [], actor })));
    expect(other.candidates.some((c) => c.id === c948.id)).toBe(false);
    const before = await db.selectFrom('measure').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(createMeasure(db, { fields: fields({ label: 'Stolen' }), figureIds: [c948.id], actor })).rejects.toBeInstanceOf(RuleError);
    await expect(createMeasure(db, { fields: fields({ label: 'Ghost' }), figureIds: [999999], actor })).rejects.toBeInstanceOf(NotFoundError);
    const afterCount = await db.selectFrom('measure').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(afterCount.n).toBe(before.n);
  });

  it('creates a measure from one figure: its key, the figure attached, both in the history', async () => {
    const nine = (await db.selectFrom('figure').selectAll().where('text', '=', 'Nine civilians').executeTakeFirstOrThrow());
    const id = await createMeasure(db, { fields: fields({ label: 'Civilians killed on Wednesday', place: null, periodStart: null }), figureIds: [nine.id], actor });
    const m = await db.selectFrom('measure').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(m.event).toBe('killed');
    const page = await loadMeasurePage(db, id);
    expect(page.figures.map((f) => f.id)).toEqual([nine.id]);
    expect((await revisionsOf('figure', nine.id)).at(-1)).toMatchObject({ action: 'attach-measure' });
    expect(JSON.parse((await revisionsOf('figure', nine.id)).at(-1)!.after!)).toMatchObject({ measure_id: id, why: 'created with the measure' });
  });

  it('grades figures by where they come from: source kind, or the article backed by its evidence', async () => {
    const claim = await db.selectFrom('claim').selectAll().where('articleId', '=', seedId).where('quote', 'like', '%948,000%').executeTakeFirstOrThrow();
    const id = await createMeasure(db, { fields: fields({ label: 'Graded displaced count' }), figureIds: [], actor });
    const news = (await db.selectFrom('figure').selectAll().where('text', '=', 'nearly a million people').executeTakeFirstOrThrow());
    await attachFigure(db, { measureId: id, figureId: news.id, actor });
    const src = { url: 'https://reliefweb.int/report/syria/flash-update-9', title: 'Flash Update #9', publisher: 'OCHA', kind: 'official_statistics' as const, publishedAt: '2020-02-20', accessedAt: '2020-02-28', archivedUrl: null, notes: null };
    await addEvidence(db, { claimId: claim.id, sourceId: null, newSource: src, stance: 'supports', excerpt: '', note: '', figure: { text: '948,000 people displaced', asOf: '2020-02-20' }, actor });
    const sourceFigure = await db.selectFrom('figure').selectAll().where('sourceId', 'is not', null).orderBy('id', 'desc').executeTakeFirstOrThrow();
    // A figure recorded from a source is a candidate (origin: the source title) with its own grade.
    const page = await loadMeasurePage(db, id, { q: 'Flash Update' });
    expect(page.candidates.map((c) => [c.id, c.origin])).toContainEqual([sourceFigure.id, 'Flash Update #9']);
    await attachFigure(db, { measureId: id, figureId: sourceFigure.id, actor });
    const graded = await loadMeasurePage(db, id);
    expect(graded.figures.map((f) => [f.text, f.grade.label])).toEqual([
      ['nearly a million people', 'News report (article)'],
      ['948,000 people displaced', 'Official statistics'],
    ]);
    // The 948,000 claim now has supporting evidence: its figure is graded by it.
    const m1 = (await db.selectFrom('figure').select('measureId').where('claimId', '=', claim.id).executeTakeFirstOrThrow()).measureId!;
    const first = await loadMeasurePage(db, m1);
    expect(first.figures.find((f) => f.claimId === claim.id)!.grade.label).toBe('News report (article), backed by Official statistics');
  });
});
