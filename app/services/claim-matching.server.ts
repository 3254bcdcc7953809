import type { DB } from '../../db/connection';
import { toMatchText, type MatchText } from '../domain/matching/match-text';
import { rankMatches, DEFAULT_WEIGHTS, type RankWeights } from '../domain/matching/rank-matches';
import { findMatchCandidates, matchStats, type CheckedClaim } from '../models/checked-claim.server';

/** How many index hits the ranker re-weighs; more finds more paraphrases, costs time. */
export const CANDIDATES = 100;

/** BM25 weight of a review's title against its claim (1): titles restate the claim in other words. */
export const TITLE_WEIGHT = 1.2;

/** A checked claim that may say the same thing, with its match score (higher is better). */
export interface ClaimMatch {
  checked: CheckedClaim;
  score: number;
}

/** The stems stored in the index for a checked claim's text and title. */
export function indexTerms(claim: string, title: string | null): { claimTerms: string; titleTerms: string } {
  return { claimTerms: toMatchText(claim).terms.join(' '), titleTerms: title ? toMatchText(title).terms.join(' ') : '' };
}

/**
 * Checked claims that may say what `text` says (a tweet, a quote, a claim),
 * best first, at most `limit`; `exclude` drops ids (e.g. ruled out, or the
 * claim itself). Candidates come from the database's full-text index, then
 * the matching domain re-ranks them.
 */
export async function matchText(
  db: DB,
  text: string,
  opts: { limit: number; exclude?: ReadonlySet<number>; weights?: RankWeights },
): Promise<ClaimMatch[]> {
  const query = toMatchText(text);
  if (!query.terms.length) return [];
  const [hits, stats] = await Promise.all([
    findMatchCandidates(db, { terms: query.terms, limit: CANDIDATES, titleWeight: TITLE_WEIGHT }),
    matchStats(db, query.terms),
  ]);
  const kept = hits.filter((h) => !opts.exclude?.has(h.id));
  const read = new Map<number, { claim: MatchText; title: MatchText }>();
  for (const h of kept) read.set(h.id, { claim: toMatchText(h.claim), title: toMatchText(h.title ?? '') });
  const ranked = rankMatches(
    query,
    kept.map((h) => ({ id: h.id, lexical: h.lexical, ...read.get(h.id)! })),
    stats,
    opts.weights ?? DEFAULT_WEIGHTS,
  );
  const byId = new Map(kept.map((h) => [h.id, h]));
  return ranked.slice(0, opts.limit).map((r) => {
    const { lexical: _lexical, ...checked } = byId.get(r.id)!;
    return { checked, score: r.score };
  });
}
