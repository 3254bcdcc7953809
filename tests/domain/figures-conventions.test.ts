import { describe, expect, it } from 'vitest';
import { ACLED_CONVENTIONS } from '../../app/domain/figures/conventions';
import { figuresOf, oneFigure } from './figures-helpers';

// One row per line of the conventions table in ../shared/docs/extraction.md.
const TABLE: [string, string, number | null, number | null][] = [
  ['948,000 people were displaced', 'exact', 948000, 948000],
  ['Nine civilians were killed', 'exact', 9, 9],
  ['a million people fled', 'exact', 1e6, 1e6],
  ['1.5 million people fled', 'exact', 1.5e6, 1.5e6],
  ['a dozen soldiers were hurt', 'exact', 12, 12],
  ['twenty-one villages', 'exact', 21, 21],
  ['two hundred thousand refugees', 'exact', 200000, 200000],
  ['half a million people', 'exact', 500000, 500000],
  ['more than 300 civilians', 'more_than', 300, null],
  ['over 300 civilians', 'more_than', 300, null],
  ['above 300 civilians', 'more_than', 300, null],
  ['in excess of 300 civilians', 'more_than', 300, null],
  ['at least 21 civilians', 'at_least', 21, null],
  ['no fewer than 21 civilians', 'at_least', 21, null],
  ['a minimum of 21 civilians', 'at_least', 21, null],
  ['fewer than 50 people', 'fewer_than', null, 50],
  ['less than 50 people', 'fewer_than', null, 50],
  ['under 50 people', 'fewer_than', null, 50],
  ['below 50 people', 'fewer_than', null, 50],
  ['at most 50 people', 'at_most', null, 50],
  ['no more than 50 people', 'at_most', null, 50],
  ['a maximum of 50 people', 'at_most', null, 50],
  ['up to 100 trucks', 'up_to', null, 100],
  ['nearly a million people', 'nearly', 900000, 1e6],
  ['almost 1,000 people', 'nearly', 900, 1000],
  ['close to 1,000 people', 'nearly', 900, 1000],
  ['just under 1,000 people', 'nearly', 900, 1000],
  ['about 200 people', 'approx', 180, 220],
  ['around 200 people', 'approx', 180, 220],
  ['roughly 200 people', 'approx', 180, 220],
  ['some 200 people', 'approx', 180, 220],
  ['an estimated 200 people', 'approx', 180, 220],
  ['approximately 200 people', 'approx', 180, 220],
  ['between 10 and 20 people', 'range', 10, 20],
  ['10 to 20 people', 'range', 10, 20],
  ['10-20 people', 'range', 10, 20],
  ['from 10 to 20 people', 'range', 10, 20],
  ['a few people', 'vague', 2, 5],
  ['several villages', 'vague', 3, 9],
  ['dozens of villages', 'vague', 24, 99],
  ['scores of villages', 'vague', 40, 99],
  ['hundreds of people', 'vague', 200, 999],
  ['thousands of troops', 'vague', 2000, 9999],
  ['tens of thousands of people', 'vague', 20000, 99999],
  ['hundreds of thousands of people', 'vague', 200000, 999999],
  ['millions of people', 'vague', 2000000, 9999999],
  ['many people', 'vague', null, null],
  ['numerous villages', 'vague', null, null],
];

describe('the default conventions table', () => {
  it.each(TABLE)('%s → %s [%s, %s]', (text, qualifier, low, high) => {
    const f = oneFigure(text);
    expect(f.qualifier).toBe(qualifier);
    if (low === null) expect(f.low).toBeNull();
    else expect(f.low).toBeCloseTo(low);
    if (high === null) expect(f.high).toBeNull();
    else expect(f.high).toBeCloseTo(high);
  });

  it('names the rule that produced the bounds', () => {
    expect(oneFigure('nearly a million people').rule).toContain('[0.9·N, N]');
    expect(oneFigure('dozens of villages').rule).toContain('[24, 99]');
  });

  it('reads "several hundred" as several times a hundred', () => {
    const f = oneFigure('several hundred people');
    expect([f.low, f.high]).toEqual([300, 900]);
  });

  it('keeps shared multipliers in ranges: "between 3 and 5 million"', () => {
    const f = oneFigure('between 3 and 5 million people');
    expect([f.low, f.high]).toEqual([3e6, 5e6]);
  });
});

describe('the ACLED-style conservative conventions', () => {
  it('reads vague plurals as single small values', () => {
    const conv = { conventions: ACLED_CONVENTIONS };
    expect(oneFigure('dozens of villages', conv)).toMatchObject({ low: 12, high: 12 });
    expect(oneFigure('hundreds of people', conv)).toMatchObject({ low: 100, high: 100 });
    expect(oneFigure('thousands of troops', conv)).toMatchObject({ low: 1000, high: 1000 });
    expect(oneFigure('thousands of troops', conv).rule).toContain('acled');
  });

  it('leaves exact numbers alone', () => {
    expect(figuresOf('948,000 people', { conventions: ACLED_CONVENTIONS })[0]).toMatchObject({ low: 948000, high: 948000 });
  });
});
