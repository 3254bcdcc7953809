import type { DB } from '../../db/connection';
import type { NewArticle } from '../../db/schema';
import { searchText } from '../domain/search/normalise';

export interface Article {
  id: number;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  author: string | null;
  /** BCP 47 language detected on import; null for older articles. */
  language: string | null;
  /** Where and when the story was filed, as its dateline says; null when it had none. */
  dateline: string | null;
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

/** How many articles are stored (dismissed claims or not, every article counts). */
export async function countArticles(db: DB): Promise<number> {
  const row = await db.selectFrom('article').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One article with the name of who imported it, or undefined when no article has this id. */
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
      'article.dateline',
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
    dateline: row.dateline,
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
