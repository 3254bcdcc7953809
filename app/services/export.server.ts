import type { DB } from '../../db/connection';
import { deskRatingLabel, parseRating } from '../domain/claims/rating';
import { FINAL_STATUSES, statusLabel, type ClaimStatus } from '../domain/claims/status';
import { ClaimReviewRefusedError, preflightClaimReviews, type PreflightResult } from '../domain/export/claimreview-preflight';
import { buildClaimReviewJson, claimReviews, type ClaimReviewContext } from '../domain/export/export-claimreview';
import { buildClaimsCsv, buildFiguresCsv } from '../domain/export/export-csv';
import { describeFilters, type ExportFilters } from '../domain/export/export-filters';
import { buildHtml, type Paper } from '../domain/export/export-html';
import { buildJson } from '../domain/export/export-json';
import { buildMarkdown } from '../domain/export/export-markdown';
import type { Chunks, ExportArticle, ExportArticleStart, ExportClaim, ExportFormat, ExportHeader, ExportItem, ExportVersion } from '../domain/export/types';
import { approvedContentHash } from '../domain/claims/approved-content';
import { listEvidenceOfClaims } from '../models/evidence.server';
import { findExportArticle, listExportVersions, liveClaimIdsOfArticle, pageExportClaims, type ExportCursor } from '../models/export.server';
import { listFiguresOfClaims } from '../models/figure.server';
import { findMeasure, measuresOfFigures } from '../models/measure.server';
import { latestRevisionHash } from '../models/revision.server';
import { findUserById } from '../models/user.server';
import { NotFoundError } from './errors';
import { competingFiguresOfArticle } from './figure-measures.server';
import { deskRatingLabels, publisherSettings } from './desk-settings.server';

export { ClaimReviewRefusedError };

/** Rows fetched per query: big enough to be quick, small enough that 10,000 claims never sit in memory. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Every claim the filters select, as export items: an article, then its
 * claims. Pages through the claims with a keyset cursor, so only one page
 * (and one article's claim ids, for numbering) is in memory at a time.
 *
 * @throws NotFoundError (while iterating) when the filters name an article
 *   that does not exist.
 */
export async function* exportItems(db: DB, filters: ExportFilters, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ExportItem> {
  let cursor: ExportCursor | null = null;
  let articleId: number | null = null;
  let numbers = new Map<number, number>();
  let article: ExportArticle | null = null;
  let versions: Array<ExportVersion & { storedAt: string }> = [];
  // Every export names a rating as the desk does ("Misleading" for Mostly false), its value unchanged.
  const labels = await deskRatingLabels(db);
  if (filters.articleId !== null) {
    // One article: its heading comes even when no claim is signed off yet.
    const start = await articleStart(db, filters.articleId);
    yield start;
    article = start.article;
    articleId = filters.articleId;
    numbers = await numbering(db, articleId);
    versions = await listExportVersions(db, articleId);
  }
  for (;;) {
    // SQLite answers synchronously: without this, a large export would hold
    // the event loop from its first page to its last and every other request wait.
    await yieldToEventLoop();
    const rows = await pageExportClaims(db, filters, cursor, pageSize);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const [figures, evidence] = await Promise.all([listFiguresOfClaims(db, ids), listEvidenceOfClaims(db, ids)]);
    const measures = await measuresOfFigures(
      db,
      figures.map((f) => f.id),
    );
    const figuresOf = groupBy(figures, (f) => f.claimId!);
    const evidenceOf = groupBy(evidence, (e) => e.claimId);
    for (const r of rows) {
      if (r.articleId !== articleId || !article) {
        articleId = r.articleId;
        const start = await articleStart(db, articleId);
        yield start;
        article = start.article;
        numbers = await numbering(db, articleId);
        versions = await listExportVersions(db, articleId);
      }
      const rating = r.rating ? parseRating(r.rating) : null;
      const claimFigures = figuresOf.get(r.id) ?? [];
      const claimEvidence = evidenceOf.get(r.id) ?? [];
      // Signed off only while the content is what the editor approved; anything else is a draft.
      const approved =
        FINAL_STATUSES.includes(r.status as ClaimStatus) &&
        r.signoff === 'approved' &&
        r.signoffHash !== null &&
        r.signoffHash ===
          approvedContentHash({
            claim: { text: r.text, quote: r.quote, attribution: r.attribution, status: r.status, rating: r.rating, verdict: r.verdict },
            article,
            figures: claimFigures,
            evidence: claimEvidence,
          });
      if (!approved && !filters.includeDrafts) continue;
      const claim: ExportClaim = {
        id: r.id,
        articleId: r.articleId,
        number: numbers.get(r.id) ?? 0,
        text: r.text,
        quote: r.quote,
        attribution: r.attribution,
        status: r.status,
        statusLabel: statusLabel(r.status),
        rating: deskRatingLabel(r.rating, labels),
        ratingValue: rating?.value ?? null,
        verdict: r.verdict,
        assignee: r.assigneeName,
        // An approval of other content than this is no approval: it reads as awaiting sign-off.
        signoff: approved ? 'approved' : r.signoff === 'approved' ? 'pending' : r.signoff,
        signedOffBy: approved ? r.signoffName : null,
        signedOffAt: approved ? r.signoffAt : null,
        signedOffVersion: approved ? versionAt(versions, r.signoffAt) : null,
        signoffOverride: approved ? r.signoffOverride : null,
        draft: !approved,
        updatedAt: r.updatedAt,
        evidence: claimEvidence.map((e) => ({
          stance: e.stance,
          sourceTitle: e.sourceTitle,
          sourceUrl: e.sourceUrl,
          sourcePublisher: e.sourcePublisher,
          excerpt: e.excerpt,
          note: e.note,
        })),
        figures: claimFigures.map((f) => ({
          id: f.id,
          claimId: r.id,
          text: f.text,
          low: f.low,
          high: f.high,
          qualifier: f.qualifier,
          unit: f.unit,
          asOf: f.asOf,
          measure: measures.get(f.id) ?? null,
        })),
      };
      yield { type: 'claim', claim };
    }
    const last = rows[rows.length - 1];
    cursor = { articleId: last.articleId, start: last.anchorStart, id: last.id };
    if (rows.length < pageSize) return;
  }
}

/**
 * The version an approval given at `at` (ISO time) stood on: the newest
 * stored by then (sign-off binds to content, ADR 011, so a later version that
 * left the claim's passage alone keeps the approval but is not what was signed off).
 */
function versionAt(versions: Array<ExportVersion & { storedAt: string }>, at: string | null): ExportVersion | null {
  if (!at) return null;
  const t = Date.parse(at);
  const v = versions.filter((x) => Date.parse(x.storedAt) <= t).at(-1) ?? versions[0];
  if (!v) return null;
  const { storedAt: _stored, ...version } = v;
  return version;
}

async function articleStart(db: DB, articleId: number): Promise<ExportArticleStart> {
  const article = await findExportArticle(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  return { type: 'article', article, competing: await competingFiguresOfArticle(db, articleId) };
}

async function numbering(db: DB, articleId: number): Promise<Map<number, number>> {
  const ids = await liveClaimIdsOfArticle(db, articleId);
  return new Map(ids.map((id, i) => [id, i + 1]));
}

function groupBy<T>(items: T[], key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

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
 * reads them (with the content type and a dated file name).
 *
 * @throws NotFoundError when the filters name an article that does not exist.
 * @throws ClaimReviewRefusedError when a ClaimReview export fails its
 *   pre-flight (missing publisher settings, a review without what schema.org
 *   requires); it carries every error and warning.
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
      // Two passes: every review is checked before the first byte is sent, then streamed.
      const result: PreflightResult = await preflightClaimReviews(claimReviews(items(), ctx, header.exportedAt), settings);
      if (result.errors.length) throw new ClaimReviewRefusedError(result);
      return file(buildClaimReviewJson(claimReviews(items(), ctx, header.exportedAt)), result.warnings);
    }
  }
}

/** Lets timers, I/O and other requests run before the next page of work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
