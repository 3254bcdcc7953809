import { extractArticle } from '../domain/extraction/extract-article';
import {
  assertFiguresWithinLimit,
  assertPageWithinLimits,
  assertSentencesWithinLimit,
  PageLimitError,
} from '../domain/extraction/page-limits';
import type { ExtractionResult, ExtractRequest } from '../domain/extraction/types';

/** What a worker sends back: errors thrown across threads lose their class, so refusals are values. */
export type ExtractTaskResult = { ok: true; result: ExtractionResult } | { ok: false; refused: string };

/**
 * One extraction, run inside a worker thread (app/workers/extract-worker.mjs):
 * the page limits first, then the whole pipeline, then the figure and sentence limits.
 */
export function runExtractTask(request: ExtractRequest): ExtractTaskResult {
  try {
    if (request.format === 'html') assertPageWithinLimits(request.text);
    const result = extractArticle(request);
    // A data table has both too many figures and too many lines: the figures say what it is.
    assertFiguresWithinLimit(result.figures.length);
    assertSentencesWithinLimit(result.sentences.length);
    return { ok: true, result };
  } catch (e) {
    if (e instanceof PageLimitError) return { ok: false, refused: e.message };
    throw e;
  }
}

/** The built worker (build/workers/extract-task.js) is this module: Piscina runs its default export. */
export default runExtractTask;
