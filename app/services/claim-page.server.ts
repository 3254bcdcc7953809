import type { DB } from '../../db/connection';
import { findClaim } from '../models/claim.server';
import { listFiguresOfClaims } from '../models/figure.server';
import { listRevisions } from '../models/revision.server';
import { NotFoundError } from './claim-status.server';

/** One claim with its figures and its history so far, for the shareable claim page. */
export async function loadClaimPage(db: DB, claimId: number) {
  const claim = await findClaim(db, claimId);
  if (!claim) throw new NotFoundError(`Claim ${claimId}`);
  const [figures, revisions] = await Promise.all([
    listFiguresOfClaims(db, [claim.id]),
    listRevisions(db, 'claim', claim.id),
  ]);
  return {
    claim,
    figures,
    revisions: revisions.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      actor: r.actor ?? 'command line',
      before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
      after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
    })),
  };
}
