import { sql } from 'kysely';
import { isPostgres, type DB } from '../../db/connection';
import { matchesFts } from './search.server';
import { FINAL_STATUSES } from '../domain/claims/status';
import type { ExportFilters } from '../domain/export/export-filters';
import type { ExportArticle, ExportVersion } from '../domain/export/types';

/** Where the previous page ended, in export order (article, place in the text, id). */
export interface ExportCursor {
  articleId: number;
  start: number;
  id: number;
}

/** The claims an export selects, with the columns it reads (no order, no page): the one place the filters become SQL. */
export function exportQuery(db: DB, f: ExportFilters) {
  let q = db
    .selectFrom('claim')
    .leftJoin('user as assignee', 'assignee.id', 'claim.assigneeId')
    .leftJoin('user as signer', 'signer.id', 'claim.signoffBy')
    .select([
      'claim.id',
      'claim.articleId',
      'claim.anchorStart',
      'claim.quote',
      'claim.text',
      'claim.attribution',
      'claim.status',
      'claim.rating',
      'claim.verdict',
      'assignee.name as assigneeName',
      'claim.signoff',
      'signer.name as signoffName',
      'claim.signoffAt',
      'claim.signoffHash',
      'claim.signoffOverride',
      'claim.updatedAt',
    ])
    .where('claim.dismissedAt', 'is', null);
  if (!f.includeDrafts) q = q.where('claim.status', 'in', FINAL_STATUSES).where('claim.signoff', '=', 'approved');
  if (f.articleId !== null) q = q.where('claim.articleId', '=', f.articleId);
  if (f.statuses.length) q = q.where('claim.status', 'in', f.statuses);
  if (f.assigneeId !== null) q = q.where('claim.assigneeId', '=', f.assigneeId);
  // Reviewed on: the sign-off day of an approved verdict, else the last change (drafts).
  const reviewedAt = sql`case when claim.signoff = 'approved' and claim.signoff_at is not null then claim.signoff_at else claim.updated_at end`;
  const reviewedDay = isPostgres(db)
    ? sql<string>`to_char(${reviewedAt} at time zone 'UTC', 'YYYY-MM-DD')`
    : sql<string>`substr(${reviewedAt}, 1, 10)`;
  if (f.from) q = q.where(reviewedDay, '>=', f.from);
  if (f.to) q = q.where(reviewedDay, '<=', f.to);
  if (f.match) q = q.where(matchesFts(db, 'claim', 'claim.id', f.match));
  if (f.measureId !== null) {
    const measureId = f.measureId;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('figure').select('figure.id').whereRef('figure.claimId', '=', 'claim.id').where('figure.measureId', '=', measureId)),
    );
  }
  return q;
}

export type ExportClaimRow = Awaited<ReturnType<ReturnType<typeof exportQuery>['execute']>>[number];

/** An article's head for exports (no body), with the version its claims stand on. */
export async function findExportArticle(db: DB, id: number): Promise<ExportArticle | undefined> {
  const r = await db
    .selectFrom('article')
    .select(['id', 'title', 'url', 'publisher', 'publishedAt', 'language'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return { id: r.id, title: r.title, url: r.url, publisher: r.publisher, publishedAt: r.publishedAt, language: r.language, version: await newestExportVersion(db, id) };
}

/** The article's newest version (the text its claims are anchored in) as exports name it, with its snapshot's hash. */
async function newestExportVersion(db: DB, articleId: number): Promise<ExportVersion | null> {
  const v = await db
    .selectFrom('articleVersion as v')
    .leftJoin('snapshot as s', 's.id', 'v.snapshotId')
    .select(['v.number', 'v.origin', 'v.createdAt', 's.fetchedAt', 's.sha256'])
    .where('v.articleId', '=', articleId)
    .orderBy('v.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!v) return null;
  return { number: v.number, origin: v.origin, at: v.fetchedAt ?? v.createdAt, fetched: v.fetchedAt !== null, snapshotSha256: v.sha256 ?? null };
}

/**
 * Every version of an article as exports name it, oldest first, with the
 * ISO time it was stored (`storedAt`: what a sign-off time is compared with).
 */
export async function listExportVersions(db: DB, articleId: number): Promise<Array<ExportVersion & { storedAt: string }>> {
  const rows = await db
    .selectFrom('articleVersion as v')
    .leftJoin('snapshot as s', 's.id', 'v.snapshotId')
    .select(['v.number', 'v.origin', 'v.createdAt', 's.fetchedAt', 's.sha256'])
    .where('v.articleId', '=', articleId)
    .orderBy('v.number')
    .execute();
  return rows.map((v) => ({ number: v.number, origin: v.origin, at: v.fetchedAt ?? v.createdAt, fetched: v.fetchedAt !== null, snapshotSha256: v.sha256 ?? null, storedAt: v.createdAt }));
}

/** The live claims of an article in reading order (ids only): what numbers them 1, 2, 3… on the review screen. */
export async function liveClaimIdsOfArticle(db: DB, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('claim')
    .select('id')
    .where('articleId', '=', articleId)
    .where('dismissedAt', 'is', null)
    .orderBy('anchorStart')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** How many claims an export with these filters would hold. */
export async function countExportClaims(db: DB, f: ExportFilters): Promise<number> {
  const row = await exportQuery(db, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
