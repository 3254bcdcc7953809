/**
 * Place and time words of a text: capitalised words that are not the
 * first word of a sentence or common capitalised function words, plus
 * month names. Two figures "talk about the same place and time" when
 * their texts share one (Idlib, Saraqeb, December).
 */
const IGNORE = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'and', 'but', 'he', 'she', 'they', 'it', 'we', 'i', 'this', 'that', 'these',
  'those', 'more', 'nearly', 'some', 'about', 'at', 'least', 'over', 'up', 'u', 'n', 'un', 'mr', 'ms', 'mrs', 'dr',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'according', 'since', 'after', 'before',
  'people', 'civilians', 'nine', 'ten', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'hundreds', 'thousands',
  'dozens', 'several', 'many', 'as', 'if', 'while', 'when', 'with', 'without', 'for', 'from', 'by', 'to', 'is', 'was',
  'were', 'are', 'reuters', 'ap', 'afp', 'said', 'says', 'there', 'their', 'its', 'his', 'her', 'our', 'nations', 'united',
  'syrians', 'turkish', 'russian', 'syrian', 'observatory', 'human', 'rights', 'for', 'office', 'coordination',
]);
const MONTHS = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

/**
 * @example placeWords('Nearly a million people have fled Idlib since December.') // Set { 'idlib', 'december' }
 */
export function placeWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(^|[.!?]\s+|\s|["'(“‘-])([A-Z][\p{L}'’-]+)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sentenceStart = m.index === 0 || /[.!?]\s+$/.test(m[1]);
    const w = m[2].replace(/['’]s$/, '').toLowerCase();
    if (w.length < 3 || IGNORE.has(w)) continue;
    // A sentence's first word is capitalised anyway.
    if (sentenceStart) continue;
    out.add(w);
  }
  for (const m of text.matchAll(MONTHS)) out.add(m[1].toLowerCase());
  return out;
}

/** Words two sets share, in order of the first. */
export function sharedWords(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((w) => b.has(w));
}
