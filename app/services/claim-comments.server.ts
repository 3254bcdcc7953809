import type { DB } from '../../db/connection';
import { findClaim } from '../models/claim.server';
import { insertRevision, listClaimComments, type ClaimComment } from '../models/revision.server';
import { hasVisibleText } from '../domain/visible-text';
import type { Actor } from './claim-change.server';
import { NotFoundError, RuleError } from './errors';

/** The longest comment a claim's discussion takes (the form says the same). */
export const MAX_COMMENT_LENGTH = 2000;

export type { ClaimComment };

/**
 * Adds a comment to a claim's discussion thread. A comment is a revision
 * (action "comment", the text as its note) in the hash-chained history, so it
 * is kept, ordered and tamper-evident like every change; it changes nothing
 * the sign-off covers and does not bump the claim's version. Throws
 * NotFoundError for an unknown claim and RuleError for an empty or too long text.
 */
export async function addComment(db: DB, e: { claimId: number; text: string; actor: Actor }): Promise<void> {
  const text = e.text.trim();
  if (!hasVisibleText(text)) throw new RuleError('Write a comment first', 'text');
  if (text.length > MAX_COMMENT_LENGTH) throw new RuleError(`A comment is at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters`, 'text');
  await db.transaction().execute(async (trx) => {
    const claim = await findClaim(trx, e.claimId);
    if (!claim) throw new NotFoundError(`Claim ${e.claimId}`);
    await insertRevision(trx, {
      entity: 'claim',
      entityId: claim.id,
      actorId: e.actor.id,
      at: e.actor.now.toISOString(),
      action: 'comment',
      before: null,
      after: null,
      note: text,
    });
  });
}

/** A claim's discussion, oldest first (who, when, text). */
export async function claimComments(db: DB, claimId: number): Promise<ClaimComment[]> {
  return listClaimComments(db, claimId);
}
