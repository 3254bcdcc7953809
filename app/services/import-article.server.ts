import { RuleError } from './errors';
import { hasVisibleText } from '../domain/visible-text';
import { createHash } from 'node:crypto';
import type { DB } from '../../db/connection';
import type { ExtractionResult } from '../domain/extraction/types';
import { claimsFromExtraction } from '../domain/claims/claims-from-extraction';
import {
  assertTextual,
  fallbackTitle,
  ImportInputError,
  MAX_ARTICLE_BYTES,
  type ImportInput,
} from '../domain/articles/import-input';
import { readHtmlMetadata } from '../domain/articles/html-metadata';
import { insertArticle } from '../models/article.server';
import { insertClaim } from '../models/claim.server';
import { insertFigure } from '../models/figure.server';
import { insertRevision } from '../models/revision.server';
import { figureScope } from '../domain/measures/figure-scope';
import { currentConventions } from './figure-conventions.server';
import { suggestMeasuresOnImport } from './measure-suggest.server';
import { extractOffThread } from './extraction-pool.server';

export interface ImportResult {
  articleId: number;
  title: string;
  claims: number;
  figures: number;
  /** Measure suggestions stored after the import; null when making them failed (the article is kept). */
  suggestions: number | null;
}

/**
 * Extracts an article (in a worker thread) and stores it with its claims and
 * figures in one transaction: a failure part-way leaves nothing behind. Then,
 * in a transaction of their own, it suggests measures for its figures (within
 * the article and across the desk): a failure there is logged and never loses
 * the import.
 *
 * @throws ImportInputError (413/415/422) for empty, oversize, binary or
 *   unreadable input; ExtractionBusyError when too many imports are waiting.
 */
export async function importArticle(
  db: DB,
  input: ImportInput,
  actor: { id: number | null; now: Date },
): Promise<ImportResult> {
  if (!hasVisibleText(input.text)) throw new ImportInputError('The article is empty: paste its text or choose a file', 'text');
  if (Buffer.byteLength(input.text) > MAX_ARTICLE_BYTES) {
    throw new ImportInputError('The article is larger than 5 MB', 'text', 'too-large');
  }
  assertTextual(input.text, input.fileName ?? 'The pasted text');

  const conventions = await currentConventions(db);
  // Off the event loop, within a time budget and the page limits (422 beyond them).
  const result = await extractOffThread({ text: input.text, format: input.format, clean: true, conventions });
  if (!result.body.trim()) {
    throw new RuleError('No article text was found in what you gave', 'text');
  }
  const now = actor.now.toISOString();
  const { figureIds, ...imported } = await db.transaction().execute((trx) => storeExtractedArticle(trx, input, result, actor));
  let suggestions: number | null = null;
  try {
    suggestions = await suggestMeasuresOnImport(db, { articleId: imported.articleId, figureIds, groups: result.groups, now });
  } catch (e) {
    console.warn(`article ${imported.articleId} imported; its measure suggestions failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { ...imported, suggestions };
}

/**
 * Writes an extracted article with its claims, figures and revisions in the
 * caller's transaction, without measure suggestions; `figureIds[i]` is the
 * stored id of the extraction's figure i (0 for a figure no claim kept).
 * importArticle's storage step; `npm run bench:import` also fills its desks with it.
 */
export async function storeExtractedArticle(
  trx: DB,
  input: ImportInput,
  result: ExtractionResult,
  actor: { id: number | null; now: Date },
): Promise<Omit<ImportResult, 'suggestions'> & { figureIds: number[] }> {
  const drafts = claimsFromExtraction(result);
  const now = actor.now.toISOString();
  const title = input.title?.trim() || result.title?.trim() || fallbackTitle(result.body, input.fileName);
  // An uploaded page fills what the form left empty from its own metadata.
  const page = input.format === 'html' ? readHtmlMetadata(input.text) : null;
  const articleId = await insertArticle(trx, {
    title,
    url: input.url ?? page?.canonicalUrl ?? null,
    publisher: input.publisher ?? page?.publisher ?? result.credit,
    published_at: input.publishedAt ?? page?.publishedAt ?? null,
    language: result.language,
    author: page?.author ?? null,
    raw: input.text,
    format: input.format,
    body: result.body,
    body_sha256: createHash('sha256').update(result.body).digest('hex'),
    imported_by: actor.id,
    imported_at: now,
  });
  let figureCount = 0;
  // Ids by position in result.figures, so the extraction groups can become suggestions.
  const figureIds = new Map<object, number>();
  for (const [position, d] of drafts.entries()) {
    const claimId = await insertClaim(trx, {
      article_id: articleId,
      position,
      anchor_start: d.anchor.start,
      anchor_end: d.anchor.end,
      quote: d.anchor.quote,
      prefix: d.anchor.prefix,
      suffix: d.anchor.suffix,
      text: d.text,
      checkworthiness: d.checkworthiness,
      reasons: JSON.stringify(d.reasons),
      attribution: d.attribution,
      created_at: now,
      updated_at: now,
    });
    for (const f of d.figures) {
      figureIds.set(f, await insertFigure(trx, {
        claim_id: claimId,
        span_start: f.start,
        span_end: f.end,
        text: f.text,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        counted: f.counted,
        event: f.event,
        unit: f.unit,
        currency: f.currency,
        rule: f.rule,
        ...scopeColumns(result.sentences[f.sentence]?.text ?? ''),
      }));
    }
    figureCount += d.figures.length;
    await insertRevision(trx, {
      entity: 'claim',
      entityId: claimId,
      actorId: actor.id,
      at: now,
      action: 'extract',
      before: null,
      after: { text: d.text, status: 'unreviewed', figures: d.figures.map((f) => f.text) },
    });
  }
  await insertRevision(trx, {
    entity: 'article',
    entityId: articleId,
    actorId: actor.id,
    at: now,
    action: 'import',
    before: null,
    after: { title, claims: drafts.length, figures: figureCount },
  });
  return { articleId, title, claims: drafts.length, figures: figureCount, figureIds: result.figures.map((f) => figureIds.get(f) ?? 0) };
}

function scopeColumns(sentence: string) {
  const s = figureScope(sentence);
  return { scope: s.scope, scope_date: s.scopeDate };
}
