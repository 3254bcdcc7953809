/**
 * Writing systems, counted letter by letter. Language detection uses them to
 * keep a guess plausible (a text in Arabic script is never read as English)
 * and to notice a paragraph in another script inside an article.
 */
export type Script = 'latin' | 'arabic' | 'cyrillic' | 'greek' | 'hebrew' | 'other';

export type ScriptCounts = Record<Script, number>;

/**
 * The script of one UTF-16 code unit when it is a letter, else null (digits,
 * punctuation, spaces, combining marks such as Arabic short vowels). A
 * surrogate pair counts once, on its high half, as "other".
 *
 * @example scriptOf('ن'.charCodeAt(0)) === 'arabic'
 */
export function scriptOf(c: number): Script | null {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'latin' : null;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 'latin';
  if (c >= 0x600 && c <= 0x6ff) return isArabicLetter(c) ? 'arabic' : null;
  if ((c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    return 'arabic';
  }
  if (c >= 0x400 && c <= 0x52f) return c < 0x483 || c > 0x489 ? 'cyrillic' : null;
  if (c >= 0x370 && c <= 0x3ff) return c >= 0x37e ? 'greek' : null;
  if (c >= 0x5d0 && c <= 0x5f2) return 'hebrew';
  return isOtherLetter(c) ? 'other' : null;
}

/** Combining marks that sit inside words: Latin accents, Arabic short vowels and shadda, Cyrillic titlo. */
export function isCombiningMark(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed) || (c >= 0x483 && c <= 0x489);
}

/** Letters of each script in text[start, end). */
export function scriptCounts(text: string, start = 0, end = text.length): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, arabic: 0, cyrillic: 0, greek: 0, hebrew: 0, other: 0 };
  for (let i = start; i < end; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s) counts[s]++;
  }
  return counts;
}

// Arabic block: letters 0620–064A, 066E–06D3, 06D5, 06EE–06EF, 06FA–06FF (not the digits 0660–0669, 06F0–06F9).
function isArabicLetter(c: number): boolean {
  return (c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || c === 0x6d5 || (c >= 0x6fa && c <= 0x6ff) || c === 0x6ee || c === 0x6ef;
}

// Letters of scripts we only need to tell apart from the ones above (CJK, Indic, Thai, Armenian, Georgian…).
function isOtherLetter(c: number): boolean {
  if (c < 0x530) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe00 && c <= 0xfe6f) return false; // variation selectors, small forms
  if (c >= 0xff00 && c <= 0xff20) return false; // full-width punctuation and digits
  if (c >= 0xd800 && c <= 0xdfff) return c <= 0xdbff && (c < 0xd83c || c > 0xd83e); // a pair once; not emoji
  return true;
}

/** The script with the most letters, or null when there are no letters. */
export function dominantScript(counts: ScriptCounts): Script | null {
  let best: Script | null = null;
  let n = 0;
  for (const s of Object.keys(counts) as Script[]) {
    if (counts[s] > n) {
      best = s;
      n = counts[s];
    }
  }
  return best;
}

/** All letters counted. */
export function letterCount(counts: ScriptCounts): number {
  return counts.latin + counts.arabic + counts.cyrillic + counts.greek + counts.hebrew + counts.other;
}

// Languages the detector knows that are not written in Latin script (ISO 639-1 or tinyld's own codes).
const NON_LATIN: Record<string, Script> = {
  ar: 'arabic', fa: 'arabic', ur: 'arabic',
  ru: 'cyrillic', uk: 'cyrillic', be: 'cyrillic', bg: 'cyrillic', mk: 'cyrillic', sr: 'cyrillic', kk: 'cyrillic', tt: 'cyrillic', mn: 'cyrillic',
  el: 'greek', he: 'hebrew', yi: 'hebrew',
  am: 'other', ja: 'other', zh: 'other', ko: 'other', my: 'other', th: 'other', km: 'other', bn: 'other', ta: 'other',
  hi: 'other', gu: 'other', kn: 'other', te: 'other', hy: 'other',
};

/**
 * The script a language is written in; Latin for every language not listed
 * (Serbian is taken as Cyrillic, its official script).
 */
export function languageScript(language: string): Script {
  return NON_LATIN[language.split('-')[0].toLowerCase()] ?? 'latin';
}
