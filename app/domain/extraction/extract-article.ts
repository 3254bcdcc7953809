import type { ExtractRequest, ExtractionResult, Sentence } from './types';
import { cleanPage } from './clean-page';
import { splitSentences } from './split-sentences';
import { attributeSentences } from './attribution';
import { scoreCheckworthiness } from './checkworthiness';
import { findFigures } from '../figures/find-figures';
import { groupFigures } from '../figures/group-figures';
import { detectArticleLanguages, type LanguageSpan } from '../language-id/paragraph-languages';
import { languageNotices, readsFigures } from '../language-id/readable-languages';

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
  const spans = splitSentences(page.body);
  const languages = spans.map((s) => languageAt(languageSpans, s.start));
  const figures = findFigures(page.body, spans, { conventions: request.conventions }).filter((f) =>
    readsFigures(languages[f.sentence]),
  );
  const attributions = attributeSentences(page.body, spans);
  const figureUnits = spans.map((): string[] => []);
  for (const f of figures) figureUnits[f.sentence].push(f.unit);
  const sentences: Sentence[] = spans.map((span, i) => {
    const text = page.body.slice(span.start, span.end);
    const cw = scoreCheckworthiness(text, {
      figures: figureUnits[i].length,
      figureUnits: figureUnits[i],
      attribution: attributions[i],
    });
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
  const groups = groupFigures(page.body, spans, figures);
  return {
    title: page.title,
    credit: page.credit,
    language: article.language,
    notices: languageNotices(article, languageSpans, deskLanguage),
    body: page.body,
    sentences,
    figures,
    groups,
  };
}

// Spans are few and in order; a linear scan from the front is cheaper than a search for them.
function languageAt(spans: LanguageSpan[], offset: number): string {
  for (const s of spans) if (offset < s.end) return s.language;
  return spans[spans.length - 1]?.language ?? 'und';
}
