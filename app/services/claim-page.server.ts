import type { DB } from '../../db/connection';
import { findClaim } from '../models/claim.server';
import { findClaimSourceState } from '../models/article-version.server';
import { listEvidenceOfClaims } from '../models/evidence.server';
import { listFiguresOfClaims, listFiguresOfSources } from '../models/figure.server';
import { listClaimRevisions } from '../models/revision.server';
import { searchSources } from '../models/source.server';
import { listUsers } from '../models/user.server';
import { NotFoundError } from './errors';
import { missingForSignoff } from '../domain/claims/signoff';
import { measureInfoOfFigures } from './figure-measures.server';
import { deskRatingLabels } from './desk-settings.server';

/** The revisions that move a claim's sign-off: the last of them says where it stands. */
const SIGNOFF_STEPS = new Set(['signoff-approve', 'signoff-return', 'signoff-reopened']);

/**
 * One claim with everything its page shows: figures, evidence (and the
 * figures read from its sources), assignable people, up to 10 library sources
 * matching `sourceQuery` (none when it is empty), where its source passage
 * stands, what a pending sign-off still lacks, the last change and the desk's
 * rating names.
 *
 * @throws NotFoundError when no claim has this id.
 */
export async function loadClaimPage(db: DB, claimId: number, options: { sourceQuery?: string } = {}) {
  const claim = await findClaim(db, claimId);
  if (!claim) throw new NotFoundError(`Claim ${claimId}`);
  const [figures, evidence, revisions, users, sourceState, ratingLabels] = await Promise.all([
    listFiguresOfClaims(db, [claim.id]),
    listEvidenceOfClaims(db, [claim.id]),
    listClaimRevisions(db, claim.id),
    listUsers(db),
    findClaimSourceState(db, claim.id),
    deskRatingLabels(db),
  ]);
  const sourceFigures = await listFiguresOfSources(
    db,
    evidence.map((e) => e.sourceId),
  );
  const figureMeasures = await measureInfoOfFigures(db, figures);
  const q = options.sourceQuery?.trim() ?? '';
  const library = q ? await searchSources(db, { text: q, limit: 10, offset: 0 }) : [];
  // What a proposed verdict still lacks before an editor can approve it.
  const missing = claim.signoff === 'pending' ? missingForSignoff({ status: claim.status, verdict: claim.verdict, evidenceCount: evidence.length }) : [];
  // A pending claim whose last sign-off step was a reopening: approved once, then its content changed.
  const lastSignoffStep = claim.signoff === 'pending' ? revisions.findLast((r) => SIGNOFF_STEPS.has(r.action)) : undefined;
  const reopened = lastSignoffStep?.action === 'signoff-reopened' ? { at: lastSignoffStep.at, note: lastSignoffStep.note, by: lastSignoffStep.actor } : null;
  return {
    claim,
    /** "Changed in source" (with its word diff) or "removed from source" in a newer version of the article; null otherwise. */
    sourceState,
    missing,
    /** When and why an approval was taken back (the claim is pending again), or null. */
    reopened,
    figures,
    figureMeasures,
    evidence,
    sourceFigures,
    library,
    sourceQuery: q,
    users: users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })),
    lastChange: revisions.at(-1) ? { at: revisions.at(-1)!.at, actor: revisions.at(-1)!.actor ?? 'command line' } : null,
    revisionCount: revisions.length,
    /** The desk's name for each point of the rating scale. */
    ratingLabels,
  };
}
