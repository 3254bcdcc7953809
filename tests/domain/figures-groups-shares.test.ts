import { describe, expect, it } from 'vitest';
import { findFigures } from '../../app/domain/figures/find-figures';
import { groupFigures } from '../../app/domain/figures/group-figures';
import { groupsOf } from './figures-helpers';
import { splitSentences } from '../../app/domain/extraction/split-sentences';
import { attributeSentences } from '../../app/domain/extraction/attribution';

describe('a share of a population competes only with shares of the same population', () => {
  it('keeps a bare percentage (a rise) away from "more than half of renters"', () => {
    expect(groupsOf('More than half of renters reported a rent rise of over 10% in the past year, a survey found.')).toEqual([]);
  });

  it('keeps a rate of change away from a share of voters in the same sentence', () => {
    expect(groupsOf('About 40% of voters backed the plan, which would raise taxes by 5% over the decade, pollsters reported.')).toEqual([]);
  });

  it('still lines up two shares of the same population', () => {
    const text = 'The union said 60% of teachers joined the strike. The ministry said only 35% of teachers joined the strike.';
    expect(groupsOf(text)).toEqual([['60% of teachers', '35% of teachers']]);
  });
});

describe('figures with an implicit noun compete when different sources give them', () => {
  const attributed = (text: string) => {
    const sentences = splitSentences(text);
    const figures = findFigures(text, sentences);
    const attributions = attributeSentences(text, sentences);
    return groupFigures(text, sentences, figures, attributions).map((g) => [g.figures.map((i) => figures[i].text), g.sources, g.verdict]);
  };

  it('lines up the article\'s own toll with a named rival\'s', () => {
    expect(attributed('The storm killed 48 on Sunday. Opposition lawmakers said more than 100 had died.')).toEqual([
      [['48', 'more than 100'], [null, 'Opposition lawmakers'], 'conflicting'],
    ]);
  });

  it('lines up two named sources', () => {
    expect(attributed('Officials said 57 remained missing. The Red Cross said more than 70 were missing.')).toEqual([
      [['57', 'more than 70'], ['Officials', 'Red Cross'], 'conflicting'],
    ]);
  });

  it('does not line up two figures the same source gives, or two the article gives', () => {
    expect(attributed('Police said 12 had been detained. Police later said 30 had been detained.')).toEqual([]);
    expect(attributed('Floods killed 9 in the north. Landslides killed 14 in the hills.')).toEqual([]);
  });
});

describe('a toll of an earlier time is not today\'s', () => {
  it.each([
    'Last year floods killed between 170 and 190 people across the country.',
    'Two years ago a storm in the same valley killed 60 people.',
    'In the 1990s a similar storm killed 300 people.',
    'The previous year, mudslides killed 85 people.',
  ])('%s', (earlier) => {
    const text = `Flash floods killed at least 47 people overnight, the Red Cross said. The ministry said 31 people were killed. ${earlier}`;
    expect(groupsOf(text)).toEqual([['at least 47 people', '31 people']]);
  });
});
