import type { DB } from '../../db/connection';
import { parseRating } from '../domain/claims/rating';
import { assertConsistentVerdict, SignoffError } from '../domain/claims/signoff';
import { findRevision } from '../models/revision.server';
import { findUserById } from '../models/user.server';
import { findClaim } from '../models/claim.server';
import { applyClaimChange, type Actor } from './claim-change.server';
import { NotFoundError, RuleError } from './errors';
import { hasVisibleText } from '../domain/visible-text';

const MAX_TEXT = 5000;

/**
 * Rewords the claim; its quote stays anchored to the article.
 * @throws RuleError for empty wording or more than 5,000 characters
 * @throws NotFoundError for an unknown claim; StaleEditError when `version` is not the current one.
 */
export async function editWording(db: DB, e: { claimId: number; version: number | null; text: string; actor: Actor; note?: string }) {
  const text = e.text.trim();
  if (!hasVisibleText(text)) throw new RuleError('The claim cannot be empty');
  if (text.length > MAX_TEXT) throw new RuleError(`A claim is at most ${MAX_TEXT} characters`);
  return db.transaction().execute((trx) =>
    applyClaimChange(trx, { claimId: e.claimId, version: e.version, actor: e.actor, action: 'wording', set: { text }, note: e.note }),
  );
}

/**
 * Corrects who the claim is attributed to (who made it, as the article
 * reports it; empty: not stated). It is part of the approved content (the
 * ClaimReview names it as the claim's author), so a change reopens a sign-off.
 * @throws RuleError for more than 300 characters
 * @throws NotFoundError for an unknown claim; StaleEditError when `version` is not the current one.
 */
export async function setAttribution(db: DB, e: { claimId: number; version: number | null; attribution: string | null; actor: Actor }) {
  const attribution = e.attribution?.trim() || null;
  if (attribution && attribution.length > 300) throw new RuleError('An attribution is at most 300 characters');
  return db.transaction().execute((trx) =>
    applyClaimChange(trx, { claimId: e.claimId, version: e.version, actor: e.actor, action: 'attribution', set: { attribution } }),
  );
}

/**
 * Rating on the stated scale plus the verdict text explaining it. Whoever
 * changes either is recorded as the claim's judge (who may not approve it).
 * @throws RuleError for a rating off the scale, a verdict over 10,000 characters
 *   or a rating that contradicts the status
 * @throws NotFoundError for an unknown claim; StaleEditError when `version` is not the current one.
 */
export async function setRating(
  db: DB,
  e: { claimId: number; version: number | null; rating: string; verdict: string; actor: Actor },
) {
  const rating = e.rating ? parseRating(e.rating) : null;
  if (e.rating && !rating) throw new RuleError(`"${e.rating}" is not on the rating scale`);
  const verdict = e.verdict.trim();
  if (verdict.length > 10_000) throw new RuleError('The verdict is at most 10,000 characters');
  return db.transaction().execute(async (trx) => {
    const current = await findClaim(trx, e.claimId);
    if (!current) throw new NotFoundError(`Claim ${e.claimId}`);
    const set = { rating: rating?.label ?? null, verdict: verdict || null };
    if (set.rating !== current.rating) {
      try {
        assertConsistentVerdict(current.status, set.rating, 'rating');
      } catch (err) {
        if (err instanceof SignoffError) throw new RuleError(err.message);
        throw err;
      }
    }
    const changes = set.rating !== current.rating || set.verdict !== current.verdict;
    return applyClaimChange(trx, {
      claimId: e.claimId,
      version: e.version,
      actor: e.actor,
      action: 'rating',
      set: changes ? { ...set, judgedBy: e.actor.id } : set,
      current,
    });
  });
}

/**
 * Assigns the claim to a user (`assigneeId`), or to nobody (null).
 * @throws RuleError when the assignee is unknown or deactivated
 * @throws NotFoundError for an unknown claim; StaleEditError when `version` is not the current one.
 */
export async function assignClaim(db: DB, e: { claimId: number; version: number | null; assigneeId: number | null; actor: Actor }) {
  return db.transaction().execute(async (trx) => {
    if (e.assigneeId !== null) {
      const user = await findUserById(trx, e.assigneeId);
      if (!user || !user.active) throw new RuleError('Assign the claim to an active user');
    }
    return applyClaimChange(trx, { claimId: e.claimId, version: e.version, actor: e.actor, action: 'assign', set: { assigneeId: e.assigneeId } });
  });
}

/**
 * Marks a sentence as not a claim (kept, and restorable).
 * @throws NotFoundError for an unknown claim; StaleEditError when `version` is not the current one.
 */
export async function dismissClaim(db: DB, e: { claimId: number; version: number | null; actor: Actor; note?: string }) {
  return db.transaction().execute((trx) =>
    applyClaimChange(trx, {
      claimId: e.claimId,
      version: e.version,
      actor: e.actor,
      action: 'dismiss',
      set: { dismissedAt: e.actor.now.toISOString() },
      note: e.note,
    }),
  );
}

/**
 * Brings a dismissed claim back to the claim list.
 * @throws NotFoundError for an unknown claim; StaleEditError when `version` is not the current one.
 */
export async function restoreClaim(db: DB, e: { claimId: number; version: number | null; actor: Actor }) {
  return db.transaction().execute((trx) =>
    applyClaimChange(trx, { claimId: e.claimId, version: e.version, actor: e.actor, action: 'restore', set: { dismissedAt: null, mergedInto: null } }),
  );
}

/**
 * Brings back the wording a revision recorded, as a new revision (history is never rewritten).
 * @throws NotFoundError when the revision is not one of this claim's; RuleError when it did
 *   not change the wording; StaleEditError when `version` is not the current one.
 */
export async function restoreWording(db: DB, e: { claimId: number; revisionId: number; version: number | null; actor: Actor }) {
  return db.transaction().execute(async (trx) => {
    const revision = await findRevision(trx, e.revisionId);
    if (!revision || revision.entityId !== e.claimId || revision.entity !== 'claim') {
      throw new NotFoundError(`Revision ${e.revisionId} of claim ${e.claimId}`);
    }
    const text = (revision.after?.text ?? revision.before?.text) as string | undefined;
    if (typeof text !== 'string') throw new RuleError('That revision did not change the wording');
    return applyClaimChange(trx, {
      claimId: e.claimId,
      version: e.version,
      actor: e.actor,
      action: 'wording',
      set: { text },
      note: `restored the wording of revision ${revision.id}`,
    });
  });
}
