import { searchQueryText } from './normalise';

/**
 * Turns what a person typed into a safe FTS5 MATCH expression over the
 * normalised search text: the input is normalised as the index is
 * (searchQueryText: digits, grouped numbers as bare digits, Arabic marks,
 * accents, case), every word is quoted (so `"`, `-`, `AND` or `*` in the
 * input cannot break the syntax) and all words must match; a trailing `*`
 * keeps prefix search. At most 20 words; null when there is none.
 *
 * @example toFtsQuery('displaced 948,000') === '"displaced" "948000"'
 * @example toFtsQuery('نازحٌ ٩٤٨') === '"نازح" "948"'
 */
export function toFtsQuery(input: string): string | null {
  const words = searchQueryText(input).match(/[\p{L}\p{M}\p{N}]+\*?/gu) ?? [];
  const terms = words.slice(0, 20).map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`));
  return terms.length ? terms.join(' ') : null;
}
