import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceGrade, GRADE_ORDER } from '../../app/domain/measures/evidence-grade';
import { keyFromLabel, rankCandidates } from '../../app/domain/measures/rank-candidates';
import { figureKey } from '../../app/domain/measures/match-measure';
import { figureClasses } from '../../app/domain/figures/classes';
import { PAD, rangeScale } from '../../app/domain/measures/range-scale';

describe('evidence grade', () => {
  it('a figure recorded from a source takes the source kind', () => {
    expect(evidenceGrade({ sourceKind: 'official_statistics', supportingKinds: [] })).toEqual({ rank: 0, label: 'Official statistics' });
    expect(evidenceGrade({ sourceKind: 'social_media', supportingKinds: [] }).label).toBe('Social media');
  });
  it('an article figure is a news report unless its claim has supporting evidence', () => {
    expect(evidenceGrade({ sourceKind: null, supportingKinds: [] }).label).toBe('News report (article)');
    expect(evidenceGrade({ sourceKind: null, supportingKinds: ['news_report', 'un_ngo_report'] }).label).toBe('News report (article), backed by UN / NGO report');
  });
  it('orders official statistics > UN/NGO > document > news report > article > interview > social media', () => {
    const g = (sourceKind: string | null, supportingKinds: string[] = []) => evidenceGrade({ sourceKind, supportingKinds }).rank;
    const ladder = [
      g('official_statistics'),
      g(null, ['official_statistics']),
      g('un_ngo_report'),
      g(null, ['un_ngo_report']),
      g('document'),
      g('news_report'),
      g(null),
      g('interview'),
      g('social_media'),
    ];
    expect([...ladder].sort((a, b) => a - b)).toEqual(ladder);
    expect(new Set(ladder.slice(0, 6)).size).toBe(6);
    // Backing by a weaker kind never makes an article figure worse than the bare article.
    expect(g(null, ['social_media'])).toBe(g(null));
    expect(GRADE_ORDER[0]).toBe('official_statistics');
  });
  it('an unknown kind sorts last and shows as stored', () => {
    expect(evidenceGrade({ sourceKind: 'pamphlet', supportingKinds: [] })).toMatchObject({ label: 'pamphlet' });
    expect(evidenceGrade({ sourceKind: 'pamphlet', supportingKinds: [] }).rank).toBeGreaterThan(evidenceGrade({ sourceKind: 'social_media', supportingKinds: [] }).rank);
  });
});

describe('candidate figures for a measure', () => {
  const target = { event: 'displaced', counted: 'people', unit: 'count', text: 'People displaced in Idlib since 1 Dec 2019', members: [] };
  const fig = (id: number, over: Partial<Parameters<typeof rankCandidates>[0][number]>) => ({
    id, counted: null, event: null, unit: 'count', scope: null, scopeDate: null, context: '', ...over,
  });
  it('ranks same event and counted class first, then place words, newest on ties', () => {
    const ranked = rankCandidates(
      [
        fig(1, { counted: 'civilians', event: 'killed', context: 'Nine civilians were killed in Idlib.' }),
        fig(2, { counted: 'people', event: 'fled', context: 'Some 950,000 people fled Idlib.' }),
        fig(3, { counted: 'people', event: 'displaced', context: 'Some 900,000 people were displaced in Yemen.' }),
        fig(4, { counted: 'families', event: 'displaced', context: 'Thousands of families were displaced near Idlib.' }),
        fig(5, { counted: 'people', event: 'displaced', unit: 'percent', context: 'A third of people displaced in Idlib.' }),
      ],
      target,
      10,
    );
    expect(ranked.map((r) => r.figure.id)).toEqual([2, 3, 4, 1, 5]);
    expect(ranked[0].reason).toBe('same event (displaced); same counted (people); both mention Idlib');
    expect(ranked[4].reason).toContain('other unit');
    expect(rankCandidates([fig(1, {}), fig(2, {})], target, 1).map((r) => r.figure.id)).toEqual([2]);
    // The reason names what the figure counts in its own words, not its class's singular.
    const women = rankCandidates([fig(6, { counted: 'women', event: 'displaced', context: 'About 300 women were displaced.' })], target, 1);
    expect(women[0].reason).toContain('counts women, not people');
  });
  it('keys a count of bodies as people killed, and homes lost as destroyed, across articles as within one', () => {
    expect(figureKey({ event: 'recovered', counted: 'bodies' })).toEqual({ event: 'killed', counted: 'people' });
    expect(figureClasses({ event: 'contó', counted: 'cadáveres' })).toEqual({ eventClass: 'killed', countedClass: 'people' });
    expect(figureKey({ event: 'lost', counted: 'homes' })).toEqual({ event: 'destroyed', counted: 'houses' });
    expect(figureKey({ event: 'lost', counted: 'people' })).toEqual({ event: 'killed', counted: 'people' });
  });

  it('reads event and counted class from a hand-written label', () => {
    expect(keyFromLabel('People displaced in Idlib since 1 Dec 2019')).toEqual({ event: 'displaced', counted: 'people' });
    expect(keyFromLabel('Civilians killed in one day of strikes')).toMatchObject({ event: 'killed' });
    expect(keyFromLabel('Turkish troops sent to Idlib')).toEqual({ event: 'sent', counted: 'troops' });
    expect(keyFromLabel('Aid budget for 2020')).toEqual({ event: null, counted: null });
  });
});

describe('range chart tick labels', () => {
  const distinct = (xs: string[]) => new Set(xs).size === xs.length;
  it('draws one value alone from zero, not on a scale a fraction of a unit wide', () => {
    for (const v of [60, 948_000, 12_500_000, 7]) {
      const s = rangeScale([v, v]);
      expect(s.ticks[0]).toBe(0);
      expect(s.ticks.at(-1)).toBeGreaterThanOrEqual(v);
      expect(distinct(s.labels)).toBe(true);
    }
  });
  it('gives neighbouring ticks different labels when the values sit close together far from zero', () => {
    const near = rangeScale([948_000, 950_000]);
    expect(near.labels).toContain('948.5k');
    expect(distinct(near.labels)).toBe(true);
    expect(distinct(rangeScale([1_000_000, 1_000_100]).labels)).toBe(true);
    expect(distinct(rangeScale([2_400_000_000, 2_410_000_000]).labels)).toBe(true);
    expect(distinct(rangeScale([-12.5, -12]).labels)).toBe(true);
  });
  it('keeps the short labels where the step allows them', () => {
    expect(rangeScale([0, 1_000_000]).labels).toEqual(['0', '250k', '500k', '750k', '1M']);
    expect(rangeScale([9, 21, 3000]).labels).toEqual(['1', '10', '100', '1k', '10k']);
  });
  it('draws figures a hair apart at any size (a step too small to move a large number once looped for ever)', () => {
    for (const x of [1e10, 2e9, 5e9, 123_456_789.123, 9.5e15]) {
      const next = x + x * Number.EPSILON; // the next double above x, or one or two beyond
      const r = rangeScale([x, next]);
      expect(r.ticks.length).toBeGreaterThanOrEqual(2);
      expect(r.ticks.length).toBeLessThanOrEqual(21);
      expect(distinct(r.labels)).toBe(true);
      expect(r.at(x)).toBeGreaterThanOrEqual(0);
      expect(r.at(next)).toBeLessThanOrEqual(1);
    }
  });

  it('draws a scale for the extremes a double can hold, instead of looping', () => {
    for (const xs of [[5e-324, 10], [1, 1e308], [1e-310, 1e308], [Number.MAX_VALUE, Number.MAX_VALUE * 0.5], [-Number.MAX_VALUE, Number.MAX_VALUE]]) {
      const r = rangeScale(xs);
      expect(r.ticks.length, String(xs)).toBeGreaterThanOrEqual(2);
      expect(r.ticks.length, String(xs)).toBeLessThanOrEqual(700);
    }
  });

  it('never repeats a label, whatever figures a measure holds', () => {
    const figure = fc.oneof(fc.integer({ min: -1_000_000, max: 2_000_000_000 }), fc.double({ min: 0.01, max: 1e10, noNaN: true }));
    fc.assert(fc.property(fc.array(figure, { minLength: 1, maxLength: 6 }), (xs) => distinct(rangeScale(xs).labels)));
  });
});

describe('range chart padding', () => {
  it('keeps the first and last tick off the edges on a linear scale', () => {
    const s = rangeScale([900_000, 1_000_000]);
    expect(s.kind).toBe('linear');
    expect(s.at(s.min)).toBeCloseTo(PAD / (1 + 2 * PAD), 6);
    expect(s.at(s.max)).toBeCloseTo(1 - PAD / (1 + 2 * PAD), 6);
    expect(s.ticks[0]).toBe(s.min);
    expect(s.ticks.at(-1)).toBe(s.max);
    expect(s.ticks.length).toBeLessThanOrEqual(7);
  });
  it('pads a fraction of a decade on a log scale, ticks at whole decades', () => {
    const s = rangeScale([9, 21, 3000]);
    expect(s.kind).toBe('log');
    expect(s.ticks).toEqual([1, 10, 100, 1000, 10000]);
    expect(s.at(1)).toBeGreaterThan(0.01);
    expect(s.at(10000)).toBeLessThan(0.99);
    expect(s.at(0.5)).toBeGreaterThanOrEqual(0);
  });
});
