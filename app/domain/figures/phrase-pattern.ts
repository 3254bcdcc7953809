/**
 * Word lists of a lexicon as regex source, compiled once per lexicon by the
 * rules that read them (denial.ts, increment.ts, settlement.ts, and the
 * attribution readers): the matching code holds no words of any language.
 */

/** Not a letter or digit of any script: a word edge that works for "é", "ı" and Arabic. */
export const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
export const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * An alternation of phrases, longest first: a space matches any run of
 * spaces, an apostrophe either apostrophe ("l'", "qu’"), ", " a comma and
 * optional spaces; no phrases match nothing. Needs the `u` flag when used
 * with the edges above.
 *
 * @example phraseAlternation(['a further', 'another']) // '(?:a\\s+further|another)'
 */
export function phraseAlternation(phrases: Iterable<string>): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return '(?!)';
  const escaped = sorted.map((p) =>
    p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/, /g, ',\\s*').replace(/ /g, '\\s+').replace(/['’]/g, "['’]"));
  return `(?:${escaped.join('|')})`;
}
