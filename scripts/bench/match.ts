/**
 * npm run bench:match [-- --checked 10000 --queries 200 --engine sqlite|postgres --keep --profile]
 *
 * Fills a throw-away database with N checked claims (made-up words drawn
 * with a Zipf law, as real vocabularies are, 10–25 words with a 6–12 word
 * title), then matches Q post-like queries (a checked claim's words shuffled
 * with words left out and others added) through the app's own matching
 * service (full-text index + re-ranking). Prints p50/p95/max per query
 * (wall clock and this process's CPU time), how often the source claim came
 * first, and the load average while it ran.
 *
 * The archive is loaded by multi-row INSERTs in large transactions through
 * the app's own schema and index (a million claims in a few minutes).
 * --keep keeps the built database in tmp/ (SQLite: tmp/bench-match-N.db;
 * PostgreSQL: database bench_match_N) and reuses it on the next run.
 * --engine postgres needs --pg URL (an admin URL of a server to create the
 * database on; default $CLAIMDESK_TEST_PG or the local server).
 * --profile also prints where the time of a query goes, per stage (MatchTimings).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseCli } from '../lib/cli';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, openPostgres, type DB } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { matchText, type MatchTimings } from '../../app/services/claim-matching.server';
import { recountMatchTerms } from '../../app/models/checked-claim.server';
import { toMatchText } from '../../app/domain/matching/match-text';

const USAGE = `usage: npm run bench:match [-- --checked 10000 --queries 200 --engine sqlite|postgres --pg URL --keep --profile]

Matching time per query (p50/p95, wall clock and CPU) against N checked claims.`;
const { values } = parseCli(USAGE, {
  options: {
    checked: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '200' },
    engine: { type: 'string', default: 'sqlite' },
    pg: { type: 'string', default: process.env.CLAIMDESK_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const N = Number(values.checked);
const Q = Number(values.queries);
const onPg = values.engine === 'postgres';

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
// Stems of a made-up sentence, memoised per word (the words are few; the app's own stemmer makes them).
const stemOf = new Map<string, string>();
const terms = (s: string) =>
  s
    .split(' ')
    .map((w) => {
      let t = stemOf.get(w);
      if (t === undefined) stemOf.set(w, (t = toMatchText(w).terms.join(' ')));
      return t;
    })
    .filter(Boolean)
    .join(' ');

async function open(): Promise<{ db: DB; built: boolean; drop: () => Promise<void> }> {
  if (!onPg) {
    mkdirSync('tmp', { recursive: true });
    const file = resolve('tmp', values.keep ? `bench-match-${N}.db` : `bench-match-${process.pid}.db`);
    const built = values.keep && existsSync(file);
    const db = openDatabase(file);
    const drop = async () => {
      await db.destroy();
      if (!values.keep) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    };
    return { db, built, drop };
  }
  const name = values.keep ? `bench_match_${N}` : `bench_match_${process.pid}`;
  const admin = new pg.Client({ connectionString: values.pg });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0;
  if (!exists) await admin.query(`create database "${name}"`);
  await admin.end();
  const u = new URL(values.pg!);
  u.pathname = `/${name}`;
  const db = openPostgres(u.toString(), { max: 2 });
  const built = values.keep && exists && Number((await sql<{ n: number }>`select count(*) as n from checked_claim`.execute(db).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n) === N;
  const drop = async () => {
    await db.destroy();
    if (values.keep) return;
    const a = new pg.Client({ connectionString: values.pg });
    await a.connect();
    await a.query(`drop database if exists "${name}" with (force)`);
    await a.end();
  };
  return { db, built, drop };
}

const { db, built, drop } = await open();
await migrateToLatest(db);

const t0 = Date.now();
const claims: string[] = [];
const ROWS = onPg ? 1000 : 400; // rows per INSERT (SQLite: 5 variables a row, well under its limit)
const BATCH = 50_000; // rows per transaction
for (let start = 0; start < N; start += BATCH) {
  const rows: Array<[string, string, string, string]> = [];
  for (let i = start; i < Math.min(N, start + BATCH); i++) {
    const claim = sentence(10, 25);
    const title = sentence(6, 12);
    if (claims.length < Q * 10) claims.push(claim);
    if (!built) rows.push([`https://bench.example/${i}`, claim, title, `${terms(claim)}\u0000${terms(title)}`]);
  }
  if (built) continue;
  await db.transaction().execute(async (trx) => {
    for (let r = 0; r < rows.length; r += ROWS) {
      const values = rows.slice(r, r + ROWS).map(([url, claim, title, t]) => {
        const [ct, tt] = t.split('\u0000');
        return sql`(${url}, ${claim}, ${title}, ${ct}, ${tt}, '', '2026-01-01', '2026-01-01')`;
      });
      await sql`insert into checked_claim (url, claim, title, claim_terms, title_terms, name_terms, created_at, updated_at) values ${sql.join(values)}`.execute(trx);
    }
  });
  if (process.stderr.isTTY) process.stderr.write(`\r${Math.min(N, start + BATCH)} / ${N}`);
}
if (!built) {
  // Written past upsertCheckedClaim: count the stems once from the index, as the migration does.
  await recountMatchTerms(db);
  if (onPg) await sql`analyze`.execute(db);
}
const loadSeconds = (Date.now() - t0) / 1000;

const queries: Array<{ source: string; text: string }> = [];
for (let q = 0; q < Q; q++) {
  const source = claims[Math.floor(rand() * claims.length)].split(' ');
  const kept = source.filter(() => rand() > 0.3);
  queries.push({ source: source.join(' '), text: [...kept, ...sentence(5, 12).split(' ')].sort(() => rand() - 0.5).join(' ') });
}
// Warm the caches (the page cache and the statement caches), as a running app would be.
for (const q of queries.slice(0, 10)) await matchText(db, q.text, { limit: 20 });

const load = loadavg()[0];
const times: number[] = [];
const cpu: number[] = [];
let first = 0;
for (const q of queries) {
  const started = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const found = await matchText(db, q.text, { limit: 20 });
  const c = process.cpuUsage(c0);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  cpu.push((c.user + c.system) / 1000);
  if (found[0]?.checked.claim === q.source) first++;
}
const loadAfter = loadavg()[0];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))].toFixed(1);
console.log(
  `${values.engine}, ${N} checked claims (${built ? 'reused' : `loaded in ${loadSeconds.toFixed(0)} s`}): ${Q} queries, ` +
    `p50 ${pct(times, 50)} ms, p95 ${pct(times, 95)} ms, max ${Math.max(...times).toFixed(1)} ms ` +
    `(this process's CPU: p50 ${pct(cpu, 50)} ms, p95 ${pct(cpu, 95)} ms); source claim first in ${((first / Q) * 100).toFixed(0)}%; ` +
    `load average ${load.toFixed(1)} → ${loadAfter.toFixed(1)}`,
);
if (values.profile) {
  const stages = new Map<string, number[]>();
  for (const q of queries) {
    const timings: Partial<MatchTimings> = {};
    await matchText(db, q.text, { limit: 20, timings });
    for (const [k, ms] of Object.entries(timings)) stages.set(k, [...(stages.get(k) ?? []), ms]);
  }
  for (const [k, ms] of stages) console.log(`  ${k}: p50 ${pct(ms, 50)} ms, p95 ${pct(ms, 95)} ms`);
}
await drop();
