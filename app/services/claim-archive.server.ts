import type { DB } from '../../db/connection';
import type { ClaimReviewItem } from '../domain/archive/parse-claimreview';
import { parseRating } from '../domain/claims/rating';
import { FINAL_STATUSES, statusLabel } from '../domain/claims/status';
import { countCheckedClaims, deleteDeskCheckedClaim, listDeskArchiveChanges, upsertCheckedClaim } from '../models/checked-claim.server';
import { getSetting } from '../models/setting.server';
import { toMatchText } from '../domain/matching/match-text';
import { currentContentHashes } from './signoff-binding.server';

/**
 * The stems stored for a checked claim's text and title (space-separated):
 * the index's words, and the names among them (the re-ranker's evidence,
 * so candidates need not be read again at match time).
 */
export function indexTerms(claim: string, title: string | null): { claimTerms: string; titleTerms: string; nameTerms: string } {
  const c = toMatchText(claim);
  const t = title ? toMatchText(title) : null;
  return { claimTerms: c.terms.join(' '), titleTerms: t ? t.terms.join(' ') : '', nameTerms: [...new Set([...c.names, ...(t?.names ?? [])])].join(' ') };
}

/**
 * Writes published fact-checks into the archive in one transaction: a new
 * URL adds a checked claim, a known URL updates it in place (nothing is
 * duplicated). `now` is an ISO timestamp. Returns how many were added and updated.
 */
export async function importClaimReviews(db: DB, items: ClaimReviewItem[], now: string): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  await db.transaction().execute(async (trx) => {
    for (const item of items) {
      const r = await upsertCheckedClaim(trx, { ...item, claimId: null, ...indexTerms(item.claim, item.title) }, now);
      if (r.created) created++;
      else updated++;
    }
  });
  return { created, updated };
}

/**
 * Brings the desk's own checked claims into the archive: a claim is copied
 * (with its rating, or status, and article title) only while its sign-off
 * is current, that is an editor approved it and its content still hashes to
 * what was approved (ADR 011); copies of claims whose approval lapsed
 * (reopened, sent back, changed outside the services, dismissed, merged)
 * are removed. Only claims changed since their copy are re-read. Runs
 * before matching, so whatever service changed a claim, the archive follows.
 * `now` is an ISO timestamp.
 */
export async function syncDeskArchive(db: DB, now: string): Promise<void> {
  const { stale, gone } = await listDeskArchiveChanges(db, FINAL_STATUSES);
  if (!stale.length && !gone.length) return;
  const hashes = await currentContentHashes(
    db,
    stale.map((c) => c.claimId),
  );
  const current = stale.filter((c) => hashes.get(c.claimId) === c.signoffHash);
  // Approved but changed behind the services' back: the approval no longer covers it.
  const lapsed = stale.filter((c) => hashes.get(c.claimId) !== c.signoffHash).map((c) => c.claimId);
  const publisher = (await getSetting(db, 'org_name')) || process.env.CLAIMDESK_ORG_NAME || 'This desk';
  await db.transaction().execute(async (trx) => {
    for (const c of current) {
      const rating = parseRating(c.rating);
      await upsertCheckedClaim(
        trx,
        {
          url: null,
          claimId: c.claimId,
          claim: c.text,
          title: c.articleTitle,
          claimant: null,
          rating: rating?.label ?? statusLabel(c.status),
          ratingValue: rating?.value ?? null,
          publisher,
          reviewedAt: (c.signoffAt ?? c.updatedAt).slice(0, 10),
          ...indexTerms(c.text, null),
        },
        // The copy is as new as the claim it mirrors, so it is not stale on the next pass.
        c.updatedAt > now ? c.updatedAt : now,
      );
    }
    for (const claimId of [...gone, ...lapsed]) await deleteDeskCheckedClaim(trx, claimId);
  });
}

/** How many checked claims the archive holds: `published` (imported fact-checks, by URL) and `desk` (the desk's own signed-off claims). */
export async function archiveCounts(db: DB): Promise<{ published: number; desk: number }> {
  return countCheckedClaims(db);
}
