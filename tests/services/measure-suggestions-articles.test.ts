import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DB } from '../../db/connection';
import type { ImportInput } from '../../app/domain/articles/import-input';
import { importArticle } from '../../app/services/import-article.server';
import { listSuggestionViews, type SuggestionView } from '../../app/services/measure-pages.server';
import { listRivalCandidates } from '../../app/models/member-figure.server';
import { testingPostgres, useTestDb } from '../helpers/test-db';

/**
 * Measure suggestions on three reports written for these tests (flood,
 * protest, conflict; tests/fixtures/articles) and on follow-up reports of
 * the same events: like is compared with like (same event and time frame,
 * place, counted class and unit), and each suggestion says who gave each figure.
 */
const input = (text: string): ImportInput => ({ text, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null });
const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8');
const actor = { id: null, now: new Date('2026-12-02T10:00:00Z') };
const texts = (s: SuggestionView) => s.figures.map((f) => f.text);
const givenBy = (s: SuggestionView) => s.figures.map((f) => f.givenBy);

describe('measure suggestions on the flood, protest and conflict reports', () => {
  let db: DB;
  let first: SuggestionView[];
  beforeAll(async () => {
    db = await useTestDb();
    for (const name of ['flood', 'protest', 'conflict']) await importArticle(db, input(fixture(name)), actor);
    first = await listSuggestionViews(db);
  });
  const withFigure = (all: SuggestionView[], text: string) => all.filter((s) => texts(s).includes(text));

  it('suggests each report\'s own competing groups, with who gave each figure', () => {
    expect(first.map(texts)).toEqual([
      ['42 people', 'more than 60 people', '63 people', 'at least 57 people', '38', 'well over a hundred people'],
      ['340 houses', '410 homes'],
      ['85,000 people', '30,000', 'about 40,000 protesters'],
      ['At least 31 civilians', '24 civilians'],
      ['more than 1,900 civilians', '1,650 civilians'],
    ]);
    expect(givenBy(first[0])).toEqual(['interior ministry', 'Local officials', 'Ana Petrel', 'Red Crescent', 'regional hospital', 'opposition']);
    expect(givenBy(first[1])).toEqual([null, 'ministry']);
    expect(givenBy(first[2])).toEqual(['Organisers', 'Police', 'city council spokesman']);
    expect(givenBy(first[4])).toEqual(['monitor', 'United Nations']);
  });

  it('never pairs the flood\'s dead with the conflict\'s, a street, an earlier flood, the missing or hectares', () => {
    for (const t of ['Nine people', '27 people', '19 people', 'About 71 people', '1,200 hectares', 'seven children', 'two citizen journalists']) {
      expect(withFigure(first, t)).toEqual([]);
    }
  });

  it('pairs follow-up reports with the same event, day and place only', async () => {
    const before = new Set(first.map((s) => s.id));
    await importArticle(db, input(`Marrowby counts its dead as the river falls

The Red Crescent said on Wednesday that 66 people were killed in the floods in Marrowby.

Residents of Marrowby recalled the floods of 2019, which killed 27 people.
`), actor);
    await importArticle(db, input(`Monitor raises Vardan toll

Since March, 2,050 civilians have been killed in Vardan province, a rights group said. On Thursday, 12 civilians were killed in Eskel, medics said.
`), actor);
    await importArticle(db, input(`Kestrel City protest draws crowds

Police in Kestrel City said 32,000 people marched on Sunday.
`), actor);
    const added = (await listSuggestionViews(db)).filter((s) => !before.has(s.id));
    const pairOf = (t: string) => withFigure(added, t).map(texts);
    // Today's toll with today's toll, the 2019 flood with the 2019 flood.
    expect(pairOf('66 people')).toEqual([['66 people', '42 people']]);
    expect(pairOf('27 people')).toEqual([['27 people', '27 people']]);
    // The running total with the running total; Thursday's toll with no Monday toll.
    expect(pairOf('2,050 civilians')).toEqual([['2,050 civilians', 'more than 1,900 civilians']]);
    expect(pairOf('12 civilians')).toEqual([]);
    // A turnout with a turnout, and who gave each.
    const turnout = withFigure(added, '32,000 people')[0];
    expect(texts(turnout)).toEqual(['32,000 people', '85,000 people']);
    expect(turnout.figures[1].givenBy).toBe('Organisers');
    expect(added.every((s) => s.figures.every((f) => f.origin !== 'unknown'))).toBe(true);
  });

  it('reads the rivals with one query on the match-key index', async () => {
    // SQLite's plan; PostgreSQL's planner rightly scans a table this small, so only the answer is checked there.
    if (!testingPostgres) {
      const q = await sql<{ detail: string }>`explain query plan select id from figure where event_class = 'killed' and unit = 'count' and counted_class = 'people' order by id limit 100`.execute(db);
      expect(q.rows.map((r) => r.detail).join(' ')).toMatch(/figure_match_key/);
      expect(q.rows.map((r) => r.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
    }
    const rivals = await listRivalCandidates(db, { keys: [{ eventClass: 'killed', unit: 'count', countedClass: 'people' }], excludeArticleId: -1, perKey: 2 });
    expect(rivals.length).toBeGreaterThan(0);
    expect(rivals.every((f) => f.measureId === null)).toBe(true);
  });

  it('keeps the import when making its suggestions fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    if (testingPostgres) {
      await sql`create function fail_suggestions() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`.execute(db);
      await sql`create trigger fail_suggestions before insert on measure_suggestion for each row execute function fail_suggestions()`.execute(db);
    } else {
      await sql`create trigger fail_suggestions before insert on measure_suggestion begin select raise(abort, 'disk full'); end`.execute(db);
    }
    try {
      const r = await importArticle(db, input(fixture('flood')), actor);
      expect(r.suggestions).toBeNull();
      expect(r.figures).toBeGreaterThan(5);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/disk full/));
      const stored = await db.selectFrom('article').select('id').where('id', '=', r.articleId).executeTakeFirst();
      expect(stored).toBeDefined();
    } finally {
      await sql`drop trigger fail_suggestions${testingPostgres ? sql` on measure_suggestion` : sql``}`.execute(db);
      if (testingPostgres) await sql`drop function fail_suggestions`.execute(db);
    }
  });
});
