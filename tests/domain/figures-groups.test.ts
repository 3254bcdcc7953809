import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../app/domain/figures/find-figures';
import { groupFigures } from '../../app/domain/figures/group-figures';
import { sentenceScope } from '../../app/domain/figures/frame';
import { splitSentences } from '../../app/domain/extraction/split-sentences';

const body = readFileSync(new URL('../../demo/saraqeb.txt', import.meta.url), 'utf8');
const sentences = splitSentences(body);
const figures = findFigures(body, sentences);
const groups = groupFigures(body, sentences, figures);
const textsOf = (g: { figures: number[] }) => g.figures.map((i) => figures[i].text);
const groupWith = (text: string) => groups.find((g) => textsOf(g).includes(text));

describe('competing figures in the seed article', () => {
  it('lines up the displacement figures as consistent', () => {
    const g = groupWith('948,000 people')!;
    expect(textsOf(g)).toEqual(['948,000 people', 'nearly a million people', 'Nearly a million Syrians']);
    expect(g.verdict).toBe('consistent');
  });

  it('lines up "more than 300 civilians" with "killed hundreds"', () => {
    const g = groupWith('More than 300 civilians')!;
    expect(textsOf(g)).toEqual(['More than 300 civilians', 'hundreds']);
    expect(g.verdict).toBe('consistent');
  });

  it('lines up the two "thousands of troops"', () => {
    const g = groupWith('thousands of troops')!;
    expect(textsOf(g)).toEqual(['thousands of troops', 'thousands of troops']);
    expect(g.verdict).toBe('consistent');
  });

  it('flags nine civilians against at least 21 as conflicting', () => {
    const g = groupWith('Nine civilians')!;
    expect(textsOf(g)).toEqual(['Nine civilians', 'at least 21 civilians']);
    expect(g.verdict).toBe('conflicting');
  });

  it('does not compare a one-day toll with a running total', () => {
    expect(groupWith('Two Turkish soldiers')).toBeUndefined();
    const eighteen = groupWith('18 Turkish soldiers');
    expect(eighteen ? textsOf(eighteen) : []).not.toContain('Two Turkish soldiers');
  });

  it('leaves the parts of an "including" list out of the tallies', () => {
    expect(groupWith('five women')).toBeUndefined();
    expect(groupWith('nine children')).toBeUndefined();
  });
});

describe('sentence scope', () => {
  it.each([
    ['Nine civilians were killed Wednesday.', 'day'],
    ['More than 300 civilians have been killed since the beginning of December.', 'period'],
    ['Nearly a million Syrians have been displaced in the last three months.', 'period'],
    ['Clashes have killed 18 Turkish soldiers.', 'period'],
    ['A landslide buried 14 homes.', 'unknown'],
    ['Erdogan said Wednesday that 300 were killed.', 'unknown'],
  ])('%s → %s', (text, scope) => {
    expect(sentenceScope(text)).toBe(scope);
  });
});
