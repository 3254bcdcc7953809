import type { DB } from '../../db/connection';
import { countArticlePage, listArticlePage, listPublishers } from '../models/article-list.server';
import type { ArticleListFilters } from '../domain/lists/list-filters';

/** Articles on a page of the list. */
export const ARTICLE_PAGE_SIZE = 25;

/**
 * The article list as `/articles` shows it: one page (25, newest import
 * first) of the articles that pass `filters` (already validated), their
 * total, and the desk's publishers for the filter's choices.
 */
export async function loadArticleList(db: DB, filters: ArticleListFilters) {
  const page = filters.page ?? 1;
  const { page: _page, ...where } = filters;
  const [articles, total, publishers] = await Promise.all([
    listArticlePage(db, where, { limit: ARTICLE_PAGE_SIZE, offset: (page - 1) * ARTICLE_PAGE_SIZE }),
    countArticlePage(db, where),
    listPublishers(db),
  ]);
  return { articles, total, page, pageSize: ARTICLE_PAGE_SIZE, publishers, filters };
}
