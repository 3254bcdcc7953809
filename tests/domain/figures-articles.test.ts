import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';

/** Three news reports written for these tests, each with competing figures from named sources. */
function read(name: string) {
  const r = extractArticle({ text: readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8') });
  const texts = (g: { figures: number[] }) => g.figures.map((i) => r.figures[i].text);
  const groupWith = (text: string) => r.groups.find((g) => texts(g).includes(text));
  return { r, texts, groupWith };
}

describe('a flood report with six competing death tolls', () => {
  const { r, texts, groupWith } = read('flood');

  it('lines up the six tolls as one conflicting group and says who gave each', () => {
    const g = groupWith('42 people')!;
    expect(texts(g)).toEqual(['42 people', 'more than 60 people', '63 people', 'at least 57 people', '38', 'well over a hundred people']);
    expect(g.verdict).toBe('conflicting');
    expect(g.sources).toEqual(['interior ministry', 'Local officials', 'Ana Petrel', 'Red Crescent', 'regional hospital', 'opposition']);
  });

  it('keeps one street, an earlier flood, the missing and the injured out of the toll', () => {
    for (const t of ['Nine people', '27 people', '19 people', 'About 71 people']) expect(groupWith(t)).toBeUndefined();
  });

  it('counts homes and houses as one measure, and never pairs hectares with houses', () => {
    const g = groupWith('340 houses')!;
    expect(texts(g)).toEqual(['340 houses', '410 homes']);
    expect(groupWith('1,200 hectares')).toBeUndefined();
    expect(r.figures.find((f) => f.text === '1,200 hectares')?.counted).toBe('hectares');
  });
});

describe('a protest report with organisers, police and council estimates', () => {
  const { texts, groupWith } = read('protest');

  it('groups the three turnout estimates, "put the turnout at" included, as conflicting', () => {
    const g = groupWith('85,000 people')!;
    expect(texts(g)).toEqual(['85,000 people', '30,000', 'about 40,000 protesters']);
    expect(g.verdict).toBe('conflicting');
    expect(g.sources).toEqual(['Organisers', 'Police', 'city council spokesman']);
  });

  it('leaves arrests, injuries, another town\'s rally and last year\'s march apart', () => {
    for (const t of ['23 people', '14 people', '2,000 people', '150,000 people']) expect(groupWith(t)).toBeUndefined();
  });
});

describe('a conflict report with a day toll, a running total and a subclass', () => {
  const { r, texts, groupWith } = read('conflict');

  it('compares Monday\'s tolls with each other, and the running totals with each other', () => {
    const day = groupWith('At least 31 civilians')!;
    expect(texts(day)).toEqual(['At least 31 civilians', '24 civilians']);
    expect(day.verdict).toBe('conflicting');
    const running = groupWith('more than 1,900 civilians')!;
    expect(texts(running)).toEqual(['more than 1,900 civilians', '1,650 civilians']);
    expect(running.sources).toEqual(['monitor', 'United Nations']);
  });

  it('keeps an "including" part, the wounded and citizen journalists out of other counts', () => {
    for (const t of ['seven children', 'about 400 people', 'Four journalists', 'two citizen journalists']) expect(groupWith(t)).toBeUndefined();
  });

  it('reads "N out of M" as one figure with its whole', () => {
    const villages = r.figures.filter((f) => f.counted === 'villages');
    expect(villages).toMatchObject([{ text: '11 villages', low: 11, whole: 15 }]);
  });
});
