/**
 * A small, linear tokenizer for figure reading. Hand-written character loop
 * rather than a regex with alternations so that cost stays one pass over the
 * text whatever the input (no backtracking).
 */

import { ENGLISH_NUMBERS } from './lexicons/en';
import { digitValue, isDecimalCode, isDigitCode, isGroupCode, numberValue, type NumberFormat } from './number-format';

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  /** Offsets into the body (JS string indices, end exclusive). */
  s: number;
  e: number;
  kind: TokenKind;
  text: string;
  lower: string;
  /** Whitespace precedes this token (or it starts the span). */
  space: boolean;
  /** For 'num': the value; NaN otherwise. */
  value: number;
  /** For 'num': written with group separators ("948,000", "1.500" in Spanish). */
  grouped: boolean;
  /** For 'num': has a decimal part. */
  decimal: boolean;
  /** For 'num': is or ends with a vulgar fraction character ("⅔", "1½"). */
  vulgar: boolean;
}

/**
 * The value of a vulgar fraction character (½ ⅔ ¾ ⅛ …, Unicode category No
 * with a compatibility decomposition "1⁄2"), or NaN for any other character.
 */
export function vulgarFractionValue(c: number): number {
  if (!(c >= 0xbc && c <= 0xbe) && !(c >= 0x2150 && c <= 0x215e)) return NaN;
  const [num, den] = String.fromCharCode(c).normalize('NFKD').split('\u2044');
  return den ? Number(num) / Number(den) : NaN;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}|\p{M}/u;
/** body[i] (code unit c) is a letter or a mark; the one-character string is made only outside ASCII. */
const isLetterAt = (body: string, i: number, c: number) => isAsciiLetter(c) || (c > 127 && LETTER.test(body[i]));
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;

/** Digits at i: how many (0 when none). */
function digitRun(body: string, i: number, end: number): number {
  let k = i;
  while (k < end && isDigitCode(body.charCodeAt(k))) k++;
  return k - i;
}

/**
 * End of the digit groups after a first group of intLen digits ending at i:
 * "948,000", "1.500" (Spanish), "3 114" (French), "12,34,567" (lakh).
 * Returns i when no group follows.
 */
function groupsEnd(body: string, i: number, end: number, intLen: number, f: NumberFormat): number {
  if (intLen < 1 || intLen > 3) return i;
  let k = i;
  let sep = -1;
  // The groups read so far are all threes / all twos; `best` ends the longest valid run of them,
  // all threes or (lakh) twos then a final three: what trimming invalid groups off the end leaves.
  let threes = true;
  let twos = true;
  let best = i;
  while (k + 1 < end && isGroupCode(f, body.charCodeAt(k))) {
    const c = body.charCodeAt(k);
    // One separator for the whole number: "1,500.000" is not "1,500,000".
    if (sep >= 0 && c !== sep) break;
    const n = digitRun(body, k + 1, end);
    if (n !== 3 && !(n === 2 && f.lakhGroups && c !== 32)) break;
    // A plain space joins only groups of three followed by a non-digit ("3 114 ressortissants").
    sep = c;
    k += 1 + n;
    if (n === 3 && (threes || (twos && intLen <= 2))) best = k;
    threes &&= n === 3;
    twos &&= n === 2;
  }
  // "2,100" followed by a decimal mark that is also a group mark stays whole; a space group must not run into digits.
  return best;
}

/**
 * numberValue of body[from, to), a run of digits and group marks only (no
 * decimal part, no exponent), summed as it is read: exact, since up to 15
 * digits stay below 2^53. Longer runs and a group mark that is also the
 * format's decimal mark go through numberValue.
 */
function integerValue(body: string, from: number, to: number, f: NumberFormat): number {
  let v = 0;
  let digits = 0;
  for (let k = from; k < to; k++) {
    const c = body.charCodeAt(k);
    const d = c >= 48 && c <= 57 ? c - 48 : digitValue(c);
    if (d >= 0) {
      v = v * 10 + d;
      digits++;
    } else if (isDecimalCode(f, c)) return numberValue(body.slice(from, to), f);
  }
  return digits <= 15 ? v : numberValue(body.slice(from, to), f);
}

/**
 * Splits `body.slice(start, end)` into number, word and punctuation tokens,
 * reading digit groups and decimals under the language's number format.
 *
 * @example tokenize('More than 300 civilians', 0, 23).map((t) => t.text) // ['More', 'than', '300', 'civilians']
 */
export function tokenize(body: string, start = 0, end = body.length, format: NumberFormat = ENGLISH_NUMBERS): Token[] {
  const out: Token[] = [];
  let i = start;
  let space = true;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const from = i;
    let kind: TokenKind;
    let grouped = false;
    let decimal = false;
    let exponent = false;
    /** The vulgar fraction read ("½" → 0.5), or 0. */
    let vulgar = 0;
    /** A word of lower-case ASCII letters and apostrophes is its own lower case. */
    let lowerAlready = true;
    const startsNumber = isDigitCode(c) ||
      (c === 46 && i + 1 < end && isDigitCode(body.charCodeAt(i + 1)) && (i === start || !isDigitCode(body.charCodeAt(i - 1))) && isDecimalCode(format, 46));
    if (startsNumber) {
      kind = 'num';
      const intLen = digitRun(body, i, end);
      i += intLen;
      const g = groupsEnd(body, i, end, intLen, format);
      if (g > i) { grouped = true; i = g; }
      if (i + 1 < end && isDecimalCode(format, body.charCodeAt(i)) && isDigitCode(body.charCodeAt(i + 1))) {
        i++;
        decimal = true;
        i += digitRun(body, i, end);
      }
      // A vulgar fraction glued to the whole number: "1½ million".
      if (!decimal && !grouped && i < end && !Number.isNaN(vulgarFractionValue(body.charCodeAt(i)))) {
        vulgar = vulgarFractionValue(body.charCodeAt(i));
        i++;
      }
      // Scientific notation: "4.51e+8", "-3.2e7".
      if (!vulgar && i + 1 < end && (body[i] === 'e' || body[i] === 'E')) {
        let j = i + 1;
        if (body[j] === '+' || body[j] === '-') j++;
        if (j < end && isDigitCode(body.charCodeAt(j))) {
          let k = j;
          while (k < end && isDigitCode(body.charCodeAt(k))) k++;
          if (k >= end || !isAsciiLetter(body.charCodeAt(k))) {
            i = k;
            exponent = true;
          }
        }
      }
    } else if (!Number.isNaN(vulgarFractionValue(c))) {
      kind = 'num';
      vulgar = vulgarFractionValue(c);
      i++;
    } else if (isLetterAt(body, i, c)) {
      kind = 'word';
      for (let d = body.charCodeAt(i); i < end && isLetterAt(body, i, d); d = body.charCodeAt(++i)) if (d < 97 || d > 122) lowerAlready = false;
      // Keep "Assad's" / "o'clock" whole.
      while (i + 1 < end && (body.charCodeAt(i) === 39 || body.charCodeAt(i) === 0x2019) && isLetterAt(body, i + 1, body.charCodeAt(i + 1))) {
        if (body.charCodeAt(i) !== 39) lowerAlready = false;
        i++;
        for (let d = body.charCodeAt(i); i < end && isLetterAt(body, i, d); d = body.charCodeAt(++i)) if (d < 97 || d > 122) lowerAlready = false;
      }
    } else {
      kind = 'punct';
      i++;
    }
    const text = body.slice(from, i);
    const value = kind !== 'num' ? NaN
      : vulgar ? (i - from > 1 ? integerValue(body, from, i - 1, format) : 0) + vulgar
      : decimal || exponent ? numberValue(text, format) : integerValue(body, from, i, format);
    out.push({
      s: from, e: i, kind, text, lower: kind === 'word' && !lowerAlready ? lowerWord(text) : text, space, value, grouped,
      decimal: decimal || vulgar > 0, vulgar: vulgar > 0,
    });
    space = false;
  }
  return out;
}

/** Lower case of a word; Turkish capital İ lowers to i, not to i and a combining dot ("İki" → "iki"). */
function lowerWord(text: string): string {
  const l = text.toLowerCase();
  return l.includes('\u0307') ? l.replace(/i\u0307/g, 'i') : l;
}
