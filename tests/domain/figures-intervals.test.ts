import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureInterval, overlaps, verdictOf, type Interval } from '../../app/domain/figures/intervals';
import type { Qualifier } from '../../app/domain/extraction/types';

const bound = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
/** Any non-empty interval, open ends included. */
const interval: fc.Arbitrary<Interval> = fc
  .tuple(bound, bound, fc.boolean(), fc.boolean())
  .map(([a, b, ls, hs]) => {
    const low = a !== null && b !== null ? Math.min(a, b) : a;
    const high = a !== null && b !== null ? Math.max(a, b) : b;
    // A strict bound on a single point would be empty; keep those inclusive.
    const point = low !== null && low === high;
    return { low, high, lowStrict: ls && !point, highStrict: hs && !point };
  });

/** Brute-force membership on a grid fine enough for integer bounds. */
function contains(a: Interval, x: number): boolean {
  if (a.low !== null && (a.lowStrict ? x <= a.low : x < a.low)) return false;
  if (a.high !== null && (a.highStrict ? x >= a.high : x > a.high)) return false;
  return true;
}
function sharesAPoint(a: Interval, b: Interval): boolean {
  for (let x = -1002; x <= 1002; x += 0.5) if (contains(a, x) && contains(b, x)) return true;
  return false;
}

describe('interval overlap', () => {
  it('is symmetric', () => {
    fc.assert(fc.property(interval, interval, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });

  it('holds for any interval with itself', () => {
    fc.assert(fc.property(interval, (a) => overlaps(a, a)));
  });

  it('holds for any figure with itself, whatever its qualifier', () => {
    const qualifiers: Qualifier[] = ['exact', 'more_than', 'at_least', 'fewer_than', 'at_most', 'up_to', 'nearly', 'approx', 'range', 'vague'];
    fc.assert(
      fc.property(fc.constantFrom(...qualifiers), fc.integer({ min: 0, max: 1e6 }), (qualifier, n) => {
        const low = ['fewer_than', 'at_most', 'up_to'].includes(qualifier) ? null : n;
        const high = ['more_than', 'at_least'].includes(qualifier) ? null : n;
        const f = figureInterval({ low, high, qualifier });
        return verdictOf([f, f]) === 'consistent';
      }),
    );
  });

  it('treats a fully open interval as overlapping everything', () => {
    fc.assert(fc.property(interval, (a) => overlaps({ low: null, high: null }, a)));
  });

  it('agrees with point-by-point membership', () => {
    fc.assert(fc.property(interval, interval, (a, b) => overlaps(a, b) === sharesAPoint(a, b)), { numRuns: 300 });
  });

  it('keeps strict and inclusive ends apart at a shared point', () => {
    expect(overlaps({ low: 300, high: null, lowStrict: true }, { low: 300, high: 300 })).toBe(false);
    expect(overlaps({ low: 300, high: null }, { low: 300, high: 300 })).toBe(true);
  });
});

describe('verdicts', () => {
  it('948,000 lies inside "nearly a million"', () => {
    expect(verdictOf([{ low: 948000, high: 948000 }, { low: 900000, high: 1000000 }])).toBe('consistent');
  });

  it('"nine civilians" and "at least 21 civilians" conflict', () => {
    expect(verdictOf([{ low: 9, high: 9 }, { low: 21, high: null }])).toBe('conflicting');
  });

  it('is conflicting as soon as one pair is disjoint', () => {
    fc.assert(
      fc.property(fc.array(interval, { minLength: 2, maxLength: 5 }), (xs) => {
        const pairwise = xs.every((a, i) => xs.every((b, j) => i === j || overlaps(a, b)));
        return verdictOf(xs) === (pairwise ? 'consistent' : 'conflicting');
      }),
    );
  });
});
