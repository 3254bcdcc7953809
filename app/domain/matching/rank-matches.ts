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

/** Hand-set weights of the evidence the ranker adds up, one per kind of MatchEvidence; see docs/decisions/009-claim-matching.md. */
export type RankWeights = Record<keyof MatchEvidence, number>;

/**
 * The index's BM25 leads (weight 1 sets the scale); the other weights were
 * chosen by coordinate ascent on MAP@5 over the train half of the research
 * data only (scripts/tune-match-weights.ts) and reported on its dev half
 * (ADR 009): a few numbers, no vocabulary or text from the data. Query
 * coverage and words close in meaning credit a paraphrase; the negative
 * claim coverage offsets BM25's lean towards short claims whose every word
 * the post happens to hold.
 */
export const DEFAULT_WEIGHTS: RankWeights = {
  lexical: 1,
  queryCoverage: 0.2,
  claimCoverage: -0.6,
  titleCoverage: 0,
  bigrams: 0.1,
  numbers: 0.1,
  numberClash: 0,
  names: 0.05,
  related: 0.8,
  relatedBack: 0.3,
  indexRank: 0,
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
  /** Idf-weighted share of the checked claim's own stems found in the query (also shown, and used as a floor). */
  claimCoverage: number;
  /** Idf-weighted share of the review title's stems found in the query (0 without a title). */
  titleCoverage: number;
  bigrams: number;
  numbers: number;
  names: number;
  /**
   * Idf-weighted share of the query's stems missing from the checked claim
   * but close in meaning to one of its stems (word vectors, times their
   * similarity): "blaze" where the claim says "fire".
   */
  related: number;
  /** The same the other way: the checked claim's stems missing from the query but close to one of its stems. */
  relatedBack: number;
  /** 1 when both sides hold numbers and share none (a different figure is usually a different claim), else 0. */
  numberClash: number;
  /** 1 / (1 + the candidate's place in the index's order). */
  indexRank: number;
}

/**
 * Stems joined in pairs ("bed" + "bug" → "bedbug"), so a compound written
 * as one word on one side and two on the other still counts as shared.
 */
function joinedPairs(terms: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < terms.length; i++) if (!/\d/.test(terms[i - 1] + terms[i])) out.push(terms[i - 1] + terms[i]);
  return out;
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
export function matchEvidence(query: MatchText, c: RankCandidate, bestLexical: number, stats: RankStats): Omit<MatchEvidence, 'indexRank'> {
  const docTerms = [...c.claim.terms, ...c.title.terms];
  const doc = new Set([...docTerms, ...joinedPairs(c.claim.terms), ...joinedPairs(c.title.terms)]);
  const queryWords = new Set([...query.terms, ...joinedPairs(query.terms)]);
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
    claimCoverage: weightedShare(c.claim.terms, queryWords, stats),
    titleCoverage: weightedShare(c.title.terms, queryWords, stats),
    bigrams: dPairs.size ? pairHits / Math.min(dPairs.size, Math.max(1, qPairs.size)) : 0,
    numbers: numberSpan ? numberHits / numberSpan : 0,
    numberClash: qNumbers.size && docNumbers.size && !numberHits ? 1 : 0,
    names: nameSpan ? nameHits / nameSpan : 0,
    related: relatedShare(query.terms, doc, stats),
    relatedBack: relatedShare(docTerms, queryWords, stats),
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
      const e: MatchEvidence = { ...matchEvidence(query, c, best, stats), indexRank: 1 / (1 + i) };
      let score = 0;
      for (const k of Object.keys(weights) as Array<keyof RankWeights>) score += weights[k] * e[k];
      return { id: c.id, score, evidence: e, i };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ id, score, evidence }) => ({ id, score, evidence }));
}
