/**
 * Which language a text is written in: tinyld (ADR 013) behind two cheap
 * checks, the script (a text in Arabic script is never read as English) and,
 * for long texts, the share of each language's commonest words. Pure: no I/O.
 */
import { detectAll } from 'tinyld';
import { dominantScript, languageScript, letterCount, type Script } from './scripts';
import { commonShare, textStats, topCommon, type TextStats } from './text-stats';
import { hasCommonWords } from './common-words';

export interface LanguageGuess {
  /** BCP 47 language ("en", "ar"), or "und" when no language can be named. */
  language: string;
  /**
   * true: named with confidence; false: the text was too short or ambiguous
   * and the language is the desk language (or, for a text in a script the desk
   * language does not use, the detector's best guess in that script, or "und").
   */
  confident: boolean;
  /** The script with the most letters, or null when the text has none. */
  script: Script | null;
  /** How sure, in [0, 1]: tinyld's share of the text for the language, 1 when common words decided. */
  share: number;
}

/** Fewer letters than this ("12 dead", "1.1") are never a confident guess. */
export const MIN_LETTERS = 12;
/**
 * tinyld's share of the text given to the top language. On our own English
 * headlines (ADR 013) no wrong guess reached 0.25, so a lower share is "unsure".
 */
export const MIN_SHARE = 0.25;
/**
 * Common words decide alone when the text has this many words, the top
 * language's common words are at least 12% of them and at least 4 times the
 * runner-up's share (English, Arabic, German, Russian prose; French and
 * Spanish share too many short words and go to tinyld).
 */
const FAST_WORDS = 30;
const FAST_SHARE = 0.12;
const FAST_RATIO = 4;
/** tinyld scores each word against every language (about 20 µs a word): it gets the first 80 words. */
const TINYLD_WORDS = 80;

/**
 * Detects the language of `text`.
 *
 * @param deskLanguage the language used when the detector is unsure (BCP 47, "en" unless the desk configures one).
 * @example detectLanguage('Nine killed').language === 'en' // too short: the desk language
 * @example detectLanguage('أعلنت الأمم المتحدة مقتل تسعة مدنيين.').language === 'ar'
 */
export function detectLanguage(text: string, deskLanguage = 'en'): LanguageGuess {
  return guessLanguage(text, textStats(text), deskLanguage);
}

/**
 * detectLanguage() for a text whose stats are already counted (the article
 * from its paragraphs' stats). `text` is only read for tinyld's first words.
 */
export function guessLanguage(text: string, stats: TextStats, deskLanguage: string): LanguageGuess {
  const script = dominantScript(stats.scripts);
  if (!script) return { language: deskLanguage, confident: false, script, share: 0 };
  const common = topCommon(stats);
  if (
    common &&
    stats.words >= FAST_WORDS &&
    common.share >= FAST_SHARE &&
    common.share >= FAST_RATIO * common.runnerUp &&
    languageScript(common.language) === script
  ) {
    return { language: common.language, confident: true, script, share: 1 };
  }
  // tinyld sometimes names a language of another script; such a guess is dropped.
  const top = detectAll(firstWords(text, TINYLD_WORDS)).find((g) => languageScript(g.lang) === script);
  if (top && letterCount(stats.scripts) >= MIN_LETTERS && top.accuracy >= MIN_SHARE && !deskWordsOutweigh(top.lang, stats, deskLanguage)) {
    return { language: top.lang, confident: true, script, share: top.accuracy };
  }
  if (languageScript(deskLanguage) === script) return { language: deskLanguage, confident: false, script, share: 0 };
  return { language: top?.lang ?? 'und', confident: false, script, share: top?.accuracy ?? 0 };
}

/**
 * On a short text (a headline, one sentence) tinyld's n-grams are thin
 * evidence: "The firm paid US$ 40,000 in costs." reads as Portuguese. There a
 * guess other than the desk language stands only when the desk language's
 * common words are absent or the guess's own common words outnumber them, so
 * a short line in the desk language keeps its figures.
 */
function deskWordsOutweigh(guess: string, stats: TextStats, deskLanguage: string): boolean {
  if (guess === deskLanguage || stats.words >= FAST_WORDS || !hasCommonWords(deskLanguage)) return false;
  const desk = commonShare(stats, deskLanguage);
  return desk > 0 && (!hasCommonWords(guess) || desk >= commonShare(stats, guess));
}

/** text up to the end of its n-th word. */
function firstWords(text: string, n: number): string {
  const re = /\S+/g;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < n; i++) {
    m = re.exec(text);
    if (!m) return text;
  }
  return m ? text.slice(0, m.index + m[0].length) : text;
}
