import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-helpers';

const texts = (s: string) => figuresOf(s).map((f) => f.text);

describe('numbers that are not figures', () => {
  it.each([
    ['dates', 'Erdogan first demanded on Feb. 5 that the forces pull back.'],
    ['dates', 'He hoped for a summit March 6.'],
    ['dates', 'The quake struck on 26 December.'],
    ['years', 'The road was closed for the first time since 2012.'],
    ['years', 'Turkey signed a 2017 agreement with Russia.'],
    ['years', 'Sales fell in 2017.'],
    ['clock times', 'The strike began at 5 p.m. local time.'],
    ['clock times', 'Curfew starts at 10:30 tonight.'],
    ['framing durations', 'There was a spike in hostilities in the last 48 hours.'],
    ['framing durations', 'Fighting intensified over the past three months.'],
    ['framing durations', 'The town fell after nine years of war.'],
    ['framing durations', 'The town fell to regime control two weeks ago.'],
    ['framing durations', 'Forces struck targets in the past 24 hours.'],
    ['framing durations', 'They announced a 48-hour ceasefire.'],
    ['ordinals', 'Officials began a third round of talks.'],
    ['ordinals', 'It was the first such attack.'],
    ['ordinals', 'He finished 3rd in the race.'],
    ['names with digits', 'They cut the M5 highway and the M4.'],
    ['names with digits', 'COVID-19 spread quickly.'],
    ['names with digits', 'Turkey bought F-16 jets before the G20 summit.'],
    ['names with digits', 'The council passed Resolution 2254.'],
    ['"one of"', 'It broke the siege on one of the posts.'],
    ['pronoun "one"', 'No one was hurt, and the one that remained left.'],
    ['phone numbers', 'Telephone: 41 22 791 2510'],
  ])('%s: %s', (_kind, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps a count next to a date in the same sentence', () => {
    expect(texts('On Feb. 5, 2020, at least 21 civilians were killed.')).toEqual(['at least 21 civilians']);
  });

  it('keeps a year-sized count of people', () => {
    expect(figuresOf('Some 2000 people fled.')[0]).toMatchObject({ low: 1800, high: 2200, counted: 'people' });
  });

  it('keeps "killed hundreds" as a figure with an implicit noun', () => {
    expect(figuresOf('The campaign killed hundreds over the past three months.')).toMatchObject([
      { text: 'hundreds', low: 200, high: 999, counted: null, event: 'killed' },
    ]);
  });
});
