/**
 * Turns what a person typed into a safe FTS5 MATCH expression: every word is
 * quoted (so `"`, `-`, `AND` or `*` in the input cannot break the syntax) and
 * all words must match; a trailing `*` keeps prefix search.
 *
 * @example toFtsQuery('displaced 948,000') === '"displaced" "948" "000"'
 */
export function toFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+\*?/gu) ?? [];
  const terms = words.slice(0, 20).map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`));
  return terms.length ? terms.join(' ') : null;
}
