import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/connection';
import type { Database } from '../../db/schema';

/** One row of the article list. Counts are of live claims (dismissed ones left out). */
export interface ArticleSummary {
  id: number;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  importedAt: string;
  claimCount: number;
  /** Claims with a final status (proposed or signed off). */
  reviewedCount: number;
  /** Proposals waiting for an editor (sign-off pending). */
  awaitingCount: number;
  /** Claims whose verdict an editor approved. */
  signedOffCount: number;
}

/** What narrows the article list (all optional; dates are YYYY-MM-DD, inclusive, on the published date). */
export interface ArticleListFilter {
  publisher?: string;
  from?: string;
  to?: string;
  /** unreviewed: some live claim is unreviewed; awaiting: a proposal waits for sign-off; signed-off: something is approved and nothing is pending, sent back or in progress. */
  progress?: 'unreviewed' | 'awaiting' | 'signed-off';
}

/** The day after a YYYY-MM-DD day (so "to" includes published dates that carry a time). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

type Progress = NonNullable<ArticleListFilter['progress']>;

/**
 * The progress filter on an article's stored counts (article_progress,
 * kept by triggers: ADR 035), literal zeros rather than parameters.
 */
function progressWhere(progress: Progress) {
  const p = (c: string) => sql.ref(`p.${c}`);
  if (progress === 'unreviewed') return sql<boolean>`${p('unreviewed')} > 0`;
  if (progress === 'awaiting') return sql<boolean>`${p('pending')} > 0`;
  return sql<boolean>`${p('approved')} > 0 and ${p('pending')} = 0 and ${p('returned')} = 0 and ${p('inProgress')} = 0`;
}

/**
 * The articles passing the filters, as a query over `article` and/or
 * `article_progress as p` plus the column naming the article id: publisher
 * and published-date ranges on their article indexes, progress on the
 * narrow article_progress rows (no claim is read). A progress filter alone
 * never touches `article`.
 */
function filtered(db: DB, f: ArticleListFilter) {
  const byArticle = Boolean(f.publisher || f.from || f.to);
  const progress = f.progress;
  const base = !progress
    ? db.selectFrom(['article'])
    : byArticle
      ? db.selectFrom(['articleProgress as p']).innerJoin('article', 'article.id', 'p.articleId')
      : db.selectFrom(['articleProgress as p']);
  let q = base as unknown as SelectQueryBuilder<Database & { p: Database['articleProgress'] }, 'article' | 'p', object>;
  if (f.publisher) q = q.where('article.publisher', '=', f.publisher);
  if (f.from) q = q.where('article.publishedAt', '>=', f.from);
  if (f.to) q = q.where('article.publishedAt', '<', nextDay(f.to));
  if (progress) q = q.where(progressWhere(progress));
  return { q, id: progress ? sql.ref<number>('p.articleId') : sql.ref<number>('article.id') };
}

/**
 * A page of articles, newest import first, with per-article counts. The page
 * is picked first (article ids in import order, the filters on indexes and
 * on the stored progress counts: ADR 028, 035), then its 25 article rows are
 * read with their article_progress row: nothing is grouped or joined over
 * the desk's claims. With `beforeId` the page is the `limit` articles older
 * than that id (`offset` is then 0): a deep page costs what the first does.
 */
export async function listArticlePage(db: DB, f: ArticleListFilter, page: { limit: number; offset: number; beforeId?: number }): Promise<ArticleSummary[]> {
  const { q, id } = filtered(db, f);
  // Keyset ("older than id N", the Next link): one range of the id order
  // however deep; an OFFSET walks every skipped row.
  let ids = q.select(id.as('id'));
  if (page.beforeId !== undefined) ids = ids.where(id, '<', page.beforeId);
  // Only ids in the page subquery, newest first by id (ids are given in
  // import order; importedAt is never changed): an article row is read for
  // the 25 shown, never to sort (its import date lies past its text).
  const rows = await db
    .selectFrom(ids.orderBy(id, 'desc').limit(page.limit).offset(page.offset).as('page'))
    // CROSS JOIN: SQLite keeps this order (page, then article by id); with
    // a bound LIMIT it would otherwise scan every article against the page.
    .crossJoin('article')
    .innerJoin('articleProgress as counts', 'counts.articleId', 'article.id')
    .whereRef('article.id', '=', 'page.id')
    .select([
      'article.id',
      'article.title',
      'article.publisher',
      'article.publishedAt',
      'article.importedAt',
      'counts.claims',
      'counts.reviewed',
      'counts.pending',
      'counts.approved',
    ])
    .orderBy('article.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    publishedAt: r.publishedAt,
    importedAt: r.importedAt,
    claimCount: Number(r.claims),
    reviewedCount: Number(r.reviewed),
    awaitingCount: Number(r.pending),
    signedOffCount: Number(r.approved),
  }));
}

/** How many articles pass the filters (a progress filter alone counts article_progress rows only). */
export async function countArticlePage(db: DB, f: ArticleListFilter): Promise<number> {
  const { q } = filtered(db, f);
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}


/** The publishers on the desk, for the filter's choices (one range of article_publisher_imported). */
export async function listPublishers(db: DB, limit = 200): Promise<string[]> {
  const rows = await db
    .selectFrom('article')
    .select('publisher')
    .distinct()
    .where('publisher', 'is not', null)
    .orderBy('publisher')
    .limit(limit)
    .execute();
  return rows.map((r) => r.publisher!);
}
