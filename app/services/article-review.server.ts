import type { DB } from '../../db/connection';
import { findArticle } from '../models/article.server';
import { listClaimsOfArticle } from '../models/claim.server';
import { listUsers } from '../models/user.server';
import { listFiguresOfClaims } from '../models/figure.server';
import { NotFoundError } from './errors';
import { measureInfoOfFigures } from './figure-measures.server';
import { listArticleVersions, listClaimSourceStates } from '../models/article-version.server';
import { listReopenedClaimIds } from '../models/revision.server';
import { signoffState } from '../domain/claims/signoff';
import { currentContentHashes } from './signoff-binding.server';
import { CHECKWORTHY_THRESHOLD } from '../domain/extraction/checkworthiness';

/**
 * Everything the review screen shows: the article, its live claims (each with
 * its sign-off state: approved only while its content still hashes to what was
 * approved, whether it is check-worthy and how many figures it has), the
 * dismissed ones, each claim's figures with their measures, the version
 * timeline with where claims stand in the newest version, and who is assigned.
 * Offsets in the claims' anchors are string indices into `article.body`.
 *
 * @throws NotFoundError when no article has this id.
 */
export async function loadArticleReview(db: DB, articleId: number) {
  const article = await findArticle(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  const all = await listClaimsOfArticle(db, articleId);
  const live = all.filter((c) => !c.dismissedAt);
  const approved = live.filter((c) => c.signoff === 'approved');
  const [hashes, reopened] = await Promise.all([
    currentContentHashes(
      db,
      approved.map((c) => c.id),
    ),
    listReopenedClaimIds(
      db,
      live.filter((c) => c.signoff === 'pending').map((c) => c.id),
    ),
  ]);
  const figures = await listFiguresOfClaims(
    db,
    live.map((c) => c.id),
  );
  const figureCount = new Map<number, number>();
  for (const f of figures) if (f.claimId !== null) figureCount.set(f.claimId, (figureCount.get(f.claimId) ?? 0) + 1);
  const claims = live.map((c) => ({
    ...c,
    checkWorthy: c.checkworthiness >= CHECKWORTHY_THRESHOLD,
    figureCount: figureCount.get(c.id) ?? 0,
    signoffState: signoffState({ signoff: c.signoff, contentMatches: hashes.get(c.id) === c.signoffHash, reopened: reopened.has(c.id) }),
  }));
  const dismissed = all.filter((c) => c.dismissedAt).map((c) => ({ id: c.id, text: c.text, mergedInto: c.mergedInto }));
  const figureMeasures = await measureInfoOfFigures(db, figures);
  const users = await listUsers(db);
  // The version timeline and where claims stand in the newest version (issue 17).
  const [versions, sourceStates] = await Promise.all([listArticleVersions(db, articleId), listClaimSourceStates(db, articleId)]);
  return { article, claims, figures, dismissed, figureMeasures, versions, sourceStates, assignees: users.filter((u) => live.some((c) => c.assigneeId === u.id)).map((u) => ({ id: u.id, name: u.name })) };
}
