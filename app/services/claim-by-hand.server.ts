import type { DB } from '../../db/connection';
import { claimFromSelection } from '../domain/claims/claim-by-hand';
import { ClaimEditError } from '../domain/claims/split-merge';
import { figureScope } from '../domain/measures/figure-scope';
import { findArticle } from '../models/article.server';
import { insertClaim, listClaimsOfArticle } from '../models/claim.server';
import { insertFigure } from '../models/figure.server';
import { insertRevision } from '../models/revision.server';
import type { Actor } from './claim-change.server';
import { NotFoundError, RuleError } from './errors';
import { currentConventions } from './figure-conventions.server';

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
    const at = e.actor.now.toISOString();
    const claimId = await insertClaim(trx, {
      articleId: article.id,
      position: 0,
      anchorStart: anchor.start,
      anchorEnd: anchor.end,
      quote: anchor.quote,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      text: draft.text,
      checkworthiness: draft.checkworthiness,
      reasons: JSON.stringify(draft.reasons),
      attribution: draft.attribution,
      createdAt: at,
      updatedAt: at,
    });
    const scope = figureScope(anchor.quote);
    for (const f of draft.figures) {
      await insertFigure(trx, {
        claimId: claimId,
        spanStart: f.start,
        spanEnd: f.end,
        text: f.text,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        counted: f.counted,
        event: f.event,
        unit: f.unit,
        currency: f.currency,
        rule: f.rule,
        scope: scope.scope,
        scopeDate: scope.scopeDate,
      });
    }
    await insertRevision(trx, {
      entity: 'claim',
      entityId: claimId,
      actorId: e.actor.id,
      at,
      action: 'add-by-hand',
      before: null,
      after: { text: draft.text, status: 'unreviewed', figures: draft.figures.map((f) => f.text) },
    });
    return { claimId, figures: draft.figures.length };
  });
}
