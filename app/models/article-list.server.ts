import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/connection';
import type { Database } from '../../db/schema';
import { FINAL_STATUSES } from '../domain/claims/status';

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

type ArticleEb = ExpressionBuilder<Database, 'article'>;

/** The articles with a live claim in one of these sign-off states: ranges of claim_live_signoff_article, no claim rows read. */
function articlesWithSignoff(eb: ArticleEb, states: Array<'pending' | 'returned' | 'approved'>) {
  return eb.selectFrom('claim').select('claim.articleId').where('claim.signoff', 'in', states).where('claim.dismissedAt', 'is', null);
}

/** Whether a live claim of this article has `status`: one probe of claim_live_article_status. */
function hasLiveStatus(eb: ArticleEb, status: 'unreviewed' | 'in_progress') {
  return eb.exists(
    eb
      .selectFrom('claim')
      .select('claim.id')
      .whereRef('claim.articleId', '=', 'article.id')
      .where('claim.dismissedAt', 'is', null)
      .where('claim.status', '=', status),
  );
}

/** The day after a YYYY-MM-DD day (so "to" includes published dates that carry a time). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function filteredArticles(db: DB, f: ArticleListFilter, counting = false) {
  // Counting, `+article.id` (an expression, not the key) makes SQLite check
  // each id of a narrow covering index against the list instead of seeking
  // every listed article's (wide) row; a page starts from the list.
  const id = counting ? sql<number>`+${sql.ref('article.id')}` : sql<number>`${sql.ref('article.id')}`;
  let q = db.selectFrom('article');
  if (f.publisher) q = q.where('article.publisher', '=', f.publisher);
  if (f.from) q = q.where('article.publishedAt', '>=', f.from);
  if (f.to) q = q.where('article.publishedAt', '<', nextDay(f.to));
  if (f.progress === 'unreviewed') q = q.where((eb) => hasLiveStatus(eb, 'unreviewed'));
  // "Awaiting" and "signed off" start from the few articles with such claims
  // (one range of claim_live_signoff_article each); "unreviewed" matches most
  // articles, so it is a probe per article in id order that stops at the page.
  if (f.progress === 'awaiting') q = q.where(id, 'in', (eb) => articlesWithSignoff(eb, ['pending']));
  if (f.progress === 'signed-off') {
    q = q
      .where(id, 'in', (eb) => articlesWithSignoff(eb, ['approved']))
      .where(id, 'not in', (eb) => articlesWithSignoff(eb, ['pending', 'returned']))
      .where((eb) => eb.not(hasLiveStatus(eb, 'in_progress')));
  }
  return q;
}

/**
 * A page of articles, newest import first, with per-article counts. The page
 * is picked first (article ids in import order, the filters as index probes:
 * see ADR 028), then each of its rows is counted through the partial index
 * on live claims: nothing is grouped or joined over every claim of the desk.
 * With `beforeId` the page is the `limit` articles older than that id
 * (`offset` is then 0): a deep page costs what the first does.
 */
export async function listArticlePage(db: DB, f: ArticleListFilter, page: { limit: number; offset: number; beforeId?: number }): Promise<ArticleSummary[]> {
  const count = (eb: ExpressionBuilder<Database & { page: { id: number } }, 'page'>, where: 'all' | 'final' | 'pending' | 'approved') => {
    let c = eb
      .selectFrom('claim')
      .select((x) => x.fn.countAll<number>().as('n'))
      .whereRef('claim.articleId', '=', 'page.id')
      .where('claim.dismissedAt', 'is', null);
    if (where === 'final') c = c.where('claim.status', 'in', FINAL_STATUSES);
    if (where === 'pending' || where === 'approved') c = c.where('claim.signoff', '=', where);
    return c;
  };
  // Keyset ("older than id N", the Next link): one range of the id order
  // however deep; an OFFSET walks every skipped article row (wide) on SQLite.
  let ids = filteredArticles(db, f).select('article.id');
  if (page.beforeId !== undefined) ids = ids.where('article.id', '<', page.beforeId);
  // Only ids in the page subquery, newest first by id (ids are given in
  // import order; importedAt is never changed): an article row is read for
  // the 25 shown, never to sort (its import date lies past its text).
  const rows = await db
    .selectFrom(
      ids
        .orderBy('article.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .as('page'),
    )
    // CROSS JOIN: SQLite keeps this order (page, then article by id); with
    // a bound LIMIT it would otherwise scan every article against the page.
    .crossJoin('article')
    .whereRef('article.id', '=', 'page.id')
    .select((eb) => [
      'article.id',
      'article.title',
      'article.publisher',
      'article.publishedAt',
      'article.importedAt',
      count(eb, 'all').as('claimCount'),
      count(eb, 'final').as('reviewedCount'),
      count(eb, 'pending').as('awaitingCount'),
      count(eb, 'approved').as('signedOffCount'),
    ])
    .orderBy('article.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    publishedAt: r.publishedAt,
    importedAt: r.importedAt,
    claimCount: Number(r.claimCount ?? 0),
    reviewedCount: Number(r.reviewedCount ?? 0),
    awaitingCount: Number(r.awaitingCount ?? 0),
    signedOffCount: Number(r.signedOffCount ?? 0),
  }));
}

/** How many articles pass the filters. */
export async function countArticlePage(db: DB, f: ArticleListFilter): Promise<number> {
  const row = await filteredArticles(db, f, true)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
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
