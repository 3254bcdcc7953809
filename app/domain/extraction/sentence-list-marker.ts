import { isDigit, isSpace } from './sentence-chars';

/** A list marker such as "1.", "b)", "a.)", "(iii)" at the start of a sentence. */
export interface ListMarker {
  /** Index just after the marker. */
  end: number;
  /** The marker the next item of the same list would carry ("2." after "1."). */
  next: string;
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanToInt(s: string): number {
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN_VALUES[s[k]];
    const nextV = k + 1 < s.length ? ROMAN_VALUES[s[k + 1]] : 0;
    total += v < nextV ? -v : v;
  }
  return total;
}

function intToRoman(n: number): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

function isRomanLetter(c: number): boolean {
  return c === 105 || c === 118 || c === 120 || c === 108 || c === 99; // i v x l c
}

/**
 * Reads a list marker at `i`: up to three digits, one letter or a lower-case
 * roman numeral, then ".", ")" or ".)", optionally inside "( )", followed by
 * whitespace. Returns null when there is none.
 *
 * @example readListMarker('b.) The second item', 0) // { end: 3, next: 'c.)' }
 */
export function readListMarker(body: string, i: number): ListMarker | null {
  const n = body.length;
  let k = i;
  const paren = body.charCodeAt(k) === 40;
  if (paren) k++;
  const labelStart = k;
  let kind: 'digit' | 'letter' | 'roman';
  if (isDigit(body.charCodeAt(k))) {
    while (k < n && k - labelStart < 4 && isDigit(body.charCodeAt(k))) k++;
    if (k - labelStart > 3) return null;
    kind = 'digit';
  } else {
    while (k < n && k - labelStart < 7 && isRomanLetter(body.charCodeAt(k))) k++;
    if (k - labelStart >= 2 || (k - labelStart === 1 && body.charCodeAt(labelStart) === 105)) {
      kind = 'roman';
    } else {
      k = labelStart;
      const c = body.charCodeAt(k);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
      k++;
      kind = 'letter';
    }
  }
  const label = body.slice(labelStart, k);
  let style: string;
  if (paren) {
    if (body.charCodeAt(k) !== 41) return null;
    style = ')';
  } else if (body.charCodeAt(k) === 46 && body.charCodeAt(k + 1) === 41) style = '.)';
  else if (body.charCodeAt(k) === 46) style = '.';
  else if (body.charCodeAt(k) === 41) style = ')';
  else return null;
  const end = k + style.length;
  if (end < n && !isSpace(body.charCodeAt(end))) return null;
  if (kind === 'roman' && romanToInt(label) === 0) return null;
  let nextLabel: string;
  if (kind === 'digit') nextLabel = String(Number(label) + 1);
  else if (kind === 'roman') nextLabel = intToRoman(romanToInt(label) + 1);
  else nextLabel = String.fromCharCode(label.charCodeAt(0) + 1);
  return { end, next: (paren ? '(' : '') + nextLabel + style };
}
