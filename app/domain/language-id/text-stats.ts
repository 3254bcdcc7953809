/**
 * One pass over a text that counts what language detection needs: letters
 * per script, words, and common words per language.
 */
import { COMMON_LANGUAGES, languageIdsOfAsciiKey, languageIdsOfWord, LONGEST_ASCII_COMMON_WORD, LONGEST_COMMON_WORD } from './common-words';
import { isCombiningMark, scriptOf, type ScriptCounts } from './scripts';

export interface TextStats {
  scripts: ScriptCounts;
  words: number;
  /** language → how many of the words are its common words */
  common: Map<string, number>;
}

/** Counts for text[start, end). Linear; lower-cases only words short enough to be common words. */
export function textStats(text: string, start = 0, end = text.length): TextStats {
  // Common words per language (by position in COMMON_LANGUAGES), and the order languages were first met,
  // which is the order of the `common` map (topCommon breaks ties by it).
  const counts = COMMON_LANGUAGES.map(() => 0);
  const met: number[] = [];
  let latin = 0;
  let arabic = 0;
  let cyrillic = 0;
  let greek = 0;
  let hebrew = 0;
  let other = 0;
  let words = 0;
  let wordStart = -1;
  // While a word is all ASCII letters, its common-word key (languageIdsOfAsciiKey), built as it is read.
  let asciiKey = 0;
  let ascii = true;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    // ASCII letters first, and on their own path: most text of most articles
    const lowerAscii = c >= 0x61 && c <= 0x7a ? c : c >= 0x41 && c <= 0x5a ? c + 32 : 0;
    if (lowerAscii) {
      if (wordStart < 0) {
        wordStart = i;
        asciiKey = 0;
        ascii = true;
      }
      // The rest of this run of ASCII letters in one tight loop; the character after it is read as usual.
      let k = i;
      let lower = lowerAscii;
      for (;;) {
        if (k - wordStart < LONGEST_COMMON_WORD) asciiKey = asciiKey * 27 + (lower - 96);
        k++;
        if (k >= end) break;
        const d = text.charCodeAt(k);
        lower = d >= 0x61 && d <= 0x7a ? d : d >= 0x41 && d <= 0x5a ? d + 32 : 0;
        if (!lower) break;
      }
      latin += k - i;
      i = k - 1;
      continue;
    }
    const script = c < 0x80 ? null : scriptOf(c);
    if (script !== null) {
      if (script === 'latin') latin++;
      else if (script === 'arabic') arabic++;
      else if (script === 'cyrillic') cyrillic++;
      else if (script === 'greek') greek++;
      else if (script === 'hebrew') hebrew++;
      else other++;
    }
    if (script !== null || (c >= 0x300 && isCombiningMark(c))) {
      if (wordStart < 0) {
        wordStart = i;
        asciiKey = 0;
      }
      ascii = false;
    } else if (wordStart >= 0) {
      words++;
      if (ascii ? i - wordStart <= LONGEST_ASCII_COMMON_WORD : i - wordStart <= LONGEST_COMMON_WORD) {
        const ids = ascii ? languageIdsOfAsciiKey(asciiKey) : languageIdsOfWord(text.slice(wordStart, i).toLowerCase());
        for (let k = 0; k < ids.length; k++) if (counts[ids[k]]++ === 0) met.push(ids[k]);
      }
      wordStart = -1;
    }
  }
  const common = new Map<string, number>();
  for (const id of met) common.set(COMMON_LANGUAGES[id], counts[id]);
  return { scripts: { latin, arabic, cyrillic, greek, hebrew, other }, words, common };
}

/** The stats of a whole made of parts, summed into one new object (all zero for no parts). */
export function sumStats(parts: TextStats[]): TextStats {
  const scripts: ScriptCounts = { latin: 0, arabic: 0, cyrillic: 0, greek: 0, hebrew: 0, other: 0 };
  const common = new Map<string, number>();
  let words = 0;
  for (const p of parts) {
    scripts.latin += p.scripts.latin;
    scripts.arabic += p.scripts.arabic;
    scripts.cyrillic += p.scripts.cyrillic;
    scripts.greek += p.scripts.greek;
    scripts.hebrew += p.scripts.hebrew;
    scripts.other += p.scripts.other;
    for (const [lang, n] of p.common) common.set(lang, (common.get(lang) ?? 0) + n);
    words += p.words;
  }
  return { scripts, words, common };
}

/** Share in [0, 1] of the words that are common words of `language`. */
export function commonShare(stats: TextStats, language: string): number {
  return stats.words ? (stats.common.get(language) ?? 0) / stats.words : 0;
}

/** The language with the largest common-word share, and the runner-up's share; null when none. */
export function topCommon(stats: TextStats): { language: string; share: number; runnerUp: number } | null {
  let best: string | null = null;
  let n1 = 0;
  let n2 = 0;
  for (const [lang, n] of stats.common) {
    if (n > n1) {
      n2 = n1;
      n1 = n;
      best = lang;
    } else if (n > n2) n2 = n;
  }
  return best && stats.words ? { language: best, share: n1 / stats.words, runnerUp: n2 / stats.words } : null;
}
