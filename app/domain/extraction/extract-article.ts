import type { ExtractRequest, ExtractionResult, Sentence } from './types';
import { cleanPage } from './clean-page';
import { splitSentences } from './split-sentences';
import { attributeSentences } from './attribution';
import { scoreCheckworthiness } from './checkworthiness';
import { findFigures } from '../figures/find-figures';
import { groupFigures } from '../figures/group-figures';

/**
 * Runs the whole pipeline: clean page → sentences → figures → attribution →
 * check-worthiness → groups. Pure: strings in, plain objects out.
 *
 * @example extractArticle({ text: 'Nine civilians were killed, the U.N. said.' })
 */
export function extractArticle(request: ExtractRequest): ExtractionResult {
  const page = cleanPage(request.text, request.format ?? 'text', request.clean ?? true);
  const spans = splitSentences(page.body);
  const figures = findFigures(page.body, spans, { conventions: request.conventions });
  const attributions = attributeSentences(page.body, spans);
  const figureCount = new Array<number>(spans.length).fill(0);
  for (const f of figures) figureCount[f.sentence]++;
  const sentences: Sentence[] = spans.map((span, i) => {
    const text = page.body.slice(span.start, span.end);
    const cw = scoreCheckworthiness(text, { figures: figureCount[i], attribution: attributions[i] });
    return {
      start: span.start,
      end: span.end,
      text,
      checkworthiness: cw.score,
      checkworthy: cw.checkworthy,
      reasons: cw.reasons,
      attribution: attributions[i],
    };
  });
  const groups = groupFigures(page.body, spans, figures);
  return { title: page.title, credit: page.credit, body: page.body, sentences, figures, groups };
}
