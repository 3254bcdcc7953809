import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import type { ImportInput } from '../../app/domain/articles/import-input';
import { importArticle } from '../../app/services/import-article.server';
import { listSuggestionViews, type SuggestionView } from '../../app/services/measure-pages.server';
import { useTestDb } from '../helpers/test-db';

/**
 * Measure suggestions on three more reports written for these tests
 * (tests/fixtures/articles: dam-flood, quake, march): each report's own
 * competing figures, like with like, and who gave each figure, also where one
 * sentence holds two sources.
 */
const input = (text: string): ImportInput => ({ text, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null });
const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8');
const actor = { id: null, now: new Date('2026-12-03T10:00:00Z') };
const texts = (s: SuggestionView) => s.figures.map((f) => f.text);
const givenBy = (s: SuggestionView) => s.figures.map((f) => f.givenBy);

describe('measure suggestions on the dam flood, earthquake and march reports', () => {
  let db: DB;
  let all: SuggestionView[];
  beforeAll(async () => {
    db = await useTestDb();
    for (const name of ['dam-flood', 'quake', 'march']) await importArticle(db, input(fixture(name)), actor);
    all = await listSuggestionViews(db);
  });
  const withFigure = (text: string) => all.filter((s) => texts(s).includes(text));

  it('suggests each report\'s competing groups and nothing else', () => {
    expect(all.map(texts)).toEqual([
      ['118', 'at least 140 people', '96 people', '131 people'],
      ['2,100 houses', 'about 2,600'],
      ['212 people', 'at least 260', '234 people', '198'],
      ['More than 1,100 people', 'about 900'],
      ['3,400 buildings', '4,100'],
      ['120,000 people', '38,000', '61,000'],
      ['47 people', 'more than 80 protesters'],
    ]);
  });

  it('shows who gave each figure, the organisation behind "Its director" and each source of a two-source sentence', () => {
    expect(givenBy(all[0])).toEqual(['ministry of civil protection', 'Mara Okonjo', 'Halden Relief Agency', "St Brigid's Hospital"]);
    expect(givenBy(all[1])).toEqual(['ministry', 'governor']);
    expect(givenBy(all[2])).toEqual(['health ministry', 'Lucas Hennig', 'national rescue service', 'Doctors at Ravel General Hospital']);
    expect(givenBy(all[3])).toEqual(['ministry', 'governor']);
    expect(givenBy(all[5])).toEqual(['Organisers', 'Police', 'Lumen research institute']);
    expect(givenBy(all[6])).toEqual(['Police', 'organisers']);
  });

  it('labels the running total as a toll, not as one day\'s', () => {
    expect(all[0].label).not.toMatch(/one day|Sunday/);
  });

  it('never suggests a denied figure, a village, an aftershock, an earlier or separate event, the missing or the injured officers', () => {
    for (const t of ['more than 10,000 people', '3,000', '2,000 deaths', 'more than 500 people', '150,000 people', '23 people', 'four people',
      '54 people', '12', '1,300 people', '200,000 people', 'about 5,000 people', '64 people', 'at least 75 people', 'Twelve police', '30 protesters']) {
      expect(withFigure(t), t).toEqual([]);
    }
  });
});
