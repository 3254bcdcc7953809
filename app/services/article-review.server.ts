import type { DB } from '../../db/connection';
import { findArticle } from '../models/article.server';
import { listClaimsOfArticle } from '../models/claim.server';
import { listFiguresOfClaims } from '../models/figure.server';
import { NotFoundError } from './errors';
import { measureInfoOfFigures } from './figure-measures.server';

/** Everything the review screen shows: the article, its claims, and each claim's figures. */
export async function loadArticleReview(db: DB, articleId: number) {
  const article = await findArticle(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  const all = await listClaimsOfArticle(db, articleId);
  const claims = all.filter((c) => !c.dismissedAt);
  const dismissed = all.filter((c) => c.dismissedAt).map((c) => ({ id: c.id, text: c.text, mergedInto: c.mergedInto }));
  const figures = await listFiguresOfClaims(
    db,
    claims.map((c) => c.id),
  );
  const figureMeasures = await measureInfoOfFigures(db, figures);
  return { article, claims, figures, dismissed, figureMeasures };
}
