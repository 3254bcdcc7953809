/**
 * Import by URL (issue 17, ADR 020): fetch a page and import it, and route
 * any import whose URL names an article already stored to a new version of
 * that article (article-revision.server.ts) instead of a second article.
 */
import type { DB } from '../../db/connection';
import { readHtmlMetadata } from '../domain/articles/html-metadata';
import { ImportInputError, type ImportInput } from '../domain/articles/import-input';
import { decodePage, formatOfContentType } from '../domain/fetch/page-content';
import { findArticleIdByUrlKey } from '../models/article-version.server';
import { reviseArticle, type Actor, type ReviseResult } from './article-revision.server';
import { fetchPage, FetchRefusedError, type FetchedPage, type FetchOptions } from './fetch-page.server';
import { importArticle, urlKeyOrNull } from './import-article.server';

/**
 * Fetches `url` and imports it: a new article, or a new version of the
 * article already stored under that address (requested, final or the page's
 * canonical URL). Form fields left empty are filled from the page.
 *
 * @throws FetchRefusedError when the fetch is refused or fails, the page is
 *   not HTML or text, or its bytes cannot be read as text; nothing is stored then.
 * @throws ImportInputError when the page's text is empty, oversize or binary.
 * @throws RuleError (field "text") when extraction refuses the page or finds no article text in it.
 * @throws ExtractionBusyError when too many extractions are waiting.
 * @throws NotFoundError when the article found by URL is gone before its new version is stored.
 */
export async function importFromUrl(
  db: DB,
  request: { url: string; title?: string | null; publisher?: string | null; publishedAt?: string | null },
  actor: Actor,
  fetchOptions: FetchOptions = {},
): Promise<ReviseResult> {
  const page = await fetchPage(request.url, fetchOptions);
  const format = formatOfContentType(page.contentType, page.bytes);
  if (!format) {
    throw new FetchRefusedError(`${new URL(page.finalUrl).host} sent ${page.contentType ?? 'something without a type'}, not a web page or text; nothing was imported`);
  }
  let text: string;
  try {
    text = decodePage(page.bytes, page.contentType, new URL(page.finalUrl).host);
  } catch (e) {
    if (e instanceof ImportInputError) throw new FetchRefusedError(e.message);
    throw e;
  }
  const canonical = format === 'html' ? readHtmlMetadata(text).canonicalUrl : null;
  return importOrRevise(
    db,
    {
      text,
      format,
      title: request.title?.trim() || null,
      url: canonical ?? page.finalUrl,
      publisher: request.publisher?.trim() || null,
      publishedAt: request.publishedAt ?? null,
      fileName: null,
    },
    actor,
    { page, alsoKnownAs: [page.requestedUrl, page.finalUrl] },
  );
}

/**
 * Imports pasted or uploaded text (and, from importFromUrl, a fetched page):
 * when its URL (or one the page is also known by) names an article already
 * stored, as a new version of it; `created` says which.
 *
 * @throws ImportInputError for empty, oversize, binary or unreadable input, or
 *   (a new version) a copy with no article text.
 * @throws RuleError (field "text") when extraction refuses the text or finds no article text in it.
 * @throws ExtractionBusyError when too many extractions are waiting.
 * @throws NotFoundError when the article found by URL is gone before its new version is stored.
 */
export async function importOrRevise(
  db: DB,
  input: ImportInput,
  actor: Actor,
  evidence: { page: FetchedPage; alsoKnownAs: string[] } | null = null,
): Promise<ReviseResult> {
  const keys = [input.url, ...(evidence?.alsoKnownAs ?? [])].map(urlKeyOrNull).filter((k): k is string => k !== null);
  const existing = await findArticleIdByUrlKey(db, [...new Set(keys)]);
  if (existing !== undefined) {
    return reviseArticle(
      db,
      existing,
      { text: input.text, format: input.format, page: evidence?.page ?? null, origin: evidence ? 'url' : 'paste' },
      actor,
    );
  }
  const r = await importArticle(db, input, actor, evidence ? { page: evidence.page } : null);
  return { ...r, created: true, summary: null };
}
