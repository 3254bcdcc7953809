/**
 * How words become intervals. The default table is the one in
 * docs/extraction.md; editors may switch to another (for example
 * ACLED's conservative single values), so every figure names the rule used.
 */

export type VagueKey =
  | 'a few'
  | 'several'
  | 'dozens'
  | 'scores'
  | 'hundreds'
  | 'thousands'
  | 'tens of thousands'
  | 'hundreds of thousands'
  | 'millions'
  | 'tens of millions'
  | 'hundreds of millions'
  | 'billions'
  | 'many';

export interface VagueRule {
  low: number | null;
  high: number | null;
}

export interface Conventions {
  name: string;
  vague: Record<VagueKey, VagueRule>;
  /** "nearly N" → [nearlyLow·N, N]. */
  nearlyLow: number;
  /** "about N" → [approxLow·N, approxHigh·N]. */
  approxLow: number;
  approxHigh: number;
}

/** The default conventions (extraction.md, "Turning words into numbers"). */
export const DEFAULT_CONVENTIONS: Conventions = {
  name: 'default',
  vague: {
    'a few': { low: 2, high: 5 },
    several: { low: 3, high: 9 },
    dozens: { low: 24, high: 99 },
    scores: { low: 40, high: 99 },
    hundreds: { low: 200, high: 999 },
    thousands: { low: 2000, high: 9999 },
    'tens of thousands': { low: 20000, high: 99999 },
    'hundreds of thousands': { low: 200000, high: 999999 },
    millions: { low: 2000000, high: 9999999 },
    // Not in the table; the same pattern (2·unit up to the next order of magnitude).
    'tens of millions': { low: 20000000, high: 99999999 },
    'hundreds of millions': { low: 200000000, high: 999999999 },
    billions: { low: 2000000000, high: 9999999999 },
    many: { low: null, high: null },
  },
  nearlyLow: 0.9,
  approxLow: 0.9,
  approxHigh: 1.1,
};

/**
 * ACLED-style conservative single values: a vague plural counts as its
 * smallest sensible reading ("dozens" = 12, "hundreds" = 100).
 */
export const ACLED_CONVENTIONS: Conventions = {
  name: 'acled',
  vague: {
    'a few': { low: 3, high: 3 },
    several: { low: 3, high: 3 },
    dozens: { low: 12, high: 12 },
    scores: { low: 20, high: 20 },
    hundreds: { low: 100, high: 100 },
    thousands: { low: 1000, high: 1000 },
    'tens of thousands': { low: 10000, high: 10000 },
    'hundreds of thousands': { low: 100000, high: 100000 },
    millions: { low: 1000000, high: 1000000 },
    'tens of millions': { low: 10000000, high: 10000000 },
    'hundreds of millions': { low: 100000000, high: 100000000 },
    billions: { low: 1000000000, high: 1000000000 },
    many: { low: null, high: null },
  },
  nearlyLow: 0.9,
  approxLow: 0.9,
  approxHigh: 1.1,
};

/**
 * Human-readable rule for a vague key under a convention.
 *
 * @example vagueRuleText(DEFAULT_CONVENTIONS, 'dozens') // '"dozens" → [24, 99]'
 */
export function vagueRuleText(conv: Conventions, key: VagueKey, label: string = key): string {
  const r = conv.vague[key];
  const b = (x: number | null) => (x === null ? '∞' : String(x));
  const tag = conventionTag(conv);
  if (r.low === null && r.high === null) return `"${label}" → unbounded${tag}`;
  if (r.low === r.high) return `"${label}" → ${b(r.low)}${tag}`;
  return `"${label}" → [${r.low === null ? '−∞' : r.low}, ${b(r.high)}]${tag}`;
}

/** Suffix naming a non-default convention in rule strings. */
export function conventionTag(conv: Conventions): string {
  return conv.name === DEFAULT_CONVENTIONS.name ? '' : ` (${conv.name} conventions)`;
}
