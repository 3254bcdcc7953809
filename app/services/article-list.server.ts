import type { DB } from '../../db/connection';
import { countArticlePage, listArticlePage, listPublishers } from '../models/article-list.server';
import type { ArticleListFilters } from '../domain/lists/list-filters';

/** Articles on a page of the list. */
export const ARTICLE_PAGE_SIZE = 25;

/**
 * The article list as `/articles` shows it: one page (25, newest import
 * first) of the articles that pass `filters` (already validated), their
 * total, and the desk's publishers for the filter's choices. `before` (an
 * article id, from a Next link) picks the 25 older than it, `page` then
 * only numbering the page; without it `page` is an offset, so a typed or
 * shared `?page=N` still works. `nextBefore` is the cursor of the next
 * page's link (the last article shown), null on the last page. Throws only
 * what the database throws.
 */
export async function loadArticleList(db: DB, filters: ArticleListFilters) {
  const page = filters.page ?? 1;
  const { page: _page, before, ...where } = filters;
  const [articles, total, publishers] = await Promise.all([
    listArticlePage(db, where, before ? { limit: ARTICLE_PAGE_SIZE, offset: 0, beforeId: before } : { limit: ARTICLE_PAGE_SIZE, offset: (page - 1) * ARTICLE_PAGE_SIZE }),
    countArticlePage(db, where),
    listPublishers(db),
  ]);
  const nextBefore = articles.length === ARTICLE_PAGE_SIZE && page * ARTICLE_PAGE_SIZE < total ? articles[articles.length - 1].id : null;
  return { articles, total, page, pageSize: ARTICLE_PAGE_SIZE, nextBefore, publishers, filters };
}
