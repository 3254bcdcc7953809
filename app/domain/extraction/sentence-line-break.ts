import { isBullet, isCloser, isOpener, isSpace, isTerminal, letterCase } from './sentence-chars';
import { readListMarker } from './sentence-list-marker';
import type { SentenceLexicon } from './language/types';


function startsItem(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (isBullet(c)) return true;
  if ((c === 45 || c === 42 || c === 0x2013) && isSpace(body.charCodeAt(i + 1))) return true; // "- item", "* item"
  return readListMarker(body, i) !== null;
}

/**
 * Decides whether a single line break with no final punctuation before it
 * ends a sentence: yes around list items and after heading-like lines, no
 * when the line visibly runs on ("…initiating\na shot.").
 *
 * @example lineBreakEndsSentence('features\ncontact manager', 0, 8, 9, ENGLISH.sentences.words) // true
 */
export function lineBreakEndsSentence(
  body: string,
  lineStart: number,
  lineEnd: number,
  nextStart: number,
  lex: SentenceLexicon,
): boolean {
  let ls = lineStart;
  while (ls < lineEnd && isSpace(body.charCodeAt(ls))) ls++;
  let e = lineEnd;
  while (e > ls && isSpace(body.charCodeAt(e - 1))) e--;
  if (e === ls) return false;
  if (startsItem(body, nextStart) || startsItem(body, ls)) return true;
  let t = e;
  while (t > ls && isCloser(body.charCodeAt(t - 1))) t--;
  if (t > ls && isTerminal(body.charCodeAt(t - 1))) return false; // already judged as punctuation
  const last = body.charCodeAt(e - 1);
  if ((last === 44 || last === 58) && greetingLine(body.slice(ls, e - 1), lex)) return true; // "Dear Omar," "Thanks,"
  if (last === 44 || last === 59 || last === 45 || last === 0x2013 || last === 0x2014 || last === 38 || last === 47 || last === 40) {
    return false; // , ; - – — & / (
  }
  let q = nextStart;
  while (q < body.length && isOpener(body.charCodeAt(q))) q++;
  const nextCase = letterCase(body.charCodeAt(q));
  // Count words of the line, up to four.
  let words = 0;
  let inWord = false;
  for (let k = ls; k < e && words < 4; k++) {
    const sp = isSpace(body.charCodeAt(k));
    if (!sp && !inWord) words++;
    inWord = !sp;
  }
  if (nextCase === -1) return words <= 3;
  let w = e;
  while (w > ls && !isSpace(body.charCodeAt(w - 1))) w--;
  return !lex.nonFinal.has(body.slice(w, e).toLowerCase());
}

/** A line that is only a greeting or sign-off before its comma: "Dear Ms Ortiz", "Best regards", "Omar". */
function greetingLine(line: string, lex: SentenceLexicon): boolean {
  const lower = line.toLowerCase();
  if (lex.signOffs.has(lower)) return true;
  const words = line.split(/\s+/);
  if (words.length <= 4 && lex.greetings.has(words[0].toLowerCase())) return true;
  return words.length <= 2 && !lex.starters.has(words[0].toLowerCase()) && words.every((w) => w.length > 1 && letterCase(w.charCodeAt(0)) === 1);
}
