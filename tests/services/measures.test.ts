import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import type { ImportInput } from '../../app/domain/articles/import-input';
import {
  acceptSuggestion,
  competingFiguresOfArticle,
  editMeasure,
  listSuggestionViews,
  loadMeasurePage,
  rejectSuggestion,
  type SuggestionView,
} from '../../app/services/measures.server';
import { measuresOfFigures } from '../../app/models/measure.server';
import { correctFigure, setConventions } from '../../app/services/figure-conventions.server';
import { StaleEditError } from '../../app/services/errors';
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
