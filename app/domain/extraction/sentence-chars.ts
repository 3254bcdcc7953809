/**
 * Character classes for the sentence scanner, on UTF-16 code units so the
 * hot loop never allocates. ASCII is answered by comparisons; the rest of
 * Unicode falls back to case mapping of one character, which is rare in
 * English text.
 */

/** Whitespace as String.prototype.trim sees it, so spans and trimming agree. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** 1 for an upper-case letter, -1 for lower case, 0 for anything else. */
export function letterCase(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return 1;
    if (c >= 97 && c <= 122) return -1;
    return 0;
  }
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return 0;
  return ch === upper ? 1 : -1;
}

/** Letters, digits and other word characters: anything that makes a segment worth emitting. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (letterCase(c) !== 0) return true;
  // Scripts without case: Hebrew to Tibetan and Myanmar, Ethiopic, CJK, Hangul.
  return (c >= 0x0590 && c <= 0x1fff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** Sentence-final punctuation: . ! ? … ‼ ⁇ ⁈ ⁉ and the full-width forms. */
export function isTerminal(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049) ||
    c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e
  );
}

/** Characters that may close a sentence after its final punctuation: quotes and brackets. */
export function isCloser(c: number): boolean {
  return (
    // “ closes German-style quotes („…“) and is often mistyped for ”.
    c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x2019 || c === 0x201d || c === 0x201c ||
    c === 0xbb || c === 0x203a || c === 42 || c === 95
  );
}

/** Characters that may open a sentence before its first word: quotes, brackets, bullets. */
export function isOpener(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 40 || c === 91 || c === 96 || c === 0x2018 || c === 0x201c ||
    c === 0xab || c === 0x2039 || c === 0xbf || c === 0xa1 || c === 42 || c === 95 || isBullet(c)
  );
}

/** List bullets that start an item wherever they stand ("• one • two"). */
export function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x2043 || c === 0x25aa || c === 0x25e6 || c === 0x25cf || c === 0x25cb ||
    c === 0x25a0 || c === 0x2023 || c === 0x2219 || c === 0x27a2;
}
