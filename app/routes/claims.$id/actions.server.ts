/**
 * The claim page's action: one zod schema (app/utils/claim-form.ts) tells the
 * intents apart; each calls one service, which checks the version and writes
 * the history. The route hands over the user it has already checked.
 */
import { data, redirect } from '@remix-run/node';
import { getDb } from '../../../db/connection';
import { statusLabel } from '../../domain/claims/status';
import type { User } from '../../models/user.server';
import type { ClaimWithArticle } from '../../models/claim.server';
import { setClaimStatus, approveVerdict, returnVerdict } from '../../services/claim-status.server';
import { assignClaim, dismissClaim, editWording, setAttribution, restoreClaim, restoreWording, setRating } from '../../services/claim-edit.server';
import { mergeWithNext, splitClaim } from '../../services/claim-structure.server';
import { addEvidence, removeEvidenceLink } from '../../services/evidence.server';
import { addComment } from '../../services/claim-comments.server';
import { assertAccess } from '../../utils/access.server';
import { errorToResponse } from '../../utils/error-response.server';
import { fieldErrorsOf, parseForm, postedValues } from '../../utils/form.server';
import { sameOriginPath } from '../../utils/safe-redirect';
import { ClaimAction, type ClaimActionInput, type ClaimActionResult } from '../../utils/claim-form';

/**
 * Runs one of the claim page's forms for `user` (who holds claim.edit; the
 * sign-off intents check claim.signoff here). Field errors answer 400, the
 * services' errors go through errorToResponse (404, 409 with a side-by-side
 * view, 422).
 */
export async function claimAction(request: Request, claimId: number, user: User) {
  const { form, submission } = await parseForm(request, ClaimAction);
  const values = postedValues(form);
  const posted = submission.payload.intent;
  const intentName = typeof posted === 'string' ? posted.slice(0, 40) : '';
  if (submission.status !== 'success') {
    const errors = fieldErrorsOf(submission);
    const error = errors.intent ? `Unknown action "${intentName}"` : (Object.values(errors)[0] ?? 'The form could not be read; reload the page');
    return data<ClaimActionResult>({ intent: intentName, values, error, errors }, { status: 400 });
  }
  const input = submission.value;
  if ((input.intent === 'approve' || input.intent === 'return')) assertAccess(user, 'claim.signoff');
  try {
    const result = await run(input, claimId, user);
    if (result instanceof Response) return result;
    const to = sameOriginPath(input.redirectTo ?? '', '');
    if (to) return redirect(to);
    return data<ClaimActionResult>(result);
  } catch (e) {
    return errorToResponse<ClaimActionResult>(e, { intent: input.intent, values }, { stale: (current) => conflictOf(input, current as ClaimWithArticle) });
  }
}

async function run(input: ClaimActionInput, claimId: number, user: User): Promise<ClaimActionResult | Response> {
  const db = getDb();
  const actor = { id: user.id, now: new Date() };
  const ok: ClaimActionResult = { intent: input.intent, ok: true };
  switch (input.intent) {
    case 'status': {
      const r = await setClaimStatus(db, { claimId, status: input.status, version: input.version ?? null, expected: input.expected ?? null, actorId: user.id, now: actor.now });
      return { ...ok, ...r };
    }
    case 'wording':
      await editWording(db, { claimId, version: input.version, text: input.text, actor });
      return ok;
    case 'attribution':
      await setAttribution(db, { claimId, version: input.version, attribution: input.attribution ?? null, actor });
      return ok;
    case 'rating':
      await setRating(db, { claimId, version: input.version, rating: input.rating, verdict: input.verdict, actor });
      return ok;
    case 'assign':
      await assignClaim(db, { claimId, version: input.version, assigneeId: input.assigneeId ?? null, actor });
      return ok;
    case 'approve':
      await approveVerdict(db, { claimId, version: input.version, actor, overrideReason: input.overrideReason });
      return ok;
    case 'return':
      await returnVerdict(db, { claimId, version: input.version, comment: input.comment, actor });
      return ok;
    case 'dismiss':
      await dismissClaim(db, { claimId, version: input.version, actor, note: input.note ?? undefined });
      return ok;
    case 'restore':
      await restoreClaim(db, { claimId, version: input.version, actor });
      return ok;
    case 'restore-wording':
      await restoreWording(db, { claimId, revisionId: input.revisionId, version: input.version, actor });
      return ok;
    case 'split': {
      const r = await splitClaim(db, { claimId, version: input.version, startsWith: input.startsWith, actor });
      return redirect(`/articles/${r.kept.articleId}?claim=${r.newClaimId}`);
    }
    case 'merge':
      await mergeWithNext(db, { claimId, version: input.version, actor });
      return ok;
    case 'evidence-add':
      await addEvidence(db, {
        claimId,
        sourceId: input.sourceId ?? null,
        newSource: input.newSource,
        stance: input.stance,
        excerpt: input.excerpt,
        note: input.note,
        figure: { text: input.figureText, asOf: input.figureAsOf },
        actor,
      });
      return ok;
    case 'evidence-remove':
      await removeEvidenceLink(db, { claimId, evidenceId: input.evidenceId, actor });
      return ok;
    case 'comment':
      await addComment(db, { claimId, text: input.text, actor });
      return ok;
  }
}

/** What a stale save answers: the other person's text beside this user's, or what the claim now is. */
function conflictOf(input: ClaimActionInput, theirs: ClaimWithArticle): ClaimActionResult {
  const by = 'someone else';
  if (input.intent === 'wording') {
    return {
      error: 'A different wording was saved while you were editing (by someone else, or by you in another tab). Nothing of yours was saved or lost: compare the two wordings below.',
      version: theirs.version,
      conflict: { field: 'text', mine: input.text, theirs: theirs.text, theirsBy: by, version: theirs.version },
    };
  }
  if (input.intent === 'rating') {
    return {
      error: 'This rating or verdict was saved while you were editing (by someone else, or by you in another tab). Nothing of yours was saved or lost: compare the two below, ratings included.',
      version: theirs.version,
      conflict: { field: 'verdict', mine: input.verdict, theirs: theirs.verdict ?? '', theirsBy: by, version: theirs.version, rating: theirs.rating },
    };
  }
  return {
    error: `Someone else changed this claim first: it is now "${statusLabel(theirs.status)}". Your change was not saved; look again and retry.`,
    version: theirs.version,
  };
}
