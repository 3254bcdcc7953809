import { RuleError } from './errors';
import { hasVisibleText } from '../domain/visible-text';
import { createHash } from 'node:crypto';
import type { DB } from '../../db/connection';
import type { ExtractionResult, Figure } from '../domain/extraction/types';
import { claimsFromExtraction, type ClaimDraft } from '../domain/claims/claims-from-extraction';
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
import { insertArticleVersion, setArticleUrlKey } from '../models/article-version.server';
import { insertSnapshot } from '../models/snapshot.server';
import { urlKey } from '../domain/sources/source-input';
import type { FetchedPage } from './fetch-page.server';

export interface ImportResult {
  articleId: number;
  title: string;
  claims: number;
  figures: number;
  /** Measure suggestions stored after the import; null when making them failed (the article is kept). */
  suggestions: number | null;
  /** The article version this import made (1 for a new article); null when the page had not changed. */
  version: number | null;
}

/** The fetched page an import came from, kept as a snapshot with version 1. */
export interface ImportEvidence {
  page: FetchedPage;
}

/** SHA-256 (hex) of text as UTF-8: what a pasted version's rawSha256 holds. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The URL key of an address, or null when it is not an http(s) URL. */
export function urlKeyOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return urlKey(url);
  } catch {
    return null;
  }
}

/**
 * Extracts an article (in a worker thread) and stores it with its claims and
 * figures in one transaction: a failure part-way leaves nothing behind. Then,
 * in a transaction of their own, it suggests measures for its figures (within
 * the article and across the desk): a failure there is logged and never loses
 * the import.
 *
 * `evidence`, for a fetched page, is kept as the snapshot of version 1.
 *
 * @throws ImportInputError for empty, oversize, binary or unreadable input.
 * @throws RuleError (field "text") when extraction refuses the page (past the
 *   page limits, its time or memory budget) or finds no article text in it.
 * @throws ExtractionBusyError when too many imports are waiting.
 */
export async function importArticle(
  db: DB,
  input: ImportInput,
  actor: { id: number | null; now: Date },
  evidence: ImportEvidence | null = null,
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
  const { figureIds, ...imported } = await db.transaction().execute((trx) => storeExtractedArticle(trx, input, result, actor, evidence));
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
 * Also stores version 1 of the article (with the fetched page's snapshot, if any).
 */
export async function storeExtractedArticle(
  trx: DB,
  input: ImportInput,
  result: ExtractionResult,
  actor: { id: number | null; now: Date },
  evidence: ImportEvidence | null = null,
): Promise<Omit<ImportResult, 'suggestions'> & { figureIds: number[] }> {
  const drafts = claimsFromExtraction(result);
  const now = actor.now.toISOString();
  const title = input.title?.trim() || result.title?.trim() || fallbackTitle(result.body, input.fileName);
  // An uploaded page fills what the form left empty from its own metadata.
  const page = input.format === 'html' ? readHtmlMetadata(input.text) : null;
  const url = input.url ?? page?.canonicalUrl ?? evidence?.page.finalUrl ?? null;
  const articleId = await insertArticle(trx, {
    title,
    url,
    publisher: input.publisher ?? page?.publisher ?? result.credit,
    publishedAt: input.publishedAt ?? page?.publishedAt ?? null,
    language: result.language,
    dateline: result.dateline,
    author: page?.author ?? null,
    raw: input.text,
    format: input.format,
    body: result.body,
    bodySha256: createHash('sha256').update(result.body).digest('hex'),
    importedBy: actor.id,
    importedAt: now,
  });
  await setArticleUrlKey(trx, articleId, urlKeyOrNull(url));
  const snapshotId = evidence
    ? await insertSnapshot(trx, {
        articleId: articleId,
        sourceId: null,
        requestedUrl: evidence.page.requestedUrl,
        finalUrl: evidence.page.finalUrl,
        status: evidence.page.status,
        contentType: evidence.page.contentType,
        bytes: evidence.page.bytes,
        byteSize: evidence.page.bytes.length,
        sha256: evidence.page.sha256,
        fetchedAt: evidence.page.fetchedAt.toISOString(),
        fetchedBy: actor.id,
      })
    : null;
  await insertArticleVersion(trx, {
    articleId: articleId,
    number: 1,
    raw: input.text,
    rawSha256: evidence?.page.sha256 ?? sha256Hex(input.text),
    format: input.format,
    body: result.body,
    bodySha256: createHash('sha256').update(result.body).digest('hex'),
    snapshotId: snapshotId,
    origin: 'import',
    summary: null,
    createdBy: actor.id,
    createdAt: now,
  });
  let figureCount = 0;
  // Ids by position in result.figures, so the extraction groups can become suggestions.
  const figureIds = new Map<object, number>();
  for (const [position, d] of drafts.entries()) {
    const { figureIds: ids } = await insertDraftClaim(trx, { articleId, position, draft: d, sentenceOf: sentenceOfFigure(result), actorId: actor.id, now });
    for (const [f, id] of ids) figureIds.set(f, id);
    figureCount += d.figures.length;
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
  return { articleId, title, claims: drafts.length, figures: figureCount, version: 1, figureIds: result.figures.map((f) => figureIds.get(f) ?? 0) };
}

/**
 * Stores one claim draft with its figures and its revision (`action`,
 * 'extract' unless said: a claim added by hand says 'add-by-hand'); returns
 * the claim id and the new figure ids by extraction figure. `sentenceOf`
 * gives the text a figure's scope is read from (its sentence). `note` goes
 * on the revision (a claim new in a later version says so).
 */
export async function insertDraftClaim(
  trx: DB,
  o: {
    articleId: number;
    position: number;
    draft: ClaimDraft;
    sentenceOf: (f: Figure) => string;
    actorId: number | null;
    now: string;
    action?: string;
    note?: string;
  },
): Promise<{ claimId: number; figureIds: Map<Figure, number> }> {
  const d = o.draft;
  const claimId = await insertClaim(trx, {
    articleId: o.articleId,
    position: o.position,
    anchorStart: d.anchor.start,
    anchorEnd: d.anchor.end,
    quote: d.anchor.quote,
    prefix: d.anchor.prefix,
    suffix: d.anchor.suffix,
    text: d.text,
    checkworthiness: d.checkworthiness,
    reasons: JSON.stringify(d.reasons),
    attribution: d.attribution,
    createdAt: o.now,
    updatedAt: o.now,
  });
  const ids = new Map<Figure, number>();
  for (const f of d.figures) {
    ids.set(f, await insertFigure(trx, { claimId: claimId, ...figureColumns(f, o.sentenceOf(f)) }));
  }
  await insertRevision(trx, {
    entity: 'claim',
    entityId: claimId,
    actorId: o.actorId,
    at: o.now,
    action: o.action ?? 'extract',
    before: null,
    after: { text: d.text, status: 'unreviewed', figures: d.figures.map((f) => f.text) },
    ...(o.note ? { note: o.note } : {}),
  });
  return { claimId, figureIds: ids };
}

/** The text a figure's scope is read from: its sentence in the extraction. */
export function sentenceOfFigure(result: ExtractionResult): (f: Figure) => string {
  return (f) => result.sentences[f.sentence]?.text ?? '';
}

/** A figure's columns as the extraction read it (span, interval, what it counts, its scope read from `sentence`). */
export function figureColumns(f: Figure, sentence: string) {
  return {
    spanStart: f.start,
    spanEnd: f.end,
    text: f.text,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    counted: f.counted,
    event: f.event,
    unit: f.unit,
    currency: f.currency,
    rule: f.rule,
    // The figure's frame (time scope, dated event, narrow place), read once here and stored.
    // (its own clause's where the sentence joins two statements; the figure's text is found in its sentence)
    ...figureScope(sentence, sentence.indexOf(f.text)),
  };
}
