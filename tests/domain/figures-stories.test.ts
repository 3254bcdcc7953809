import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';

/**
 * Three more reports written for these tests (tests/fixtures/articles:
 * dam-flood, quake, march), each with competing figures from named sources
 * next to figures that only look alike: a denied rumour, a village's dead, an
 * earlier or separate event, the missing and the injured, two sources in one
 * sentence.
 */
function read(name: string) {
  const r = extractArticle({ text: readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8') });
  const texts = (g: { figures: number[] }) => g.figures.map((i) => r.figures[i].text);
  const groupWith = (text: string) => r.groups.find((g) => texts(g).includes(text));
  const figure = (text: string) => r.figures.find((f) => f.text === text);
  return { r, texts, groupWith, figure };
}

describe('a flood whose toll has risen since the dams burst', () => {
  const { r, texts, groupWith, figure } = read('dam-flood');

  it('lines up the four running tolls, with who gave each', () => {
    const g = groupWith('118')!;
    expect(texts(g)).toEqual(['118', 'at least 140 people', '96 people', '131 people']);
    expect(g.verdict).toBe('conflicting');
    expect(g.sources).toEqual(['ministry of civil protection', 'Mara Okonjo', 'Halden Relief Agency', "St Brigid's Hospital"]);
    expect(figure('118')).toMatchObject({ event: 'toll', low: 118 });
  });

  it('keeps denied rumours, a village, the earlier and the separate flood, the missing and the injured apart', () => {
    for (const t of ['more than 10,000 people', '3,000', '23 people', '54 people', '12', '64 people', 'more than 400 people', 'about 350']) {
      expect(groupWith(t), t).toBeUndefined();
    }
    expect(figure('64 people')?.event).toBe('missing');
  });

  it('counts houses and homes lost as one measure, given by the ministry and the governor', () => {
    const g = groupWith('2,100 houses')!;
    expect(texts(g)).toEqual(['2,100 houses', 'about 2,600']);
    expect(g.sources).toEqual(['ministry', 'governor']);
    expect(figure('about 2,600')?.counted).toBe('homes');
    expect(groupWith('Around 9,000 hectares')).toBeUndefined();
  });

  it('makes no other group', () => {
    expect(r.groups).toHaveLength(2);
  });
});

describe('an earthquake with four tolls, the injured, the missing and an aftershock', () => {
  const { r, texts, groupWith } = read('quake');

  it('lines up the ministry, governor, rescue service and hospital tolls', () => {
    const g = groupWith('212 people')!;
    expect(texts(g)).toEqual(['212 people', 'at least 260', '234 people', '198']);
    expect(g.verdict).toBe('conflicting');
    expect(g.sources).toEqual(['health ministry', 'Lucas Hennig', 'national rescue service', 'Doctors at Ravel General Hospital']);
  });

  it('gives each source of one sentence its own figure of the injured', () => {
    const g = groupWith('More than 1,100 people')!;
    expect(texts(g)).toEqual(['More than 1,100 people', 'about 900']);
    expect(g.sources).toEqual(['ministry', 'governor']);
  });

  it('pairs the damaged buildings, and nothing else', () => {
    expect(texts(groupWith('3,400 buildings')!)).toEqual(['3,400 buildings', '4,100']);
    for (const t of ['2,000 deaths', 'more than 500 people', 'four people', '1,300 people', 'at least 75 people']) expect(groupWith(t), t).toBeUndefined();
    expect(r.groups).toHaveLength(3);
  });

  it('reads "Its spokeswoman said" as the rescue service named before', () => {
    const s = r.sentences.find((x) => x.text.startsWith('Its spokeswoman'))!;
    expect(s.attribution).toBe('national rescue service');
  });
});

describe('a march with police, organisers and an independent count', () => {
  const { r, texts, groupWith } = read('march');

  it('groups the three turnout estimates and names the institute that estimated one', () => {
    const g = groupWith('120,000 people')!;
    expect(texts(g)).toEqual(['120,000 people', '38,000', '61,000']);
    expect(g.sources).toEqual(['Organisers', 'Police', 'Lumen research institute']);
  });

  it('pairs the police and organisers arrest figures', () => {
    const g = groupWith('47 people')!;
    expect(texts(g)).toEqual(['47 people', 'more than 80 protesters']);
    expect(g.verdict).toBe('conflicting');
    expect(g.sources).toEqual(['Police', 'organisers']);
  });

  it('keeps a denied figure, injured officers and protesters, a separate rally and 2023 apart', () => {
    for (const t of ['150,000 people', 'Twelve police', '30 protesters', 'about 5,000 people', '200,000 people']) expect(groupWith(t), t).toBeUndefined();
    expect(r.groups).toHaveLength(2);
  });
});
