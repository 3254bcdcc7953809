import type { ExtractRequest, ExtractionResult, Sentence } from './types';
import { cleanPage } from './clean-page';
import { splitSentences } from './split-sentences';
import { segmentSentences } from './split-segmenter';
import { DEFAULT_LANGUAGE, languageFor } from './language/languages';
import type { SegmenterLexicon } from './language/types';
import { attributeSentences, figureSourceReader } from './attribution';
import { scoreCheckworthiness } from './checkworthiness';
import { findFigures } from '../figures/find-figures';
import { groupFigures } from '../figures/group-figures';
import { detectArticleLanguages, type LanguageSpan } from '../language-id/paragraph-languages';
import { languageNotices } from '../language-id/readable-languages';
import { lexiconFor } from '../figures/lexicon';
import type { Conventions } from '../figures/conventions';
import type { Figure, Span } from './types';

/**
 * Runs the whole pipeline: clean page → language → sentences → figures →
 * attribution → check-worthiness → groups. Pure: strings in, plain objects out.
 * Figures are kept only in sentences whose paragraph is in a language
 * Claimdesk reads; `notices` says when some were not read.
 *
 * @example extractArticle({ text: 'Nine civilians were killed, the U.N. said.' })
 */
export function extractArticle(request: ExtractRequest): ExtractionResult {
  const deskLanguage = request.deskLanguage ?? 'en';
  const page = cleanPage(request.text, request.format ?? 'text', request.clean ?? true);
  const { article, spans: languageSpans } = detectArticleLanguages(page.body, deskLanguage);
  const { spans, languages, attributions } = sentencesByLanguage(page.body, languageSpans);
  const figures = figuresByLanguage(page.body, spans, languages, request.conventions);
  const figureUnits = spans.map((): string[] => []);
  for (const f of figures) figureUnits[f.sentence].push(f.unit);
  const sentences: Sentence[] = spans.map((span, i) => {
    const text = page.body.slice(span.start, span.end);
    const cw = scoreCheckworthiness(
      text,
      { figures: figureUnits[i].length, figureUnits: figureUnits[i], attribution: attributions[i] },
      { language: languages[i] },
    );
    return {
      start: span.start,
      end: span.end,
      text,
      checkworthiness: cw.score,
      checkworthy: cw.checkworthy,
      reasons: cw.reasons,
      attribution: attributions[i],
      language: languages[i],
    };
  });
  const figureSource = figureSourceReader(page.body, spans, figures, (i) =>
    languages[i] === 'und' ? DEFAULT_LANGUAGE : languageFor(languages[i]));
  const groups = groupFigures(page.body, spans, figures, attributions, { title: page.title, figureSource, languages });
  return {
    title: page.title,
    credit: page.credit,
    dateline: page.dateline ?? null,
    language: article.language,
    notices: languageNotices(article, languageSpans, deskLanguage),
    body: page.body,
    sentences,
    figures,
    groups,
  };
}

/**
 * Figures of each sentence read with its language's lexicon; sentences in a
 * language without one give none. `sentence` indexes into `spans`.
 */
function figuresByLanguage(body: string, spans: Span[], languages: string[], conventions?: Conventions): Figure[] {
  const byLanguage = new Map<string, number[]>();
  languages.forEach((language, i) => {
    const indices = byLanguage.get(language);
    if (indices) indices.push(i);
    else byLanguage.set(language, [i]);
  });
  const out: Figure[] = [];
  for (const [language, indices] of byLanguage) {
    const lexicon = lexiconFor(language);
    if (!lexicon) continue;
    const found = findFigures(body, indices.map((i) => spans[i]), { conventions, lexicon });
    // findFigures' figures are fresh objects: renumber their sentence in place.
    for (const f of found) {
      f.sentence = indices[f.sentence];
      out.push(f);
    }
  }
  return byLanguage.size > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * Sentences and their attributions, each stretch of the body read with its
 * own language's splitter and attribution words (ADR 023). A body in one
 * language is split in one pass, exactly as before. A language without word
 * lists (German, Russian) is split by Intl.Segmenter in its locale and gets no
 * attribution; text of unknown language ("und") keeps the default rules.
 */
function sentencesByLanguage(
  body: string,
  languageSpans: LanguageSpan[],
): { spans: Span[]; languages: string[]; attributions: (string | null)[] } {
  const spans: Span[] = [];
  const languages: string[] = [];
  const attributions: (string | null)[] = [];
  for (const ls of languageSpans) {
    const language = ls.language === 'und' ? DEFAULT_LANGUAGE : languageFor(ls.language);
    const whole = languageSpans.length === 1;
    let found: Span[];
    if (language) {
      found = whole ? splitSentences(body, language) : offsetSpans(splitSentences(body.slice(ls.start, ls.end), language), ls.start);
    } else {
      found = segmentSentences(body, { ...NO_ABBREVIATIONS, locale: ls.language }, ls.start, ls.end);
    }
    const attributed = language ? attributeSentences(body, found, language) : found.map(() => null);
    for (let i = 0; i < found.length; i++) {
      spans.push(found[i]);
      languages.push(ls.language);
      attributions.push(attributed[i]);
    }
  }
  return { spans, languages, attributions };
}

const NO_ABBREVIATIONS: SegmenterLexicon = { locale: 'und', continuing: new Set(), final: new Set(), terminals: '', nonTerminals: '' };

function offsetSpans(spans: Span[], by: number): Span[] {
  return by === 0 ? spans : spans.map((s) => ({ start: s.start + by, end: s.end + by }));
}
