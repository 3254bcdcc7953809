import { data, redirect } from '@remix-run/node';
import { getDb } from '../../db/connection';
import { parseStatus, statusLabel } from '../domain/claims/status';
import type { User } from '../models/user.server';
import type { ClaimWithArticle } from '../models/claim.server';
import { setClaimStatus, approveVerdict, returnVerdict } from '../services/claim-status.server';
import { assignClaim, dismissClaim, editWording, restoreClaim, restoreWording, setRating } from '../services/claim-edit.server';
import { mergeWithNext, splitClaim } from '../services/claim-structure.server';
import { addEvidence, removeEvidenceLink } from '../services/evidence.server';
import { RuleError } from '../services/errors';
import { assertAccess } from './access.server';
import { errorToResponse } from './error-response.server';
import { readForm } from './form.server';
import { sameOriginPath } from './safe-redirect';
import { hasVisibleText } from '../domain/visible-text';

export interface ClaimActionResult {
  intent?: string;
  ok?: boolean;
  error?: string;
  status?: string;
  version?: number;
  /** A stale save: what the other person saved beside what this user sent. */
  conflict?: { field: 'text' | 'verdict'; mine: string; theirs: string; theirsBy: string; version: number; rating?: string | null };
  values?: Record<string, string>;
}

const VERSIONED = new Set(['wording', 'rating', 'assign', 'approve', 'return', 'dismiss', 'restore', 'restore-wording', 'split', 'merge']);

const str = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
};

/** The version the checker saw; null when the form has none; NaN when it is junk (a broken form, 400). */
function versionOf(form: FormData): number | null {
  const raw = str(form, 'version');
  if (raw === '') return null;
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : Number.NaN;
}

function idOf(form: FormData, key: string): number | null {
  const raw = str(form, key);
  if (raw === '') return null;
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw new RuleError(`"${raw}" is not a valid ${key}`);
  return Number(raw);
}

/**
 * Runs one of the claim page's forms (told apart by `intent`). Every change
 * goes through a service that checks the version and writes the history.
 */
export async function handleClaimAction(request: Request, claimId: number, user: User) {
  const form = await readForm(request);
  const intent = str(form, 'intent');
  const actor = { id: user.id, now: new Date() };
  const db = getDb();
  const values = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const fail = (status: number, body: ClaimActionResult) => data<ClaimActionResult>({ intent, values, ...body }, { status });
  try {
    const version = versionOf(form);
    if (Number.isNaN(version)) return fail(400, { error: 'The form was sent with a broken version number; reload the page' });
    if (intent === 'wording' && !hasVisibleText(str(form, 'text'))) return fail(400, { error: 'The claim cannot be empty' });
    // Every edit of the claim's own fields carries the version the checker saw: never last-write-wins.
    if (version === null && VERSIONED.has(intent)) {
      return fail(400, { error: 'The form was sent without the version you saw; reload the page and try again' });
    }
    let result: ClaimActionResult = { intent, ok: true };
    switch (intent) {
      case 'status': {
        const status = parseStatus(form.get('status'));
        if (!status) return fail(400, { error: `"${str(form, 'status')}" is not a status` });
        const expected = str(form, 'expected') ? parseStatus(form.get('expected')) : null;
        if (str(form, 'expected') && !expected) return fail(400, { error: `"${str(form, 'expected')}" is not a status` });
        if (version === null && !expected) return fail(400, { error: 'The form was sent without the version you saw; reload the page' });
        const r = await setClaimStatus(db, { claimId, status, version, expected, actorId: user.id, now: actor.now });
        result = { intent, ok: true, ...r };
        break;
      }
      case 'wording':
        await editWording(db, { claimId, version, text: str(form, 'text'), actor });
        break;
      case 'rating':
        await setRating(db, { claimId, version, rating: str(form, 'rating'), verdict: str(form, 'verdict'), actor });
        break;
      case 'assign':
        await assignClaim(db, { claimId, version, assigneeId: idOf(form, 'assigneeId'), actor });
        break;
      case 'approve':
        assertAccess(user, 'claim.signoff');
        await approveVerdict(db, { claimId, version, actor, overrideReason: str(form, 'overrideReason') || null });
        break;
      case 'return':
        assertAccess(user, 'claim.signoff');
        await returnVerdict(db, { claimId, version, comment: str(form, 'comment'), actor });
        break;
      case 'dismiss':
        await dismissClaim(db, { claimId, version, actor, note: str(form, 'note') || undefined });
        break;
      case 'restore':
        await restoreClaim(db, { claimId, version, actor });
        break;
      case 'restore-wording': {
        const revisionId = idOf(form, 'revisionId');
        if (!revisionId) return fail(400, { error: 'Choose a revision to restore' });
        await restoreWording(db, { claimId, revisionId, version, actor });
        break;
      }
      case 'split': {
        const r = await splitClaim(db, { claimId, version, startsWith: str(form, 'startsWith'), actor });
        return redirect(`/articles/${r.kept.articleId}?claim=${r.newClaimId}`);
      }
      case 'merge':
        await mergeWithNext(db, { claimId, version, actor });
        break;
      case 'evidence-add': {
        const sourceId = idOf(form, 'sourceId');
        const newSource =
          sourceId === null
            ? {
                url: str(form, 'url'),
                title: str(form, 'title'),
                publisher: str(form, 'publisher'),
                kind: str(form, 'kind'),
                publishedAt: str(form, 'publishedAt'),
                accessedAt: str(form, 'accessedAt'),
                archivedUrl: str(form, 'archivedUrl'),
                notes: str(form, 'notes'),
              }
            : null;
        await addEvidence(db, {
          claimId,
          sourceId,
          newSource,
          stance: str(form, 'stance'),
          excerpt: str(form, 'excerpt'),
          note: str(form, 'note'),
          figure: { text: str(form, 'figureText'), asOf: str(form, 'figureAsOf') },
          actor,
        });
        break;
      }
      case 'evidence-remove': {
        const evidenceId = idOf(form, 'evidenceId');
        if (!evidenceId) return fail(400, { error: 'Choose the evidence to remove' });
        await removeEvidenceLink(db, { claimId, evidenceId, actor });
        break;
      }
      default:
        return fail(400, { error: `Unknown action "${intent}"` });
    }
    const to = sameOriginPath(str(form, 'redirectTo'), '');
    if (to) return redirect(to);
    return data<ClaimActionResult>(result);
  } catch (e) {
    return errorToResponse<ClaimActionResult>(e, { intent, values }, { stale: (current) => conflictOf(intent, form, current as ClaimWithArticle) });
  }
}

function conflictOf(intent: string, form: FormData, theirs: ClaimWithArticle): ClaimActionResult {
  const by = 'someone else';
  const base = {
    error: `Someone else saved this claim while you were editing (it is now "${statusLabel(theirs.status)}"). Nothing of yours was saved or lost: compare below.`,
    version: theirs.version,
  };
  if (intent === 'wording') {
    return { ...base, conflict: { field: 'text', mine: str(form, 'text'), theirs: theirs.text, theirsBy: by, version: theirs.version } };
  }
  if (intent === 'rating') {
    return {
      ...base,
      conflict: { field: 'verdict', mine: str(form, 'verdict'), theirs: theirs.verdict ?? '', theirsBy: by, version: theirs.version, rating: theirs.rating },
    };
  }
  return { ...base, error: `Someone else changed this claim first: it is now "${statusLabel(theirs.status)}". Your change was not saved; look again and retry.` };
}
