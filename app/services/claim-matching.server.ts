import type { DB } from '../../db/connection';
import { toMatchText, type MatchText } from '../domain/matching/match-text';
import { rankMatches, DEFAULT_WEIGHTS, type MatchEvidence, type RankWeights } from '../domain/matching/rank-matches';
import {
  findMatchCandidates,
  getCheckedClaim,
  matchStats,
  type CheckedClaim,
  type MatchCandidate,
  type MatchStats,
} from '../models/checked-claim.server';
import { findClaim } from '../models/claim.server';
import { syncDeskArchive } from './claim-archive.server';
import type { Actor } from './claim-change.server';
import { NotFoundError, RuleError } from './errors';
import { addEvidence } from './evidence.server';
import { listRejectedMatches, rejectMatch } from '../models/match-rejection.server';

/** How many index hits the ranker re-weighs; more finds more paraphrases, costs time. */
export const CANDIDATES = 100;

/** BM25 weight of a review's title against its claim (1): titles restate the claim in other words. */
export const TITLE_WEIGHT = 1.2;

/** At most this many of a text's words go to the index: the rarest, which say most. */
export const MAX_QUERY_TERMS = 24;

/**
 * At most this many index entries (checked claims per word, added up over
 * the words asked for) are scored per query, beyond the rarest
 * MIN_QUERY_TERMS words: the index scores every entry of every word asked
 * for (a few microseconds each), so this bounds a query's time at a million
 * checked claims. At 10,000 it rarely binds.
 */
export const POSTING_BUDGET = 20_000;

/** The rarest words are asked for whatever their postings cost. */
export const MIN_QUERY_TERMS = 3;

/**
 * The words worth asking the index for: known to it, the rarest first, at
 * most MAX_QUERY_TERMS and POSTING_BUDGET entries, and without words in more
 * than a fifth of all checked claims while three or more others remain
 * (their long posting lists cost time and barely change the order; the
 * re-ranker still sees every word).
 */
function retrievalTerms(terms: string[], stats: MatchStats): string[] {
  const known = [...new Set(terms)].filter((t) => (stats.df.get(t) ?? 0) > 0).sort((a, b) => stats.df.get(a)! - stats.df.get(b)!);
  const rare = known.filter((t) => stats.df.get(t)! <= stats.docs / 5);
  const out: string[] = [];
  let postings = 0;
  for (const t of rare.length >= MIN_QUERY_TERMS ? rare : known) {
    const df = stats.df.get(t)!;
    if (out.length >= MAX_QUERY_TERMS || (out.length >= MIN_QUERY_TERMS && postings + df > POSTING_BUDGET)) break;
    out.push(t);
    postings += df;
  }
  return out;
}

/** A candidate's stems as stored, read like toMatchText's output (numbers are the all-digit stems); older rows without stored names are read again. */
function storedMatchText(h: MatchCandidate): { claim: MatchText; title: MatchText } {
  if (h.nameTerms === null) return { claim: toMatchText(h.claim), title: toMatchText(h.title ?? '') };
  const split = (s: string) => (s ? s.split(' ') : []);
  const read = (terms: string[], names: string[]): MatchText => ({ terms, numbers: terms.filter((t) => /^\d+$/.test(t)), names });
  return { claim: read(split(h.claimTerms), split(h.nameTerms)), title: read(split(h.titleTerms), []) };
}

/** A checked claim that may say the same thing, with its match score (higher is better). */
export interface ClaimMatch {
  checked: CheckedClaim;
  score: number;
  /**
   * Overlap 0…1, absolute (comparable across queries): the larger of the
   * idf-weighted share of the checked claim's words found in the text and
   * the share of the text's words found in the checked claim.
   */
  coverage: number;
  /** The ranker's evidence for this match, when asked for (`explain`: for tuning the weights and the bench). */
  evidence?: MatchEvidence;
}

/** Milliseconds per stage of one match (for the bench): read, stats, index, re-read, rank. */
export type MatchTimings = Record<'read' | 'stats' | 'index' | 'reread' | 'rank', number>;

/**
 * Checked claims that may say what `text` says (a tweet, a quote, a claim),
 * best first, at most `limit`; `exclude` drops ids (e.g. ruled out, or the
 * claim itself). Candidates come from the database's full-text index, then
 * the matching domain re-ranks them. `timings`, when given, receives the
 * milliseconds each stage took; `explain` adds each match's evidence.
 */
export async function matchText(
  db: DB,
  text: string,
  opts: { limit: number; exclude?: ReadonlySet<number>; weights?: RankWeights; timings?: Partial<MatchTimings>; explain?: boolean },
): Promise<ClaimMatch[]> {
  let t = performance.now();
  const lap = (stage: keyof MatchTimings) => {
    const now = performance.now();
    if (opts.timings) opts.timings[stage] = now - t;
    t = now;
  };
  const query = toMatchText(text);
  lap('read');
  if (!query.terms.length) return [];
  const stats = await matchStats(db, query.terms);
  lap('stats');
  const hits = await findMatchCandidates(db, { terms: retrievalTerms(query.terms, stats), limit: CANDIDATES, titleWeight: TITLE_WEIGHT });
  lap('index');
  const kept = hits.filter((h) => !opts.exclude?.has(h.id));
  const read = new Map<number, { claim: MatchText; title: MatchText }>();
  for (const h of kept) read.set(h.id, storedMatchText(h));
  lap('reread');
  const ranked = rankMatches(
    query,
    kept.map((h) => ({ id: h.id, lexical: h.lexical, ...read.get(h.id)! })),
    stats,
    opts.weights ?? DEFAULT_WEIGHTS,
  );
  lap('rank');
  const byId = new Map(kept.map((h) => [h.id, h]));
  return ranked.slice(0, opts.limit).map((r) => {
    const { lexical: _l, claimTerms: _c, titleTerms: _t, nameTerms: _n, ...checked } = byId.get(r.id)!;
    return { checked, score: r.score, coverage: Math.max(r.evidence.claimCoverage, r.evidence.queryCoverage), ...(opts.explain ? { evidence: r.evidence } : {}) };
  });
}

/**
 * Below this coverage a match is not shown in the app: less than half of
 * the (idf-weighted) words of either side recur in the other. Hand-set.
 */
export const MIN_COVERAGE = 0.5;

/**
 * The checked claims that may be what a desk claim says, best first (at
 * most `limit`, each with at least MIN_COVERAGE): the desk's own checked
 * claims (brought up to date first) and the published archive, leaving out
 * the claim's own archive copy and matches ruled out as "not the same claim".
 *
 * @throws NotFoundError when the claim does not exist
 */
export async function matchesForClaim(db: DB, claimId: number, opts: { limit: number; now: Date }): Promise<ClaimMatch[]> {
  const claim = await findClaim(db, claimId);
  if (!claim) throw new NotFoundError(`Claim ${claimId}`);
  await syncDeskArchive(db, opts.now.toISOString());
  const exclude = await listRejectedMatches(db, claimId);
  const matches = await matchText(db, claim.text, { limit: opts.limit + exclude.size + 1, exclude });
  return matches.filter((m) => m.checked.claimId !== claimId && m.coverage >= MIN_COVERAGE).slice(0, opts.limit);
}

/** "Has this been checked?": matches for any sentence (a post, a quote), at most `limit`, each with at least MIN_COVERAGE. */
export async function checkSentence(db: DB, text: string, opts: { limit: number; now: Date }): Promise<ClaimMatch[]> {
  await syncDeskArchive(db, opts.now.toISOString());
  const matches = await matchText(db, text, { limit: opts.limit });
  return matches.filter((m) => m.coverage >= MIN_COVERAGE);
}

/**
 * Links a published fact-check to a desk claim as evidence: its review page
 * becomes a library source (found by URL if already there) and the link's
 * stance follows its rating (1–2 refutes, 4–5 supports, else context), with
 * the rating, publisher and date in the note.
 *
 * @throws NotFoundError for an unknown checked claim; RuleError for a desk claim (it has no page to cite)
 */
export async function linkMatchAsEvidence(
  db: DB,
  l: { claimId: number; checkedClaimId: number; actor: Actor },
): Promise<number> {
  const c = await getCheckedClaim(db, l.checkedClaimId);
  if (!c) throw new NotFoundError(`Checked claim ${l.checkedClaimId}`);
  if (!c.url) throw new RuleError('A desk claim has no published review to cite; open it instead');
  const stance = c.ratingValue === null ? 'context' : c.ratingValue <= 2 ? 'refutes' : c.ratingValue >= 4 ? 'supports' : 'context';
  const rated = [c.rating && `Rated “${c.rating}”`, c.publisher && `by ${c.publisher}`, c.reviewedAt && `on ${c.reviewedAt}`]
    .filter(Boolean)
    .join(' ');
  return addEvidence(db, {
    claimId: l.claimId,
    sourceId: null,
    newSource: {
      url: c.url,
      title: c.title ?? c.claim,
      publisher: c.publisher,
      kind: 'news_report',
      publishedAt: c.reviewedAt,
      accessedAt: null,
      archivedUrl: null,
      notes: null,
    },
    stance,
    excerpt: c.claim,
    note: rated ? `${rated}.` : '',
    actor: l.actor,
  });
}

/**
 * Remembers that a checked claim is not the same claim as a desk claim, so
 * it is not offered again for it.
 *
 * @throws NotFoundError for an unknown claim or checked claim
 */
export async function ruleOutMatch(db: DB, r: { claimId: number; checkedClaimId: number; actor: Actor & { id: number } }): Promise<void> {
  if (!(await findClaim(db, r.claimId))) throw new NotFoundError(`Claim ${r.claimId}`);
  if (!(await getCheckedClaim(db, r.checkedClaimId))) throw new NotFoundError(`Checked claim ${r.checkedClaimId}`);
  await rejectMatch(db, { claimId: r.claimId, checkedClaimId: r.checkedClaimId, userId: r.actor.id, now: r.actor.now.toISOString() });
}
