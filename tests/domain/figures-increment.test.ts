import { describe, expect, it } from 'vitest';
import { groupsOf } from './figures-helpers';
import { isIncrement } from '../../app/domain/figures/increment';

const at = (sentence: string, figure: string) => {
  const i = sentence.indexOf(figure);
  return isIncrement(sentence, i, i + figure.length);
};

describe('a figure that adds to another does not compete with it', () => {
  it.each([
    ['Marches in 15 other cities drew a further 200,000 people.', '200,000 people', true],
    ['Police said another 30 people were injured overnight.', '30 people', true],
    ['The army sent an additional 1,500 troops to the border.', '1,500 troops', true],
    ['Rescuers found 12 more bodies on Tuesday.', '12', true],
    ['Officials said 300 people were injured.', '300 people', false],
    ['A further inquiry found that 40 people died.', '40 people', false],
  ])('%s', (sentence, figure, want) => {
    expect(at(sentence, figure)).toBe(want);
  });

  it('keeps the rival tolls together and the later additions out', () => {
    const text =
      'The ministry said 45 people were killed in the storm. The Red Cross said at least 60 people were killed. ' +
      'Another 20 people were killed when a bridge collapsed on Friday.';
    expect(groupsOf(text)).toEqual([['45 people', 'at least 60 people']]);
  });

  it('does not line up a turnout elsewhere with the capital\'s', () => {
    const text =
      'Police put the crowd in the capital at 38,000, while organisers said 90,000 people took part. ' +
      'Rallies in 12 other towns drew a further 50,000 people, the organisers said.';
    expect(groupsOf(text)).toEqual([['38,000', '90,000 people']]);
  });
});
