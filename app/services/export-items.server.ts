import type { DB } from '../../db/connection';
import { deskRatingLabel, parseRating } from '../domain/claims/rating';
import { FINAL_STATUSES, statusLabel, type ClaimStatus } from '../domain/claims/status';
import { approvedContentHash } from '../domain/claims/approved-content';
import type { ExportFilters } from '../domain/export/export-filters';
import type { ExportArticle, ExportArticleStart, ExportClaim, ExportItem, ExportVersion } from '../domain/export/types';
import { exportPageReader } from '../models/export-page.server';
import { findExportArticle, listExportVersions, liveClaimIdsOfArticle, type ExportCursor } from '../models/export.server';
import { NotFoundError } from './errors';
import { competingFiguresOfArticle, competingFiguresOfMeasures } from './figure-measures.server';
import { deskRatingLabels } from './desk-settings.server';

/** Claims read per page: big enough that a page's seven queries are cheap per claim, small enough that memory stays flat (ADR 036). */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Every claim the filters select, as export items: an article, then its
 * claims. Pages through the claims with a keyset cursor, so only one page
 * (and its articles' claim ids, for numbering) is in memory at a time.
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
    numbers = numbering(await liveClaimIdsOfArticle(db, articleId));
    versions = await listExportVersions(db, articleId);
  }
  const readPage = exportPageReader(db, filters, pageSize);
  for (;;) {
    // SQLite answers synchronously: without this, a large export would hold
    // the event loop from its first page to its last and every other request wait.
    await yieldToEventLoop();
    const page = await readPage(cursor, articleId);
    const rows = page.claims;
    if (rows.length === 0) return;
    for (const r of rows) {
      if (r.articleId !== articleId || !article) {
        articleId = r.articleId;
        const facts = page.articles.get(articleId);
        if (!facts) throw new NotFoundError(`Article ${articleId}`);
        article = facts.article;
        yield { type: 'article', article, competing: await competingFiguresOfMeasures(db, facts.measureIds) };
        numbers = numbering(facts.liveClaimIds);
        versions = facts.versions;
      }
      const rating = r.rating ? parseRating(r.rating) : null;
      const claimFigures = page.figuresOf.get(r.id) ?? [];
      const claimEvidence = page.evidenceOf.get(r.id) ?? [];
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
        evidence: claimEvidence,
        figures: claimFigures,
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

/**
 * An article's heading item: its head and competing figures.
 *
 * @throws NotFoundError when there is no such article.
 */
export async function articleStart(db: DB, articleId: number): Promise<ExportArticleStart> {
  const article = await findExportArticle(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  return { type: 'article', article, competing: await competingFiguresOfArticle(db, articleId) };
}

function numbering(ids: number[]): Map<number, number> {
  return new Map(ids.map((id, i) => [id, i + 1]));
}

/** Lets timers, I/O and other requests run before the next page of work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
