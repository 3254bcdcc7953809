import type { DB } from '../../db/connection';
import type { NewArticle } from '../../db/schema';
import { FINAL_STATUSES } from '../domain/claims/status';
import { searchText } from '../domain/search/normalise';

export interface ArticleSummary {
  id: number;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  importedAt: string;
  claimCount: number;
  reviewedCount: number;
}

export interface Article {
  id: number;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  author: string | null;
  /** BCP 47 language detected on import; null for older articles. */
  language: string | null;
  format: 'text' | 'html';
  body: string;
  importedAt: string;
  importedBy: string | null;
}

/** Inserts an article with its search title and body (normalised, ADR 024); returns its id. */
export async function insertArticle(db: DB, article: Omit<NewArticle, 'searchTitle' | 'searchBody'>): Promise<number> {
  const values = { ...article, searchTitle: searchText(article.title), searchBody: searchText(article.body) };
  const row = await db.insertInto('article').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function countArticles(db: DB): Promise<number> {
  const row = await db.selectFrom('article').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Newest first, with claim counts and how many claims have a final status. */
export async function listArticles(db: DB, page: { limit: number; offset: number }): Promise<ArticleSummary[]> {
  // The page of articles first (the importedAt index), then each one's
  // counts through the claim_article index: never a join and GROUP BY over
  // every claim of the desk for 25 rows.
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('article')
        .select(['article.id', 'article.title', 'article.publisher', 'article.publishedAt', 'article.importedAt'])
        .orderBy('article.importedAt', 'desc')
        .orderBy('article.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .as('page'),
    )
    .select((eb) => [
      'page.id',
      'page.title',
      'page.publisher',
      'page.publishedAt',
      'page.importedAt',
      eb
        .selectFrom('claim')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('claim.articleId', '=', 'page.id')
        .where('claim.dismissedAt', 'is', null)
        .as('claimCount'),
      eb
        .selectFrom('claim')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('claim.articleId', '=', 'page.id')
        .where('claim.dismissedAt', 'is', null)
        .where('claim.status', 'in', FINAL_STATUSES)
        .as('reviewedCount'),
    ])
    .orderBy('page.importedAt', 'desc')
    .orderBy('page.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    publishedAt: r.publishedAt,
    importedAt: r.importedAt,
    claimCount: Number(r.claimCount),
    reviewedCount: Number(r.reviewedCount ?? 0),
  }));
}

export async function findArticle(db: DB, id: number): Promise<Article | undefined> {
  const row = await db
    .selectFrom('article')
    .leftJoin('user', 'user.id', 'article.importedBy')
    .select([
      'article.id',
      'article.title',
      'article.url',
      'article.publisher',
      'article.publishedAt',
      'article.author',
      'article.language',
      'article.format',
      'article.body',
      'article.importedAt',
      'user.name as importedByName',
    ])
    .where('article.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    publishedAt: row.publishedAt,
    author: row.author,
    language: row.language,
    format: row.format,
    body: row.body,
    importedAt: row.importedAt,
    importedBy: row.importedByName,
  };
}

/** An article's citation: what exports and ClaimReview say about it. */
export interface ArticleCitation {
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

/**
 * Writes the article's citation only while it still reads `expected` (what
 * the editor saw: a compare-and-set, articles carry no version). Returns
 * false when someone changed it first.
 */
export async function updateArticleCitation(db: DB, id: number, expected: ArticleCitation, next: ArticleCitation): Promise<boolean> {
  const result = await db
    .updateTable('article')
    .set({ title: next.title, url: next.url, publisher: next.publisher, publishedAt: next.publishedAt, searchTitle: searchText(next.title) })
    .where('id', '=', id)
    .where('title', '=', expected.title)
    .where((eb) =>
      eb.and([
        expected.url === null ? eb('url', 'is', null) : eb('url', '=', expected.url),
        expected.publisher === null ? eb('publisher', 'is', null) : eb('publisher', '=', expected.publisher),
        expected.publishedAt === null ? eb('publishedAt', 'is', null) : eb('publishedAt', '=', expected.publishedAt),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
