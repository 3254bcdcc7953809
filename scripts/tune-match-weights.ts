/**
 * npx tsx scripts/tune-match-weights.ts --explained FILE --queries FILE --split train
 *
 * Chooses the re-ranker's weights (RankWeights) by coordinate ascent on
 * MAP@5 over one split of a gold set, from the output of
 * `npm run --silent match -- --corpus … --jsonl --explain` (every candidate
 * with its evidence). The index score's weight stays 1 (it sets the scale);
 * each other weight in turn is moved over a grid, keeping a move only when
 * MAP@5 rises by more than 0.001, until no move helps. Prints the weights
 * and MAP@5 before and after. Run it on the train split only: the dev split
 * is for reporting what the chosen weights do.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_WEIGHTS, type MatchEvidence, type RankWeights } from '../app/domain/matching/rank-matches';
import { parseCli, usageError } from './lib/cli';

const USAGE = 'usage: npx tsx scripts/tune-match-weights.ts --explained FILE --queries FILE --split NAME';
const { values } = parseCli(USAGE, { options: { explained: { type: 'string' }, queries: { type: 'string' }, split: { type: 'string' } } });
if (!values.explained || !values.queries || !values.split) usageError(USAGE, '--explained, --queries and --split are required');

const gold = new Map<string, Set<string>>();
for (const line of readFileSync(values.queries, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const q = JSON.parse(line) as { id: string; split: string; relevant: string[] };
  if (q.split === values.split) gold.set(q.id, new Set(q.relevant.map(String)));
}
type Row = { relevant: Set<string>; candidates: Array<{ id: string; evidence: MatchEvidence }> };
const rows: Row[] = [];
for (const line of readFileSync(values.explained, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as { id: string; ranked?: Array<{ id: string; evidence: MatchEvidence }> };
  const relevant = gold.get(o.id);
  if (relevant) rows.push({ relevant, candidates: o.ranked ?? [] });
}

const keys = Object.keys(DEFAULT_WEIGHTS) as Array<keyof RankWeights>;
function map5(w: RankWeights): number {
  let sum = 0;
  for (const r of rows) {
    const ranked = r.candidates
      .map((c, i) => ({ id: c.id, i, s: keys.reduce((a, k) => a + w[k] * c.evidence[k], 0) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, 5);
    let hits = 0;
    let ap = 0;
    ranked.forEach((c, i) => {
      if (r.relevant.has(c.id)) ap += ++hits / (i + 1);
    });
    sum += ap / Math.min(r.relevant.size, 5);
  }
  return sum / (gold.size || 1);
}

const GRID = [-0.6, -0.3, -0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1, 1.5, 2];
let w: RankWeights = { ...DEFAULT_WEIGHTS };
let best = map5(w);
console.log(`${values.split}: ${rows.length} queries, MAP@5 with the shipped weights ${best.toFixed(4)}`);
for (let round = 0; round < 6; round++) {
  let moved = false;
  for (const k of keys) {
    if (k === 'lexical') continue;
    for (const v of GRID) {
      const trial = { ...w, [k]: v };
      const m = map5(trial);
      if (m > best + 0.001) {
        best = m;
        w = trial;
        moved = true;
      }
    }
  }
  console.log(`round ${round + 1}: MAP@5 ${best.toFixed(4)} ${JSON.stringify(w)}`);
  if (!moved) break;
}
