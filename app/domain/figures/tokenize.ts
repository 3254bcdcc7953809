/**
 * A small, linear tokenizer for figure reading. Hand-written character loop
 * rather than a regex with alternations so that cost stays one pass over the
 * text whatever the input (no backtracking).
 */

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
  /** For 'num': written with group separators ("948,000"). */
  grouped: boolean;
  /** For 'num': has a decimal part. */
  decimal: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}/u;
const isLetter = (ch: string, c: number) => isAsciiLetter(c) || (c > 127 && LETTER.test(ch));
// Narrow no-break and thin spaces group digits in many style guides ("1 234 567.89").
const isGroupSep = (c: number) => c === 44 || c === 0x202f || c === 0x2009 || c === 0xa0;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;

/**
 * Splits `body.slice(start, end)` into number, word and punctuation tokens.
 *
 * @example tokenize('More than 300 civilians', 0, 23).map((t) => t.text) // ['More', 'than', '300', 'civilians']
 */
export function tokenize(body: string, start = 0, end = body.length): Token[] {
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
    if (isDigit(c) || (c === 46 && i + 1 < end && isDigit(body.charCodeAt(i + 1)) && (i === start || !isDigit(body.charCodeAt(i - 1))))) {
      kind = 'num';
      let intLen = 0;
      while (i < end && isDigit(body.charCodeAt(i))) { i++; intLen++; }
      // Digit groups of exactly three ("948,000"); the first group has at most three digits.
      if (intLen > 0 && intLen <= 3) {
        while (
          i + 3 < end && isGroupSep(body.charCodeAt(i)) &&
          isDigit(body.charCodeAt(i + 1)) && isDigit(body.charCodeAt(i + 2)) && isDigit(body.charCodeAt(i + 3)) &&
          !(i + 4 < end && isDigit(body.charCodeAt(i + 4)))
        ) {
          i += 4;
          grouped = true;
        }
      }
      if (i + 1 < end && body.charCodeAt(i) === 46 && isDigit(body.charCodeAt(i + 1))) {
        i++;
        decimal = true;
        while (i < end && isDigit(body.charCodeAt(i))) i++;
      }
      // Scientific notation: "12.32e+14", "-127.32e13".
      if (i + 1 < end && (body[i] === 'e' || body[i] === 'E')) {
        let j = i + 1;
        if (body[j] === '+' || body[j] === '-') j++;
        if (j < end && isDigit(body.charCodeAt(j))) {
          let k = j;
          while (k < end && isDigit(body.charCodeAt(k))) k++;
          if (k >= end || !isAsciiLetter(body.charCodeAt(k))) i = k;
        }
      }
    } else if (isLetter(body[i], c)) {
      kind = 'word';
      while (i < end && isLetter(body[i], body.charCodeAt(i))) i++;
      // Keep "Assad's" / "o'clock" whole.
      while (i + 1 < end && (body[i] === "'" || body[i] === '’') && isLetter(body[i + 1], body.charCodeAt(i + 1))) {
        i++;
        while (i < end && isLetter(body[i], body.charCodeAt(i))) i++;
      }
    } else {
      kind = 'punct';
      i++;
    }
    const text = body.slice(from, i);
    let value = NaN;
    if (kind === 'num') {
      let clean = '';
      for (let k = 0; k < text.length; k++) {
        const cc = text.charCodeAt(k);
        if (!isGroupSep(cc)) clean += text[k];
      }
      value = Number(clean);
    }
    out.push({ s: from, e: i, kind, text, lower: kind === 'word' ? text.toLowerCase() : text, space, value, grouped, decimal });
    space = false;
  }
  return out;
}
