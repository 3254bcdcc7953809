/**
 * The version timeline of an article and the word diff between two of its
 * versions (the /articles/:id/versions page).
 */
import type { DB } from '../../db/connection';
import { versionDiff } from '../domain/articles/version-diff';
import { findArticleText, findVersionBody, listArticleVersions } from '../models/article-version.server';
import { NotFoundError } from './errors';

/**
 * The versions of an article (oldest first) and the diff hunks between
 * versions `from` and `to` (default: the one before the newest against the
 * newest; a number the article does not have falls back to the default).
 *
 * @throws NotFoundError for an unknown article.
 */
export async function loadVersionComparison(db: DB, articleId: number, pick: { from: number | null; to: number | null }) {
  const article = await findArticleText(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  const versions = await listArticleVersions(db, articleId);
  const newest = versions[versions.length - 1]?.number ?? 1;
  const to = pick.to && versions.some((v) => v.number === pick.to) ? pick.to : newest;
  const from = pick.from && versions.some((v) => v.number === pick.from) ? pick.from : Math.max(1, to - 1);
  const [older, newer] = await Promise.all([findVersionBody(db, articleId, from), findVersionBody(db, articleId, to)]);
  const hunks = from === to || older === undefined || newer === undefined ? [] : versionDiff(older, newer);
  return { article: { id: article.id, title: article.title, url: article.url }, versions, from, to, hunks };
}
