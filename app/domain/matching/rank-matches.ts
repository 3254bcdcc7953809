import type { MatchText } from './match-text';
import { relatedStems } from './related-words';

/** A candidate as the ranker sees it: its index score and its read text. */
export interface RankCandidate {
  id: number;
  /** The index's BM25 (higher is better). */
  lexical: number;
  claim: MatchText;
  title: MatchText;
}

/** Corpus statistics: number of documents and document frequency per stem. */
export interface RankStats {
  docs: number;
  df: ReadonlyMap<string, number>;
}

/** Hand-set weights of the evidence the ranker adds up; see docs/decisions/009-claim-matching.md. */
export interface RankWeights {
  lexical: number;
  queryCoverage: number;
  bigrams: number;
  numbers: number;
  names: number;
  related: number;
}

/**
 * Hand-set: the index's BM25 leads; shared names, numbers, word pairs and
 * query coverage break near-ties; words close in meaning (word vectors)
 * credit a paraphrase. Chosen on the train half of the research data and
 * reported on its dev half (ADR 009); nothing learned from it is shipped.
 */
export const DEFAULT_WEIGHTS: RankWeights = {
  lexical: 1,
  queryCoverage: 0.1,
  bigrams: 0.1,
  numbers: 0.1,
  names: 0.1,
  related: 0.6,
};

/** Robertson–Spärck Jones idf, floored at a small positive value. */
export function idf(stats: RankStats, term: string): number {
  const n = stats.df.get(term) ?? 0;
  return Math.max(0.05, Math.log(1 + (stats.docs - n + 0.5) / (n + 0.5)));
}

function weightedShare(terms: Iterable<string>, inside: ReadonlySet<string>, stats: RankStats): number {
  let all = 0;
  let hit = 0;
  for (const t of new Set(terms)) {
    const w = idf(stats, t);
    all += w;
    if (inside.has(t)) hit += w;
  }
  return all > 0 ? hit / all : 0;
}

function bigrams(terms: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < terms.length; i++) out.add(`${terms[i - 1]} ${terms[i]}`);
  return out;
}

/** The evidence for one candidate, each in 0…1 except `lexical` (relative to the best candidate). */
export interface MatchEvidence {
  lexical: number;
  queryCoverage: number;
  /** Share of the checked claim's own stems found in the query (not weighted in the rank; shown and used as a floor). */
  claimCoverage: number;
  bigrams: number;
  numbers: number;
  names: number;
  /**
   * Idf-weighted share of the query's stems missing from the checked claim
   * but close in meaning to one of its stems (word vectors, times their
   * similarity): "blaze" where the claim says "fire".
   */
  related: number;
}

function relatedShare(query: string[], doc: ReadonlySet<string>, stats: RankStats): number {
  let all = 0;
  let hit = 0;
  for (const t of new Set(query)) {
    const w = idf(stats, t);
    all += w;
    if (doc.has(t)) continue;
    let best = 0;
    for (const [r, sim] of relatedStems(t)) if (sim > best && doc.has(r)) best = sim;
    hit += w * best;
  }
  return all > 0 ? hit / all : 0;
}

/**
 * Weighs how strongly a query and a checked claim say the same thing: the
 * index score, the idf-weighted share of the query's stems found, shared word pairs,
 * and shared numbers and names (strong evidence: a different number or
 * person is usually a different claim).
 */
export function matchEvidence(query: MatchText, c: RankCandidate, bestLexical: number, stats: RankStats): MatchEvidence {
  const doc = new Set([...c.claim.terms, ...c.title.terms]);
  const qPairs = bigrams(query.terms);
  const dPairs = new Set([...bigrams(c.claim.terms), ...bigrams(c.title.terms)]);
  let pairHits = 0;
  for (const p of dPairs) if (qPairs.has(p)) pairHits++;
  const docNumbers = new Set([...c.claim.numbers, ...c.title.numbers]);
  const qNumbers = new Set(query.numbers);
  let numberHits = 0;
  for (const n of qNumbers) if (docNumbers.has(n)) numberHits++;
  const numberSpan = Math.max(qNumbers.size, docNumbers.size);
  const docNames = new Set([...c.claim.names, ...c.title.names]);
  const qNames = new Set(query.names);
  let nameHits = 0;
  for (const n of qNames) if (doc.has(n)) nameHits++;
  const nameSpan = Math.max(qNames.size, docNames.size);
  return {
    lexical: bestLexical > 0 ? c.lexical / bestLexical : 0,
    queryCoverage: weightedShare(query.terms, doc, stats),
    claimCoverage: weightedShare(c.claim.terms, new Set(query.terms), stats),
    bigrams: dPairs.size ? pairHits / Math.min(dPairs.size, Math.max(1, qPairs.size)) : 0,
    numbers: numberSpan ? numberHits / numberSpan : 0,
    names: nameSpan ? nameHits / nameSpan : 0,
    related: relatedShare(query.terms, doc, stats),
  };
}

/** A ranked candidate: id, combined score (higher is better) and its evidence. */
export interface RankedMatch {
  id: number;
  score: number;
  evidence: MatchEvidence;
}

/**
 * Re-ranks index candidates by the weighted sum of their evidence, best
 * first; ties keep the index order.
 */
export function rankMatches(
  query: MatchText,
  candidates: RankCandidate[],
  stats: RankStats,
  weights: RankWeights = DEFAULT_WEIGHTS,
): RankedMatch[] {
  const best = Math.max(0, ...candidates.map((c) => c.lexical));
  return candidates
    .map((c, i) => {
      const e = matchEvidence(query, c, best, stats);
      let score = 0;
      for (const k of Object.keys(weights) as Array<keyof RankWeights>) score += weights[k] * e[k];
      return { id: c.id, score, evidence: e, i };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ id, score, evidence }) => ({ id, score, evidence }));
}
