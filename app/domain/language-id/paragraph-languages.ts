/**
 * The language of an article and of each of its paragraphs, for articles that
 * mix languages (an Arabic report quoting an English statement, a French wire
 * with a Spanish paragraph).
 */
import { guessLanguage, type LanguageGuess } from './detect-language';
import { hasCommonWords } from './common-words';
import { dominantScript, languageScript } from './scripts';
import { commonShare, sumStats, textStats, topCommon, type TextStats } from './text-stats';

export interface LanguageSpan {
  /** UTF-16 offsets into the body, end exclusive. */
  start: number;
  end: number;
  /** BCP 47 code, or "und". */
  language: string;
}

export interface ArticleLanguages {
  article: LanguageGuess;
  /** Consecutive, covering the whole body; neighbours always differ in language. */
  spans: LanguageSpan[];
}

/** A paragraph shorter than this many words keeps the article's language. */
const MIN_WORDS = 8;
/** A paragraph where a language's common words make up this share looks like that language. */
const LOOKS_LIKE_SHARE = 0.08;
/** Below this share the article language's common words count as absent from a paragraph. */
const ABSENT_SHARE = 0.03;
/** How far the top language's common-word share must be ahead of the runner-up's when they alone decide. */
const AHEAD = 1.25;
/** Without a common-word list, tinyld's share must be this high to override the article's language. */
const OVERRIDE_SHARE = 0.5;

/**
 * Detects the article's language from all its text, then each paragraph's
 * (paragraphs: blank-line separated, or lines when the text has no blank
 * line). A paragraph in another script than the article's is always detected
 * on its own. Within the same script only a paragraph of MIN_WORDS or more
 * where the article language's commonest words are rare is detected, and only
 * a confident guess whose own common words are there overrides the article's
 * language, so one odd clause cannot move an English paragraph to Latvian.
 *
 * @param deskLanguage used when the article's language cannot be told (BCP 47).
 */
export function detectArticleLanguages(body: string, deskLanguage: string): ArticleLanguages {
  const parts = paragraphs(body).map((p) => ({ start: p.start, end: p.end, stats: textStats(body, p.start, p.end) }));
  const total = sumStats(parts.map((p) => p.stats));
  const article = guessLanguage(body, total, deskLanguage);
  const spans: LanguageSpan[] = [];
  for (const p of parts) {
    const language = paragraphLanguage(body, p, p.stats, article);
    const last = spans[spans.length - 1];
    if (last && last.language === language) last.end = p.end;
    else spans.push({ start: p.start, end: p.end, language });
  }
  if (!spans.length) return { article, spans: [{ start: 0, end: body.length, language: article.language }] };
  spans[0].start = 0;
  for (let i = 1; i < spans.length; i++) spans[i - 1].end = spans[i].start;
  spans[spans.length - 1].end = body.length;
  return { article, spans };
}

/** The language of body[p.start, p.end), whose stats are given; the text is sliced only when the detector must read it. */
function paragraphLanguage(body: string, p: { start: number; end: number }, stats: TextStats, article: LanguageGuess): string {
  const script = dominantScript(stats.scripts);
  if (!script) return article.language;
  if (script !== languageScript(article.language)) return guessLanguage(body.slice(p.start, p.end), stats, article.language).language;
  if (stats.words < MIN_WORDS) return article.language;
  if (hasCommonWords(article.language) && commonShare(stats, article.language) >= LOOKS_LIKE_SHARE) return article.language;
  const guess = guessLanguage(body.slice(p.start, p.end), stats, article.language);
  if (!guess.confident || guess.language === article.language) return commonWordsLanguage(stats, article.language, script) ?? article.language;
  const clear = hasCommonWords(guess.language) ? commonShare(stats, guess.language) >= LOOKS_LIKE_SHARE : guess.share >= OVERRIDE_SHARE;
  return clear ? guess.language : article.language;
}

/**
 * A short paragraph the detector is unsure of ("Por su parte, la Defensoría
 * del Pueblo cifró en 30 los fallecidos en la región.": names weigh more than
 * its words) where the article's language has almost none of its common
 * words: the language whose common words are a sixth of it and clearly ahead
 * of the next language's, or null.
 */
function commonWordsLanguage(stats: TextStats, articleLanguage: string, script: string): string | null {
  if (!hasCommonWords(articleLanguage) || commonShare(stats, articleLanguage) >= ABSENT_SHARE) return null;
  const top = topCommon(stats);
  if (!top || top.language === articleLanguage || languageScript(top.language) !== script) return null;
  return top.share >= 2 * LOOKS_LIKE_SHARE && top.share >= AHEAD * top.runnerUp ? top.language : null;
}

/** Paragraph ranges of the body (blank-line separated; single lines when it has no blank line). */
export function paragraphs(body: string): { start: number; end: number }[] {
  const separator = /\n[ \t]*\n/.test(body) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of body.matchAll(separator)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < body.length) out.push({ start: at, end: body.length });
  return out;
}
