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
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openMemoryDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { upsertCheckedClaim } from '../app/models/checked-claim.server';
import { indexTerms } from '../app/services/claim-archive.server';
import { matchText } from '../app/services/claim-matching.server';
import { DEFAULT_WEIGHTS } from '../app/domain/matching/rank-matches';

const arg = (k: string): string | undefined => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const corpusFile = arg('--corpus');
if (!corpusFile || !process.argv.includes('--jsonl')) {
  console.error('usage: npm run --silent match -- --corpus FILE --jsonl   (queries as JSON Lines on stdin)');
  process.exit(2);
}
const weights = { ...DEFAULT_WEIGHTS, ...(arg('--weights') ? JSON.parse(arg('--weights')!) : {}) };

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
    const matches = await matchText(db, q.text, { limit: 20, weights });
    out.push(JSON.stringify({ id, ranked: matches.map((m) => ({ id: corpusIdOf.get(m.checked.id), score: Number(m.score.toFixed(4)) })) }));
  } catch (e) {
    out.push(JSON.stringify({ id, error: e instanceof Error ? e.message : String(e) }));
  }
  if (out.length >= 100) process.stdout.write(out.splice(0).join('\n') + '\n');
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
await db.destroy();
