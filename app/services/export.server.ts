import type { DB } from '../../db/connection';
import { ClaimReviewRefusedError, claimReviewChecker, type PreflightResult } from '../domain/export/claimreview-preflight';
import { buildClaimReviewJson, claimReviews, type ClaimReviewContext } from '../domain/export/export-claimreview';
import { buildClaimsCsv, buildFiguresCsv } from '../domain/export/export-csv';
import { describeFilters, type ExportFilters } from '../domain/export/export-filters';
import { buildHtml, type Paper } from '../domain/export/export-html';
import { buildJson } from '../domain/export/export-json';
import { buildMarkdown } from '../domain/export/export-markdown';
import type { Chunks, ExportFormat, ExportHeader } from '../domain/export/types';
import { findExportArticle } from '../models/export.server';
import { findMeasure } from '../models/measure.server';
import { latestRevisionHash } from '../models/revision.server';
import { findUserById } from '../models/user.server';
import { NotFoundError } from './errors';
import { publisherSettings } from './desk-settings.server';
import { exportItems } from './export-items.server';
import { spoolChunks } from '../utils/spool.server';

export { ClaimReviewRefusedError };
export { EXPORT_PAGE_SIZE, exportItems } from './export-items.server';

/**
 * The heading and footer facts: title, time (ISO), editor, the newest
 * revision hash and, for a selection, the filters in words.
 *
 * @throws NotFoundError when the filters name an article that does not exist.
 */
export async function exportHeader(db: DB, filters: ExportFilters, editor: { name: string }, now: Date): Promise<ExportHeader> {
  let title = 'Claimdesk export';
  if (filters.articleId !== null) {
    const article = await findExportArticle(db, filters.articleId);
    if (!article) throw new NotFoundError(`Article ${filters.articleId}`);
    title = article.title;
  } else {
    title = 'Claimdesk selection';
  }
  const assignee = filters.assigneeId !== null ? (await findUserById(db, filters.assigneeId))?.name : null;
  const measure = filters.measureId !== null ? (await findMeasure(db, filters.measureId))?.label : null;
  return {
    title,
    exportedAt: now.toISOString(),
    exportedBy: editor.name,
    latestRevisionHash: await latestRevisionHash(db),
    includeDrafts: filters.includeDrafts,
    filters: filters.articleId !== null ? {} : describeFilters(filters, { assignee, measure }),
  };
}

export interface ExportOptions {
  format: ExportFormat;
  /** For CSV: the claims table (default) or the figures table. */
  table?: 'claims' | 'figures';
  bom?: boolean;
  paper?: Paper;
  /** For ClaimReview: the page the reviews are published on. */
  reviewUrl?: string | null;
  pageSize?: number;
}

export interface ExportFile {
  chunks: Chunks;
  contentType: string;
  filename: string;
  /** Pre-flight warnings (ClaimReview): the export goes ahead. */
  warnings: string[];
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
};

function filenameOf(filters: ExportFilters, o: ExportOptions, now: Date): string {
  const base = filters.articleId !== null ? `claimdesk-article-${filters.articleId}` : 'claimdesk-selection';
  const drafts = filters.includeDrafts ? '-with-drafts' : '';
  const day = now.toISOString().slice(0, 10);
  if (o.format === 'claimreview') return `${base}-claimreview${drafts}-${day}.json`;
  if (o.format === 'csv' && o.table === 'figures') return `${base}-figures${drafts}-${day}.csv`;
  return `${base}${drafts}-${day}.${o.format}`;
}

/**
 * Prepares an export: checks the article exists, runs the ClaimReview
 * pre-flight and returns the chunks, which are produced only as the caller
 * reads them (with the content type and a dated file name). ClaimReview is
 * built whole first, checked as it goes, into a temporary file that its
 * chunks then read (nothing of a refused export is sent).
 *
 * @throws NotFoundError when the filters name an article that does not exist.
 * @throws ClaimReviewRefusedError when a ClaimReview export fails its
 *   pre-flight (missing publisher settings, a review without what schema.org
 *   requires); it carries every error and warning.
 * @throws the file system's errors when ClaimReview's temporary file cannot be written.
 */
export async function prepareExport(
  db: DB,
  request: { filters: ExportFilters; editor: { name: string }; now: Date; options: ExportOptions },
): Promise<ExportFile> {
  const { filters, options: o, now } = request;
  const header = await exportHeader(db, filters, request.editor, now);
  const items = () => exportItems(db, filters, o.pageSize);
  const single = filters.articleId !== null;
  const file = (chunks: Chunks, warnings: string[] = []): ExportFile => ({
    chunks,
    contentType: CONTENT_TYPES[o.format],
    filename: filenameOf(filters, o, now),
    warnings,
  });
  switch (o.format) {
    case 'md':
      return file(buildMarkdown(header, items(), { single }));
    case 'html':
      return file(buildHtml(header, items(), { single, paper: o.paper ?? 'a4' }));
    case 'json':
      return file(buildJson(header, items()));
    case 'csv':
      return file(o.table === 'figures' ? buildFiguresCsv(items(), { bom: !!o.bom }) : buildClaimsCsv(items(), { bom: !!o.bom }));
    case 'claimreview': {
      const settings = await publisherSettings(db);
      const ctx: ClaimReviewContext = { ...settings, reviewUrl: o.reviewUrl ?? null };
      // One pass: every review is checked as it is written aside, and nothing is sent unless all pass (ADR 036).
      const checker = claimReviewChecker(settings);
      const checked = tap(claimReviews(items(), ctx, header.exportedAt), checker.check);
      const spool = await spoolChunks(buildClaimReviewJson(checked));
      const result: PreflightResult = checker.result();
      if (result.errors.length) {
        await spool.discard();
        throw new ClaimReviewRefusedError(result);
      }
      return file(spool.chunks, result.warnings);
    }
  }
}

/** The items as they pass, each shown to `see` first. */
async function* tap<T>(items: AsyncIterable<T>, see: (item: T) => void): AsyncGenerator<T> {
  for await (const item of items) {
    see(item);
    yield item;
  }
}
