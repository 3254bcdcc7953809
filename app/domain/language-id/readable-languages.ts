/**
 * Which languages Claimdesk reads figures in, and the notices an extraction
 * gives when an article (or part of it) is in another one.
 */
import type { Notice } from '../extraction/types';
import type { LanguageGuess } from './detect-language';
import type { LanguageSpan } from './paragraph-languages';
import { lexiconFor } from '../figures/lexicon';

/** true when figures are read in `language` ("en", "en-GB"): it has a figure lexicon (ADR 010). */
export function readsFigures(language: string): boolean {
  return lexiconFor(language) !== null;
}

/** The primary subtag, lower case: "en-GB" → "en". */
export function primary(language: string): string {
  return language.split('-')[0].toLowerCase();
}

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The English name of a language ("de" → "German"), or null for "und" and unknown codes. */
export function languageName(language: string): string | null {
  if (primary(language) === 'und') return null;
  try {
    return names.of(primary(language)) ?? null;
  } catch {
    return null; // not a well-formed code
  }
}

/**
 * Notices for an extraction: one per language whose figures are not read
 * (whole article or some paragraphs), and one when the language was not
 * certain and the desk language was assumed.
 *
 * @param article the article-level guess; spans: the paragraphs' languages (detectArticleLanguages).
 */
export function languageNotices(article: LanguageGuess, spans: LanguageSpan[], deskLanguage: string): Notice[] {
  const notices: Notice[] = [];
  const unread = new Map<string, number>();
  for (const s of spans) if (!readsFigures(s.language)) unread.set(s.language, (unread.get(s.language) ?? 0) + 1);
  for (const [language, parts] of unread) {
    const name = languageName(language);
    const where = spans.length === parts ? 'this article shows none' : `the ${name ?? 'unrecognised'} part of this article shows none`;
    notices.push({
      code: 'language_not_read',
      language,
      message: `Figures are not read in ${name ?? 'this language'} yet: ${where}.`,
    });
  }
  if (!article.confident && article.script && primary(article.language) === primary(deskLanguage)) {
    notices.push({
      code: 'language_assumed',
      language: article.language,
      message: `The text is too short to tell its language for sure; it was read as ${languageName(deskLanguage) ?? deskLanguage}, the desk language.`,
    });
  }
  return notices;
}
