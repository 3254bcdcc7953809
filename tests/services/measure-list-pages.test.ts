import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { createMeasure } from '../../app/services/measure-edit.server';
import { listSuggestionViews, loadMeasureList } from '../../app/services/measure-pages.server';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';

// /measures shows one page of measures and one page of suggestion groups,
// never every measure's members (issue 15: 3.6 s and 27 MB at 1,000 articles).
describe('the measure list, a page at a time', () => {
  let db: DB;
  beforeAll(async () => {
    db = await useTestDb();
    await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date('2026-11-25T10:00:00Z') },
    );
    for (let i = 1; i <= 7; i++) {
      await createMeasure(db, {
        fields: { label: `Measure ${i}`, unit: 'count', place: null, periodStart: null, periodEnd: null, acceptedLow: null, acceptedHigh: null, rationale: null },
        figureIds: [],
        actor: { id: null, now: new Date(Date.UTC(2026, 10, 25, 11, i)) },
      });
    }
  });

  it('pages the measures, newest change first, with the total', async () => {
    const first = await loadMeasureList(db, { measures: 1, suggestions: 1, pageSize: 3 });
    expect(first.measureTotal).toBe(7);
    expect(first.measures.map((m) => m.label)).toEqual(['Measure 7', 'Measure 6', 'Measure 5']);
    const last = await loadMeasureList(db, { measures: 3, suggestions: 1, pageSize: 3 });
    expect(last.measures.map((m) => m.label)).toEqual(['Measure 1']);
  });

  it('pages the open suggestions by group, the pages together holding every group once', async () => {
    const all = await listSuggestionViews(db);
    expect(all.length).toBeGreaterThan(1);
    const seen: number[] = [];
    for (let p = 1; ; p++) {
      const page = await loadMeasureList(db, { measures: 1, suggestions: p, pageSize: 1 });
      expect(page.suggestionTotal).toBe(all.length);
      if (!page.suggestions.length) break;
      expect(page.suggestions).toHaveLength(1);
      seen.push(page.suggestions[0].id);
    }
    expect(seen).toEqual(all.map((s) => s.id));
  });
});
