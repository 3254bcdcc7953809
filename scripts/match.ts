/**
 * npm run --silent match -- --corpus FILE --jsonl
 *
 * Measurement entry point for claim matching. Reads checked claims from FILE
 * (JSON Lines {id, text, title}) into a private in-memory database through
 * the app's own archive code, then reads queries {id, text} (JSON Lines) on
 * standard input and writes one line per query:
 *   {"id": …, "ranked": [{"id": …, "score": …}, …]}   best first, at most 20
 * or {"id": …, "error": "…"}. Same index and ranking code as the app.
 * --weights JSON overrides ranking weights (for experiments; the app uses the defaults).
 * --explain writes every candidate the ranker weighed (not 20) with its evidence, for
 * choosing the weights (scripts/tune-match-weights.ts).
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openMemoryDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { upsertCheckedClaim } from '../app/models/checked-claim.server';
import { indexTerms } from '../app/services/claim-archive.server';
import { CANDIDATES, matchText } from '../app/services/claim-matching.server';
import { DEFAULT_WEIGHTS } from '../app/domain/matching/rank-matches';
import { parseCli, usageError } from './lib/cli';

const USAGE = `usage: npm run --silent match -- --corpus FILE --jsonl [--weights JSON] [--explain]

Checked claims {id, text, title} as JSON Lines from FILE; queries {id, text}
as JSON Lines on stdin; one {id, ranked: [{id, score}]} line out per query.
--weights overrides ranking weights (a JSON object), for experiments.
--explain writes every candidate with the ranker's evidence (for tuning).`;
const { values } = parseCli(USAGE, {
  options: { corpus: { type: 'string' }, jsonl: { type: 'boolean', default: false }, weights: { type: 'string' }, explain: { type: 'boolean', default: false } },
});
const corpusFile = values.corpus;
if (!corpusFile || !values.jsonl) usageError(USAGE, corpusFile ? '--jsonl is required (queries are read as JSON Lines)' : '--corpus FILE is required');
let override: Record<string, number> = {};
try {
  override = values.weights ? JSON.parse(values.weights) : {};
} catch (e) {
  usageError(USAGE, `--weights is not JSON (${(e as Error).message})`);
}
const weights = { ...DEFAULT_WEIGHTS, ...override };

const db = openMemoryDatabase();
await migrateToLatest(db);
const now = new Date().toISOString();
const corpusIdOf = new Map<number, string>();
const lines = readFileSync(corpusFile, 'utf8').split('\n');
await db.transaction().execute(async (trx) => {
  for (const [n, line] of lines.entries()) {
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; title?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      console.error(`${corpusFile}:${n + 1}: not JSON, skipped`);
      continue;
    }
    if (item.id === undefined || typeof item.text !== 'string' || !item.text.trim()) {
      console.error(`${corpusFile}:${n + 1}: needs id and text, skipped`);
      continue;
    }
    const title = typeof item.title === 'string' ? item.title : null;
    // The corpus has no review URLs; a made-up unique key stands in for one.
    const { id } = await upsertCheckedClaim(
      trx,
      {
        url: `corpus:${String(item.id)}`,
        claimId: null,
        claim: item.text,
        title,
        claimant: null,
        rating: null,
        ratingValue: null,
        publisher: null,
        reviewedAt: null,
        ...indexTerms(item.text, title),
      },
      now,
    );
    corpusIdOf.set(id, String(item.id));
  }
});

const out: string[] = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  let id: unknown = null;
  try {
    const q = JSON.parse(line) as { id?: unknown; text?: unknown };
    id = q.id ?? null;
    if (typeof q.text !== 'string') throw new Error('query needs a text');
    const matches = await matchText(db, q.text, { limit: values.explain ? CANDIDATES : 20, weights, explain: values.explain });
    const ranked = matches.map((m) => ({ id: corpusIdOf.get(m.checked.id), score: Number(m.score.toFixed(4)), ...(values.explain ? { evidence: m.evidence } : {}) }));
    out.push(JSON.stringify({ id, ranked }));
  } catch (e) {
    out.push(JSON.stringify({ id, error: e instanceof Error ? e.message : String(e) }));
  }
  if (out.length >= 100) process.stdout.write(out.splice(0).join('\n') + '\n');
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
await db.destroy();
