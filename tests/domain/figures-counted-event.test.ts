import { describe, expect, it } from 'vitest';
import { figuresOf, oneFigure } from './figures-helpers';
import { eventClass } from '../../app/domain/figures/classes';

describe('counted noun phrase and event', () => {
  it.each([
    ['Two Turkish soldiers were reportedly killed on Thursday.', 'Two Turkish soldiers', 'Turkish soldiers', 'killed'],
    ['Clashes between Syrian and Turkish troops have killed 18 Turkish soldiers.', '18 Turkish soldiers', 'Turkish soldiers', 'killed'],
    ['Over the past weeks, Turkey sent thousands of troops into Idlib province.', 'thousands of troops', 'troops', 'sent'],
    ['Ten Turkish soldiers were wounded.', 'Ten Turkish soldiers', 'Turkish soldiers', 'wounded'],
    ['Turkey set up 12 observation posts around the zone.', '12 observation posts', 'observation posts', 'set up'],
    ['The campaign has sent nearly a million people fleeing from their homes.', 'nearly a million people', 'people', 'fleeing'],
    ['According to the U.N., 948,000 people have been displaced.', '948,000 people', 'people', 'displaced'],
    ['The U.N. wants to accommodate up to 100 trucks per day.', 'up to 100 trucks', 'trucks', null],
    ['Nearly 60,000 people were reported dead.', 'Nearly 60,000 people', 'people', 'dead'],
  ])('%s', (text, span, counted, event) => {
    const f = oneFigure(text);
    expect(f.text).toBe(span);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.counted).toBe(counted);
    expect(f.event).toBe(event);
  });

  it.each([
    ['Officials said 14 fishermen remained missing after the storm.', 'missing'],
    ['By nightfall 31 climbers were still unaccounted for.', 'missing'],
    ['Eight passengers remain missing, the coastguard said.', 'missing'],
    ['Some 200 villagers stayed displaced for months.', 'displaced'],
    ['At least 12 miners are still trapped underground.', 'trapped'],
  ])('reads the state after a linking verb as the event: %s', (text, event) => {
    expect(eventClass(oneFigure(text).event)).toBe(event);
  });

  it.each([
    ['Eleven police officers were injured in the scuffles.', 'police officers', 'injured'],
    ['Three women journalists were detained at the border.', 'women journalists', 'detained'],
    ['About 40 staff members were laid off.', 'staff members', null],
    ['The blast killed 30 people days after the truce began.', 'people', 'killed'],
    ['Officers arrested 20 people Tuesday.', 'people', 'arrested'],
  ])('keeps an irregular plural that modifies a plural head in the counted noun: %s', (text, counted, event) => {
    const f = oneFigure(text);
    expect(f.counted).toBe(counted);
    expect(f.event).toBe(event);
  });

  it.each([
    ['Organisers said 80,000 people took part in the march.'],
    ['More than 5,000 workers had taken part, the union said.'],
    ['An estimated 12,000 supporters turned out despite the rain.'],
    ['The rally was held in 20 towns, drawing 30,000 people.'],
  ])('reads taking part in a gathering as attendance: %s', (text) => {
    expect(eventClass(figuresOf(text).at(-1)!.event)).toBe('attended');
  });

  it.each([
    ['More than 6,000 residents of Porthwen and Tregarth were ordered to leave their homes overnight.', 'displaced'],
    ['About 300 families were forced to flee.', 'displaced'],
    ['Some 2,000 people were told to evacuate before the storm.', 'displaced'],
    ['Some 40,000 people were forced from their homes.', 'displaced'],
    ['About 900 migrants from Libya were rescued at sea.', 'rescued'],
    ['Thousands of residents in the valley have fled.', 'displaced'],
  ])('reads the event past a place after the noun and through "ordered to": %s', (text, cls) => {
    expect(eventClass(oneFigure(text).event)).toBe(cls);
  });

  it('gives members of an "including" list their parent\'s event', () => {
    const figs = figuresOf('At least 21 civilians, including five women and nine children, were reportedly killed by airstrikes.');
    expect(figs.map((f) => [f.text, f.counted, f.event])).toEqual([
      ['At least 21 civilians', 'civilians', 'killed'],
      ['five women', 'women', 'killed'],
      ['nine children', 'children', 'killed'],
    ]);
  });

  it('offsets index into the whole body, not the sentence', () => {
    const body = 'Nothing here. Nine civilians were killed Wednesday.';
    const figs = figuresOf(body);
    expect(figs).toHaveLength(1);
    expect(body.slice(figs[0].start, figs[0].end)).toBe('Nine civilians');
  });
});

describe('money and percentages', () => {
  it.each([
    ['The fund received $5 million.', 5e6, 'USD'],
    ['The EU pledged €3bn in aid.', 3e9, 'EUR'],
    ['They paid 5 million dollars.', 5e6, 'USD'],
    ['Profit rose to 361 million pounds.', 361e6, 'GBP'],
    ['A loan of US$ 150 million was agreed.', 150e6, 'USD'],
  ])('%s', (text, value, currency) => {
    const f = figuresOf(text).find((x) => x.unit === 'money')!;
    expect(f).toMatchObject({ low: value, high: value, unit: 'money', currency, counted: null });
  });

  it.each([
    ['Turnout was 58%.', 58],
    ['Prices rose five percent.', 5],
    ['Support fell to 12 per cent.', 12],
  ])('%s', (text, value) => {
    expect(oneFigure(text)).toMatchObject({ low: value, high: value, unit: 'percent', currency: null });
  });

  it('qualifies percentages like counts', () => {
    expect(oneFigure('Less than one percent use it.')).toMatchObject({ low: null, high: 1, qualifier: 'fewer_than', unit: 'percent' });
  });
});

describe('number words and digits', () => {
  it.each([
    ['one hundred and thirty-seven', 137],
    ['three hundred and four thousand', 304000],
    ['thirty-two billion and five hundred', 32000000500],
    ['minus four million six hundred thousand', -4600000],
    ['three dozen eggs', 36],
    ['five and a half million fish', 5.5e6],
    ['seven eighths of', 87.5],
    ['2 1/4', 2.25],
    ['six point nought two', 6.02],
    ['2,318,450.25', 2318450.25],
    ['100k', 100000],
    ['sixty-two (62)', 62],
  ])('%s → %d', (text, value) => {
    expect(oneFigure(text).low).toBeCloseTo(value);
  });

  it('does not run two separate numbers together', () => {
    expect(figuresOf('3 hundred and 2 hundred are two valid numbers').map((f) => f.low)).toEqual([300, 200, 2]);
  });
});
