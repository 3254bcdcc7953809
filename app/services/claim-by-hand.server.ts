import type { DB } from '../../db/connection';
import { claimFromSelection } from '../domain/claims/claim-by-hand';
import { ClaimEditError } from '../domain/claims/split-merge';
import { findArticle } from '../models/article.server';
import { listClaimsOfArticle } from '../models/claim.server';
import type { Actor } from './claim-change.server';
import { NotFoundError, RuleError } from './errors';
import { currentConventions } from './figure-conventions.server';
import { insertDraftClaim } from './import-article.server';

/**
 * Adds a claim a checker selected in the article text: the same
 * TextQuote/TextPosition anchor, figures (read with the desk's conventions
 * and the article's language), source and check-worthiness as an extracted
 * claim, and a revision ("added by hand") in the same transaction. Returns
 * the new claim's id. Throws NotFoundError for an unknown article and
 * RuleError for an empty or too long selection or one that overlaps a live
 * claim (split that one instead).
 */
export async function addClaimByHand(db: DB, e: { articleId: number; start: number; end: number; actor: Actor }): Promise<{ claimId: number; figures: number }> {
  const conventions = await currentConventions(db);
  return db.transaction().execute(async (trx) => {
    const article = await findArticle(trx, e.articleId);
    if (!article) throw new NotFoundError(`Article ${e.articleId}`);
    let draft;
    try {
      draft = claimFromSelection(article.body, e.start, e.end, { language: article.language, conventions });
    } catch (err) {
      if (err instanceof ClaimEditError) throw new RuleError(err.message, 'selection');
      throw err;
    }
    const { anchor } = draft;
    const overlapping = (await listClaimsOfArticle(trx, article.id)).find((c) => !c.dismissedAt && c.start < anchor.end && anchor.start < c.end);
    if (overlapping) {
      throw new RuleError(`That text overlaps claim ${overlapping.id} ("${overlapping.quote.slice(0, 60)}…"); split that claim instead, or select text outside it`, 'selection');
    }
    const { claimId } = await insertDraftClaim(trx, {
      articleId: article.id,
      position: 0,
      draft,
      // The selection is the claim's one sentence: its figures' scope is read from it.
      sentenceOf: () => anchor.quote,
      actorId: e.actor.id,
      now: e.actor.now.toISOString(),
      action: 'add-by-hand',
    });
    return { claimId, figures: draft.figures.length };
  });
}
