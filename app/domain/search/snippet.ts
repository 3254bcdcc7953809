import { GROUP_SEPARATORS, foldText } from './normalise';

/** Match markers in snippets: control characters that cannot occur in stored text (the UI renders them as <mark>). */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

// A unit of original text: digits joined by group separators in any script
// ("٩٤٨٬٠٠٠", "948 000"; searchText tells which of its words it indexes) or
// a word with its combining marks (Arabic harakat included).
const UNIT = new RegExp(`\\p{Nd}+(?:[${GROUP_SEPARATORS}]\\p{Nd}+)*|[\\p{L}\\p{M}\\p{N}]+`, 'gu');
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII_WORD = /^[A-Za-z]+$/;
const MARKED = new RegExp(`${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, 'g');

/** Longest original text a snippet is looked for in (characters); a match further into a long article body is not shown. */
export const SNIPPET_SCAN_LIMIT = 200_000;

/** The words a unit may be indexed under: a word folded; a number's digit groups and their bare digits. */
function unitKeys(unit: string): string[] {
  const folded = foldText(unit);
  if (!/^\d/.test(folded)) return folded.match(WORD) ?? [];
  const parts = folded.match(/\d+/g) ?? [];
  return parts.length > 1 ? [...parts, parts.join('')] : parts;
}

/**
 * The words the search engine marked in a highlighted search text (FTS5
 * `highlight()` or PostgreSQL `ts_headline` over `search_text`, with
 * MARK_OPEN/MARK_CLOSE): the normalised forms that matched the query,
 * stems and prefixes resolved by the engine itself.
 */
export function markedWords(highlighted: string): Set<string> {
  const words = new Set<string>();
  for (const m of highlighted.matchAll(MARKED)) for (const w of m[1].match(WORD) ?? []) words.add(w);
  return words;
}

/**
 * A snippet of the ORIGINAL text (what the checker wrote, with its digits,
 * diacritics and separators) of about `maxWords` words around the most
 * matches, every word whose normalised form is in `matched` wrapped in
 * MARK_OPEN … MARK_CLOSE, and "…" where text was cut. A grouped number
 * ("948,000") is one unit, marked when it or its bare digits matched.
 * Without any match: the text's first `maxWords` words.
 */
export function snippetOf(original: string, matched: ReadonlySet<string>, maxWords = 24): string {
  const text = original.length > SNIPPET_SCAN_LIMIT ? original.slice(0, SNIPPET_SCAN_LIMIT) : original;
  const units: Array<{ start: number; end: number; hit: boolean }> = [];
  const seen = new Map<string, boolean>();
  for (const m of text.matchAll(UNIT)) {
    let hit = seen.get(m[0]);
    if (hit === undefined) {
      const keys = ASCII_WORD.test(m[0]) ? [m[0].toLowerCase()] : unitKeys(m[0]);
      hit = keys.some((k) => matched.has(k));
      seen.set(m[0], hit);
    }
    units.push({ start: m.index, end: m.index + m[0].length, hit });
  }
  if (units.length === 0) return text.slice(0, 200);
  const hits = units.flatMap((u, i) => (u.hit ? [i] : []));
  // The window (starting a few words before a match) holding the most matches; the earliest on a tie.
  let from = 0;
  let best = -1;
  for (let k = 0, first = 0, last = 0; k < hits.length; k++) {
    // Both ends only move forward: hits are in order, so is each window's start.
    const start = Math.max(0, Math.min(hits[k] - 4, units.length - maxWords));
    while (hits[first] < start) first++;
    while (last < hits.length && hits[last] < start + maxWords) last++;
    if (last - first > best) [best, from] = [last - first, start];
  }
  const to = Math.min(units.length, from + maxWords);
  let out = from > 0 ? '…' : '';
  let at = units[from].start;
  for (let i = from; i < to; i++) {
    const u = units[i];
    out += text.slice(at, u.start);
    out += u.hit ? MARK_OPEN + text.slice(u.start, u.end) + MARK_CLOSE : text.slice(u.start, u.end);
    at = u.end;
  }
  return to < units.length || text.length < original.length ? `${out}…` : out + text.slice(at).replace(/\s+$/, '');
}
