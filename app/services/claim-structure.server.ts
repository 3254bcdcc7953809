import type { DB } from '../../db/connection';
import { makeAnchor } from '../domain/claims/anchor';
import { ClaimEditError, mergeSpan, offsetOfWords, splitSpans } from '../domain/claims/split-merge';
import { findArticle } from '../models/article.server';
import { findClaim, findNextClaim, insertClaim } from '../models/claim.server';
import { moveFigures } from '../models/figure.server';
import { insertRevision } from '../models/revision.server';
import { signoffAfterStatus } from '../domain/claims/signoff';
import { applyClaimChange, type Actor } from './claim-change.server';
import { NotFoundError, RuleError } from './errors';

/**
 * Splits a claim in two at `offset` characters into its quote: the first part
 * keeps the claim (and its history), the second becomes a new claim; figures
 * follow the part they sit in.
 *
 * @throws NotFoundError when the claim does not exist.
 * @throws RuleError when the claim is dismissed or the split point does not fall inside its quote.
 * @throws StaleEditError when `version` is not the claim's current version (someone saved in between).
 */
export async function splitClaim(
  db: DB,
  e: { claimId: number; version: number | null; offset?: number; startsWith?: string; actor: Actor },
) {
  return db.transaction().execute(async (trx) => {
    const claim = await findClaim(trx, e.claimId);
    if (!claim) throw new NotFoundError(`Claim ${e.claimId}`);
    if (claim.dismissedAt) throw new RuleError('Restore the claim before splitting it');
    const article = (await findArticle(trx, claim.articleId))!;
    const offset = e.offset ?? guard(() => offsetOfWords(claim.quote, e.startsWith ?? ''));
    const [left, right] = guard(() => splitSpans(article.body, claim, offset));
    const l = makeAnchor(article.body, left.start, left.end);
    const r = makeAnchor(article.body, right.start, right.end);
    const at = e.actor.now.toISOString();
    const kept = await applyClaimChange(trx, {
      claimId: claim.id,
      version: e.version,
      actor: e.actor,
      action: 'split',
      current: claim,
      set: { anchorStart: l.start, anchorEnd: l.end, quote: l.quote, prefix: l.prefix, suffix: l.suffix, text: l.quote },
    });
    const newId = await insertClaim(trx, {
      articleId: claim.articleId,
      position: 0,
      anchorStart: r.start,
      anchorEnd: r.end,
      quote: r.quote,
      prefix: r.prefix,
      suffix: r.suffix,
      text: r.quote,
      checkworthiness: claim.checkworthiness,
      reasons: JSON.stringify(claim.reasons),
      attribution: claim.attribution,
      // The new part needs its own sign-off: a final status is a fresh proposal.
      status: claim.status,
      signoff: signoffAfterStatus(claim.status),
      proposedBy: signoffAfterStatus(claim.status) === 'pending' ? claim.proposedById : null,
      assigneeId: claim.assigneeId,
      createdAt: at,
      updatedAt: at,
    });
    const moved = await moveFigures(trx, { fromClaimIds: [claim.id], toClaimId: newId, start: r.start, end: r.end });
    await insertRevision(trx, {
      entity: 'claim',
      entityId: newId,
      actorId: e.actor.id,
      at,
      action: 'split-from',
      before: null,
      after: { text: r.quote, from_claim: claim.id, figures: moved },
    });
    return { kept, newClaimId: newId };
  });
}

/**
 * Merges a claim with the next one in the article; the second is kept, dismissed, pointing at the first.
 *
 * @throws NotFoundError when the claim does not exist.
 * @throws RuleError when there is no following claim, or the merged wording is refused.
 * @throws StaleEditError when `version` is not the claim's current version.
 */
export async function mergeWithNext(db: DB, e: { claimId: number; version: number | null; actor: Actor }) {
  return db.transaction().execute(async (trx) => {
    const claim = await findClaim(trx, e.claimId);
    if (!claim) throw new NotFoundError(`Claim ${e.claimId}`);
    const next = await findNextClaim(trx, claim);
    if (!next) throw new RuleError('There is no following claim to merge with');
    const article = (await findArticle(trx, claim.articleId))!;
    const span = guard(() => mergeSpan(claim, next));
    const a = makeAnchor(article.body, span.start, span.end);
    const merged = await applyClaimChange(trx, {
      claimId: claim.id,
      version: e.version,
      actor: e.actor,
      action: 'merge',
      current: claim,
      set: { anchorStart: a.start, anchorEnd: a.end, quote: a.quote, prefix: a.prefix, suffix: a.suffix, text: `${claim.text} ${next.text}` },
      note: `merged with claim ${next.id}`,
    });
    await moveFigures(trx, { fromClaimIds: [next.id], toClaimId: claim.id, start: next.start, end: next.end });
    await applyClaimChange(trx, {
      claimId: next.id,
      version: null,
      actor: e.actor,
      action: 'merged-into',
      set: { dismissedAt: e.actor.now.toISOString(), mergedInto: claim.id },
    });
    return merged;
  });
}

function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof ClaimEditError) throw new RuleError(err.message);
    throw err;
  }
}
