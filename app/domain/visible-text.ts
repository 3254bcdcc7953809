/**
 * Whether text shows anything to a reader: not only spaces, line breaks,
 * zero-width characters (U+200B, U+2060, U+FEFF) or other invisible format
 * characters, which String.prototype.trim keeps.
 *
 * @example hasVisibleText('\u200b\u200b') // false
 * @example hasVisibleText(' 12 killed ') // true
 */
export function hasVisibleText(text: string): boolean {
  return text.replace(/[\s\p{Cf}\p{Cc}]/gu, '') !== '';
}
