/**
 * npm run bench:match [-- --checked 10000 --queries 200]
 * Fills a throw-away database with N checked claims (made-up words drawn
 * with a Zipf law, as real vocabularies are, 10–25 words with a 6–12 word
 * title), then matches Q post-like queries (a checked claim's words shuffled
 * with words left out and others added) through the app's own matching
 * service (FTS5 index + re-ranking). Prints p50/p95/max per query and how
 * often the source claim came first.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { matchText } from '../../app/services/claim-matching.server';
import { toMatchText } from '../../app/domain/matching/match-text';

const { values } = parseArgs({ options: { checked: { type: 'string', default: '10000' }, queries: { type: 'string', default: '200' } } });
const N = Number(values.checked);
const Q = Number(values.queries);
mkdirSync('tmp', { recursive: true });
const file = resolve('tmp', `bench-match-${process.pid}.db`);
const db = openDatabase(file);
await migrateToLatest(db);

// A deterministic generator, so runs are comparable.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const SYL = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'dor', 'pi', 'gan', 'shu', 'bre', 'no', 'tal', 'wi', 'zem', 'or', 'ul', 'fa', 'qui'];
const VOCAB = 60_000;
const words: string[] = [];
for (let i = 0; i < VOCAB; i++) {
  let w = '';
  let n = i;
  do {
    w += SYL[n % SYL.length];
    n = Math.floor(n / SYL.length);
  } while (n > 0);
  words.push(w + 'x');
}
// Zipf(1): rank r drawn with probability ∝ 1/r, by inverting the harmonic CDF approximately.
const zipf = () => words[Math.min(VOCAB - 1, Math.floor(Math.exp(rand() * Math.log(VOCAB + 1))) - 1)];
const sentence = (min: number, max: number) => Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, zipf).join(' ');

const t0 = Date.now();
const claims: string[] = [];
const BATCH = 5000;
const raw = sql`insert into checked_claim (url, claim, title, claim_terms, title_terms, created_at, updated_at) values `;
for (let start = 0; start < N; start += BATCH) {
  await db.transaction().execute(async (trx) => {
    for (let i = start; i < Math.min(N, start + BATCH); i++) {
      const claim = sentence(10, 25);
      const title = sentence(6, 12);
      if (claims.length < Q * 10) claims.push(claim);
      await sql`${raw} (${`https://bench.example/${i}`}, ${claim}, ${title}, ${toMatchText(claim).terms.join(' ')},
        ${toMatchText(title).terms.join(' ')}, '2026-01-01', '2026-01-01')`.execute(trx);
    }
  });
  if (process.stderr.isTTY) process.stderr.write(`\r${Math.min(N, start + BATCH)} / ${N}`);
}
const loadSeconds = (Date.now() - t0) / 1000;

const times: number[] = [];
let first = 0;
for (let q = 0; q < Q; q++) {
  const source = claims[Math.floor(rand() * claims.length)].split(' ');
  const kept = source.filter(() => rand() > 0.3);
  const query = [...kept, ...sentence(5, 12).split(' ')].sort(() => rand() - 0.5).join(' ');
  const started = process.hrtime.bigint();
  const found = await matchText(db, query, { limit: 20 });
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (found[0]?.checked.claim === source.join(' ')) first++;
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
console.log(
  `${N} checked claims (loaded in ${loadSeconds.toFixed(0)} s): ${Q} queries, p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${times.at(-1)!.toFixed(1)} ms; source claim first in ${((first / Q) * 100).toFixed(0)}%`,
);
await db.destroy();
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
