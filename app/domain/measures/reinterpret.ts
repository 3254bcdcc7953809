/**
 * Reads a stored figure again under other conventions (a vague "hundreds"
 * becomes 100 under ACLED's), from the sentence it came from so that the
 * words around it still count.
 */
import { findFigures } from '../figures/find-figures';
import { ACLED_CONVENTIONS, DEFAULT_CONVENTIONS, type Conventions } from '../figures/conventions';

export const CONVENTIONS_SETTING = 'figure_conventions';

export const CONVENTION_CHOICES: Array<{ name: string; label: string; conventions: Conventions }> = [
  { name: DEFAULT_CONVENTIONS.name, label: 'Default ranges ("dozens" = 24–99, "hundreds" = 200–999)', conventions: DEFAULT_CONVENTIONS },
  { name: ACLED_CONVENTIONS.name, label: 'ACLED-style conservative single values ("dozens" = 12, "hundreds" = 100)', conventions: ACLED_CONVENTIONS },
];

/** Conventions by stored name; anything unknown (or unset) is the default. */
export function conventionsNamed(name: string | undefined | null): Conventions {
  return CONVENTION_CHOICES.find((c) => c.name === name)?.conventions ?? DEFAULT_CONVENTIONS;
}

export interface Reading {
  low: number | null;
  high: number | null;
  rule: string;
}

/**
 * The figure's bounds under `conventions`, or null when the words no longer
 * read as that figure.
 *
 * @example reinterpret({ text: 'hundreds', context: 'Russian strikes killed hundreds.', offset: 23 }, ACLED_CONVENTIONS) // { low: 100, high: 100, rule: '"hundreds" → 100 (acled conventions)' }
 */
export function reinterpret(
  f: { text: string; context: string | null; offset: number | null },
  conventions: Conventions,
): Reading | null {
  const body = f.context ?? f.text;
  const found = findFigures(body, [{ start: 0, end: body.length }], { conventions });
  const same = found.filter((x) => x.text === f.text);
  if (same.length === 0) return null;
  const best =
    f.offset === null
      ? same[0]
      : same.reduce((a, b) => (Math.abs(b.start - f.offset!) < Math.abs(a.start - f.offset!) ? b : a));
  return { low: best.low, high: best.high, rule: best.rule };
}
