import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps } from '../../app/domain/figures/intervals';
import { agreement, intervalOf, measureVerdict, sameScope, type VerdictFigure } from '../../app/domain/measures/measure-verdict';

const QUALIFIERS = ['exact', 'more_than', 'at_least', 'fewer_than', 'at_most', 'up_to', 'nearly', 'approx', 'range', 'vague'] as const;

/** A figure as the extractor could store it: bounds ordered, either end possibly open. */
const figureArb = (id: number) =>
  fc
    .record({
      a: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
      b: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
      qualifier: fc.constantFrom(...QUALIFIERS),
    })
    .map(({ a, b, qualifier }): VerdictFigure => {
      const low = a !== null && b !== null ? Math.min(a, b) : a;
      const high = a !== null && b !== null ? Math.max(a, b) : b;
      // Strict ends only where the qualifier makes them: "more than" keeps low, "fewer than" keeps high.
      const fixed = qualifier === 'more_than' ? { low: low ?? 0, high: null } : qualifier === 'fewer_than' ? { low: null, high: high ?? 1 } : { low, high };
      return { id, ...fixed, qualifier, scope: null, scopeDate: null };
    });

const figuresArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => figureArb(i + 1))));

describe('interval comparison (property-based)', () => {
  it('overlap is symmetric', () => {
    fc.assert(fc.property(figureArb(1), figureArb(2), (a, b) => overlaps(intervalOf(a), intervalOf(b)) === overlaps(intervalOf(b), intervalOf(a))));
  });

  it('a figure is always consistent with itself', () => {
    fc.assert(fc.property(figureArb(1), (a) => measureVerdict([a, { ...a, id: 2 }]).verdict === 'consistent'));
  });

  it('an open end overlaps anything on its open side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const atLeast = { low: n, high: null, qualifier: 'at_least' };
        const upTo = { low: null, high: n, qualifier: 'up_to' };
        return (
          overlaps(intervalOf(atLeast), { low: n + d, high: n + d }) &&
          !overlaps(intervalOf(atLeast), { low: n - d, high: n - d }) &&
          overlaps(intervalOf(upTo), { low: n - d, high: n - d }) &&
          !overlaps(intervalOf(upTo), { low: n + d, high: n + d }) &&
          overlaps({ low: null, high: null }, { low: n, high: n })
        );
      }),
    );
  });

  it('a strict bound excludes its own number: "more than N" vs exactly N', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), (n) => !overlaps(intervalOf({ low: n, high: null, qualifier: 'more_than' }), { low: n, high: n })));
  });

  it('the verdict names exactly the disjoint pairs, and consistent means none', () => {
    fc.assert(
      fc.property(figuresArb, (figs) => {
        const v = measureVerdict(figs);
        const expected: Array<[number, number]> = [];
        for (let i = 0; i < figs.length; i++)
          for (let j = i + 1; j < figs.length; j++) if (!overlaps(intervalOf(figs[i]), intervalOf(figs[j]))) expected.push([figs[i].id, figs[j].id]);
        expect(v.disjointPairs).toEqual(expected);
        const pairs = (figs.length * (figs.length - 1)) / 2;
        if (expected.length === 0) expect(v.verdict).toBe('consistent');
        else if (expected.length === pairs) expect(v.verdict).toBe('conflicting');
        else expect(v.verdict).toBe('partial');
      }),
    );
  });

  it('the verdict does not depend on the order of the figures', () => {
    fc.assert(fc.property(figuresArb, (figs) => measureVerdict(figs).verdict === measureVerdict([...figs].reverse()).verdict));
  });
});

describe('scope: only like is compared with like', () => {
  const nine: VerdictFigure = { id: 1, low: 9, high: 9, qualifier: 'exact', scope: 'day', scopeDate: 'Wednesday' };
  const twentyOne: VerdictFigure = { id: 2, low: 21, high: null, qualifier: 'at_least', scope: 'day', scopeDate: 'The previous day' };
  const eighteen: VerdictFigure = { id: 3, low: 18, high: 18, qualifier: 'exact', scope: 'cumulative', scopeDate: null };
  const two: VerdictFigure = { id: 4, low: 2, high: 2, qualifier: 'exact', scope: 'day', scopeDate: 'Thursday' };

  it('9 vs at least 21 on a day is conflicting', () => {
    expect(measureVerdict([nine, twentyOne])).toMatchObject({ verdict: 'conflicting', disjointPairs: [[1, 2]] });
  });

  it('a cumulative 18 and a daily 2 are a different scope, not a conflict', () => {
    expect(measureVerdict([eighteen, two])).toMatchObject({ verdict: 'different_scope', disjointPairs: [], differentScopePairs: [[3, 4]] });
  });

  it('days with known, different dates are not compared; unknown dates are', () => {
    expect(sameScope({ scope: 'day', scopeDate: '2020-02-05' }, { scope: 'day', scopeDate: '2020-02-06' })).toBe(false);
    expect(sameScope({ scope: 'day', scopeDate: '2020-02-05' }, { scope: 'day', scopeDate: 'Wednesday' })).toBe(true);
    expect(sameScope({ scope: 'cumulative', scopeDate: null }, { scope: null, scopeDate: null })).toBe(true);
  });

  it('agreement with an accepted estimate', () => {
    expect(agreement({ low: 948000, high: 948000, qualifier: 'exact' }, { low: 900000, high: 1000000 })).toBe('agrees');
    expect(agreement({ low: 630000, high: 770000, qualifier: 'approx' }, { low: 900000, high: 1000000 })).toBe('disagrees');
    expect(agreement({ low: 9, high: 9, qualifier: 'exact' }, { low: null, high: null })).toBe('no_estimate');
  });
});
