/**
 * The verdict of a measure, computed from its member figures' intervals and
 * never typed by hand. Only like is compared with like: a one-day toll and a
 * running total of the same quantity are "different scope", never rivals.
 */
import type { Qualifier } from '../extraction/types';
import { figureInterval, overlaps, type Interval } from '../figures/intervals';

export type FigureScope = 'cumulative' | 'day' | 'period';

export type MeasureVerdict = 'consistent' | 'conflicting' | 'partial' | 'different_scope';

export interface VerdictFigure {
  id: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  scope: FigureScope | null;
  scopeDate: string | null;
  /** Its claim was removed (dismissed or merged away): it stays listed on its measure but is not compared until the claim is restored. */
  removed?: boolean;
}

export interface VerdictResult {
  verdict: MeasureVerdict;
  /** Pairs of figure ids (smaller id first) in the same scope whose intervals share no point. */
  disjointPairs: Array<[number, number]>;
  /** Pairs in different scopes: not compared. */
  differentScopePairs: Array<[number, number]>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Which figures may be compared: one-day figures only with one-day figures
 * (and not across two known, different dates); running totals, periods and
 * figures of unknown scope with each other.
 *
 * @example sameScope({ scope: 'day', scopeDate: 'Wednesday' }, { scope: null, scopeDate: null }) // false
 */
export function sameScope(a: Pick<VerdictFigure, 'scope' | 'scopeDate'>, b: Pick<VerdictFigure, 'scope' | 'scopeDate'>): boolean {
  const aDay = a.scope === 'day';
  const bDay = b.scope === 'day';
  if (aDay !== bDay) return false;
  if (aDay && a.scopeDate && b.scopeDate && ISO_DAY.test(a.scopeDate) && ISO_DAY.test(b.scopeDate)) return a.scopeDate === b.scopeDate;
  return true;
}

/** The interval of a stored figure (qualifier as stored, strictness from it). */
export function intervalOf(f: Pick<VerdictFigure, 'low' | 'high' | 'qualifier'>): Interval {
  return figureInterval({ low: f.low, high: f.high, qualifier: f.qualifier as Qualifier });
}

/**
 * consistent: every comparable pair overlaps (on a line that means they share
 * a point); conflicting: no comparable pair overlaps; partial: some do and
 * some do not; different_scope: nothing is comparable. Figures whose claim
 * was removed (`removed`) take no part.
 *
 * @example measureVerdict([{ id: 1, low: 9, high: 9, qualifier: 'exact', scope: 'day', scopeDate: null }, { id: 2, low: 21, high: null, qualifier: 'at_least', scope: 'day', scopeDate: null }]).verdict // 'conflicting'
 */
export function measureVerdict(all: VerdictFigure[]): VerdictResult {
  const figures = all.filter((f) => !f.removed);
  const disjointPairs: Array<[number, number]> = [];
  const differentScopePairs: Array<[number, number]> = [];
  let compared = 0;
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      const pair: [number, number] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      if (!sameScope(a, b)) {
        differentScopePairs.push(pair);
        continue;
      }
      compared++;
      if (!overlaps(intervalOf(a), intervalOf(b))) disjointPairs.push(pair);
    }
  }
  const byId = (x: [number, number], y: [number, number]) => x[0] - y[0] || x[1] - y[1];
  disjointPairs.sort(byId);
  differentScopePairs.sort(byId);
  let verdict: MeasureVerdict;
  if (compared === 0 && differentScopePairs.length > 0) verdict = 'different_scope';
  else if (disjointPairs.length === 0) verdict = 'consistent';
  else if (disjointPairs.length === compared) verdict = 'conflicting';
  else verdict = 'partial';
  return { verdict, disjointPairs, differentScopePairs };
}

export type Agreement = 'agrees' | 'disagrees' | 'no_estimate';

/**
 * Whether a figure's interval can be true given the accepted estimate.
 *
 * @example agreement({ low: 948000, high: 948000, qualifier: 'exact' }, { low: 900000, high: 1000000 }) // 'agrees'
 */
export function agreement(
  f: Pick<VerdictFigure, 'low' | 'high' | 'qualifier'>,
  accepted: { low: number | null; high: number | null },
): Agreement {
  if (accepted.low === null && accepted.high === null) return 'no_estimate';
  return overlaps(intervalOf(f), { low: accepted.low, high: accepted.high }) ? 'agrees' : 'disagrees';
}

export const VERDICT_LABEL: Record<MeasureVerdict, string> = {
  consistent: 'consistent',
  conflicting: 'conflicting',
  partial: 'overlapping in part',
  different_scope: 'different scope',
};
