/**
 * PostgreSQL's ts_headline parses and stems every word of the text it is
 * given, and only the words whose lexeme is in the query get marked. An
 * article's search body is thousands of words; the words that can match
 * are few. This keeps only the pieces of the text that can hold a match,
 * so that ts_headline marks the same words in far less text (ADR 037).
 */

/**
 * The lexemes of a tsquery as PostgreSQL prints it (`'displac' & 'peopl'`,
 * `'displ':*`): each quoted operand, its doubled quotes undone.
 * @example tsqueryLexemes("'displac' & 'peopl':*") // ['displac', 'peopl']
 */
export function tsqueryLexemes(printed: string): string[] {
  return [...printed.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));
}

/**
 * The whitespace-separated pieces of `text` (a search text: folded, lower
 * case) that hold the first character of some lexeme, in order, joined by
 * single spaces: every piece ts_headline could mark for those lexemes.
 * Why nothing it would mark is dropped: PostgreSQL's parser never reads a
 * word across white space except inside an HTML tag (so a text holding
 * `<` is given whole), and a lexeme begins with its word's first character
 * (the Snowball English stemmer and the `simple` dictionary change a word's
 * end and its case, never its first letter); a piece without that character
 * holds no word whose lexeme begins with it. No lexeme: the empty text
 * (nothing can be marked).
 */
export function headlineText(text: string, lexemes: readonly string[]): string {
  if (text.includes('<')) return text;
  const firsts = [...new Set(lexemes.map((l) => String.fromCodePoint(l.codePointAt(0) ?? 32)).filter((c) => c.trim()))];
  if (firsts.length === 0) return '';
  const kept: string[] = [];
  for (const piece of text.split(/\s+/)) {
    if (!piece) continue;
    const lower = piece.toLowerCase();
    if (firsts.some((c) => lower.includes(c))) kept.push(piece);
  }
  return kept.join(' ');
}
