import { isSpace, letterCase } from './sentence-chars';

const LF = 10;
const MAX_SPAN = 3000;

function isQuoteBoundaryBefore(body: string, i: number): boolean {
  if (i === 0) return true;
  const c = body.charCodeAt(i - 1);
  return isSpace(c) || c === 40 || c === 91 || c === 45 || c === 0x2014 || c === 58 || c === 0x201c || c === 34;
}

/**
 * Pairs opening and closing quotation marks on the same line: “…”, "…",
 * ‘…’, '…' and `…'. Apostrophes inside words ("they'll") are not quotes; a
 * single quote opens only after a space or bracket and before a letter.
 *
 * @example findQuotes('He said "Go. Now." Then') // Map { 8 => 17 }
 */
export function findQuotes(body: string): Map<number, number> {
  const pairs = new Map<number, number>();
  let openDouble = -1; // straight or curly double quote
  let openSingle = -1;
  // Jump between quote marks and line ends; a one-class regex cannot backtrack.
  const interesting = /["'`\u2018\u2019\u201c\u201d\n]/g;
  for (let m = interesting.exec(body); m !== null; m = interesting.exec(body)) {
    const i = m.index;
    const c = body.charCodeAt(i);
    if (c === LF) {
      openDouble = -1;
      openSingle = -1;
    } else if (c === 0x201c) {
      openDouble = i;
      openSingle = -1;
    } else if (c === 0x201d) {
      if (openDouble >= 0 && i - openDouble <= MAX_SPAN) pairs.set(openDouble, i);
      openDouble = -1;
    } else if (c === 34) {
      if (openDouble < 0) {
        if (!isSpace(body.charCodeAt(i + 1))) openDouble = i;
      } else {
        if (i - openDouble <= MAX_SPAN) pairs.set(openDouble, i);
        openDouble = -1;
        openSingle = -1;
      }
    } else if (c === 0x2018 || c === 96 || c === 39 || c === 0x2019) {
      const prevLetter = i > 0 && letterCase(body.charCodeAt(i - 1)) !== 0;
      const nextLetter = letterCase(body.charCodeAt(i + 1)) !== 0;
      if (prevLetter && nextLetter) continue; // apostrophe: they'll, rock’n’roll
      if (openSingle < 0) {
        if ((c === 0x2018 || c === 96 || isQuoteBoundaryBefore(body, i)) && nextLetter && c !== 0x2019) openSingle = i;
      } else if (c !== 0x2018 && c !== 96 && !isSpace(body.charCodeAt(i - 1)) && !nextLetter) {
        if (i - openSingle <= MAX_SPAN) pairs.set(openSingle, i);
        openSingle = -1;
      }
    }
  }
  return pairs;
}
