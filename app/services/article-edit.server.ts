import type { DB } from '../../db/connection';
import { httpUrl } from '../domain/http-url';
import { findArticle, updateArticleCitation, type ArticleCitation } from '../models/article.server';
import { listClaimIdsOfArticle } from '../models/claim.server';
import { insertRevision } from '../models/revision.server';
import type { Actor } from './claim-change.server';
import { NotFoundError, RuleError, StaleEditError } from './errors';
import { claimContentChanged } from './signoff-binding.server';

export type { ArticleCitation };

/** The citation as the edit form carries it between pages (what the editor saw), for the compare-and-set. */
export function citationOf(a: ArticleCitation): ArticleCitation {
  return { title: a.title, url: a.url, publisher: a.publisher, publishedAt: a.publishedAt };
}

/**
 * Corrects an article's title, URL, publisher or date after import (exports
 * and ClaimReview cite them). Only the fields that changed are written, with
 * a revision of before and after; since the citation is part of what a
 * sign-off approves, each signed-off claim of the article goes back to
 * pending. `seen` is the citation the editor started from: a change made in
 * between is a StaleEditError (carrying the current citation). Throws
 * NotFoundError for an unknown article and RuleError for a URL that is not http(s).
 */
export async function editArticleCitation(
  db: DB,
  e: { articleId: number; seen: ArticleCitation; next: ArticleCitation; actor: Actor },
): Promise<{ changed: string[] }> {
  if (e.next.url !== null && !httpUrl(e.next.url)) throw new RuleError('The URL must start with http:// or https://', 'url');
  return db.transaction().execute(async (trx) => {
    const article = await findArticle(trx, e.articleId);
    if (!article) throw new NotFoundError(`Article ${e.articleId}`);
    const current = citationOf(article);
    if (JSON.stringify(current) !== JSON.stringify(citationOf(e.seen))) throw new StaleEditError(current);
    const columns: Record<keyof ArticleCitation, string> = { title: 'title', url: 'url', publisher: 'publisher', publishedAt: 'published_at' };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of Object.keys(columns) as (keyof ArticleCitation)[]) {
      if (current[key] !== e.next[key]) {
        before[columns[key]] = current[key];
        after[columns[key]] = e.next[key];
      }
    }
    if (Object.keys(after).length === 0) return { changed: [] };
    if (!(await updateArticleCitation(trx, article.id, current, e.next))) throw new StaleEditError(current);
    const at = e.actor.now.toISOString();
    await insertRevision(trx, { entity: 'article', entityId: article.id, actorId: e.actor.id, at, action: 'edit', before, after });
    await claimContentChanged(trx, {
      claimIds: await listClaimIdsOfArticle(trx, article.id),
      actor: e.actor,
      reason: `its article's ${Object.keys(after).map((c) => c.replace('_', ' ')).join(', ')} changed`,
    });
    return { changed: Object.keys(after) };
  });
}
