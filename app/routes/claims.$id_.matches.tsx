import type { ActionFunctionArgs } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { z } from 'zod';
import { getDb } from '../../db/connection';
import { linkMatchAsEvidence, ruleOutMatch } from '../services/claim-matching.server';
import { requireAccess } from '../utils/access.server';
import { errorToResponse } from '../utils/error-response.server';
import { invalidForm, parseForm } from '../utils/form.server';
import { idParam } from '../utils/params';

/** The claim panel's match buttons: link a checked claim as evidence, or rule it out. */
const MatchAction = z.object({
  intent: z.enum(['link', 'rule-out']),
  checkedClaimId: z.coerce.number().int().positive(),
});

/**
 * A resource route (no page of its own) must answer with a Response: the
 * status of a bare data() is dropped there and a refusal would go out as 200.
 */
function asResponse<D>(d: { data: D; init: ResponseInit | null }): Response {
  return Response.json(d.data, d.init ?? undefined);
}

/** POST /claims/:id/matches — the match buttons; a plain form post (no JavaScript) returns to the claim page. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'claim.edit');
  const claimId = idParam(params.id, 'Claim');
  const { submission } = await parseForm(request, MatchAction);
  if (submission.status !== 'success') return asResponse(invalidForm(submission, { ok: false as const }));
  const { intent, checkedClaimId } = submission.value;
  const actor = { id: user.id, now: new Date() };
  try {
    if (intent === 'link') await linkMatchAsEvidence(getDb(), { claimId, checkedClaimId, actor });
    else await ruleOutMatch(getDb(), { claimId, checkedClaimId, actor });
  } catch (e) {
    return asResponse(errorToResponse(e, { ok: false as const }));
  }
  if (request.headers.get('accept')?.includes('text/html')) return redirect(`/claims/${claimId}`);
  return data({ ok: true as const, intent });
}
