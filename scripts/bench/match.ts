/**
 * npm run bench:match [-- --checked 10000,1000000 --engine sqlite,postgres --queries 200 --dir DIR --keep --profile]
 *
 * Fills a throw-away database per engine and size with N checked claims
 * (made-up words drawn with a Zipf law, as real vocabularies are, 10–25
 * words with a 6–12 word title), then matches Q post-like queries (a checked
 * claim's words shuffled with words left out and others added) through the
 * app's own matching service (full-text index + re-ranking). Prints, per
 * engine and size, p50/p95/max per query of:
 *   - wall clock (includes waiting for a core on a loaded machine);
 *   - this process's CPU time (process.cpuUsage; on SQLite this is the whole
 *     of the work, better-sqlite3 runs in-process; on PostgreSQL only the
 *     client's share);
 *   - PostgreSQL only: the server's own time, the sum of EXPLAIN ANALYZE's
 *     execution times of the queries one match runs (run again after the
 *     timed match, same SQL and parameters, so on a warm cache), and the
 *     CPU time the server process spent on the timed match (its
 *     /proc/PID/schedstat, Linux, when readable; one pooled connection);
 *     and how many of the index queries used the GIN index;
 * with the load average (1/5/15 min, as `uptime` shows) before and after.
 *
 * The archive is loaded by multi-row INSERTs in large transactions through
 * the app's own schema and index (a million claims in a few minutes).
 * --keep keeps the built database and reuses it on the next run (SQLite:
 * DIR/bench-match-N.db, DIR default tmp/; PostgreSQL: database
 * bench_match_N, or --pg-db NAME). --engine postgres uses --pg URL (an admin
 * URL of a server to create the database on; default $CLAIMDESK_TEST_PG or
 * the local server). --profile also prints where the time of a query goes,
 * per stage (MatchTimings).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseCli, usageError } from '../lib/cli';
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { openDatabase, openPostgres, type DB } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { matchText, type MatchTimings } from '../../app/services/claim-matching.server';
import { recountMatchTerms } from '../../app/models/checked-claim.server';
import { toMatchText } from '../../app/domain/matching/match-text';

const USAGE = `usage: npm run bench:match [-- --checked 10000[,1000000] --engine sqlite[,postgres] --queries 200 --dir DIR --pg URL --pg-db NAME --keep --profile]

Matching time per query (p50/p95: wall clock, this process's CPU, PostgreSQL's
EXPLAIN ANALYZE execution time) against N checked claims, per engine and size.`;
const { values } = parseCli(USAGE, {
  options: {
    checked: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '200' },
    engine: { type: 'string', default: 'sqlite,postgres' },
    pg: { type: 'string', default: process.env.CLAIMDESK_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres' },
    'pg-db': { type: 'string' },
    dir: { type: 'string', default: 'tmp' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const SIZES = values.checked.split(',').map(Number);
const ENGINES = values.engine.split(',');
const Q = Number(values.queries);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) usageError(USAGE, '--checked takes whole numbers, comma-separated');
if (ENGINES.some((e) => e !== 'sqlite' && e !== 'postgres')) usageError(USAGE, '--engine takes sqlite and/or postgres');
if (values['pg-db'] && SIZES.length > 1) usageError(USAGE, '--pg-db names one database: give one size');

// A deterministic generator, so runs are comparable (reset per engine and size).
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

/** Queries Kysely runs while `capturing` is on (PostgreSQL), to EXPLAIN ANALYZE them afterwards. */
let capturing = false;
const captured: CompiledQuery[] = [];

async function open(engine: string, N: number): Promise<{ db: DB; built: boolean; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    mkdirSync(values.dir, { recursive: true });
    const file = resolve(values.dir, values.keep ? `bench-match-${N}.db` : `bench-match-${process.pid}.db`);
    const built = values.keep && existsSync(file);
    const db = openDatabase(file);
    const drop = async () => {
      await db.destroy();
      if (!values.keep) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    };
    return { db, built, drop };
  }
  const name = values['pg-db'] ?? (values.keep ? `bench_match_${N}` : `bench_match_${process.pid}`);
  const admin = new pg.Client({ connectionString: values.pg });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0;
  if (!exists) await admin.query(`create database "${name}"`);
  await admin.end();
  const u = new URL(values.pg!);
  u.pathname = `/${name}`;
  const db = openPostgres(u.toString(), {
    max: 1, // one backend, so its CPU time is the match's
    log: (e) => {
      if (capturing && e.level === 'query') captured.push(e.query);
    },
  });
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

/**
 * PostgreSQL's own time for the queries one match ran: EXPLAIN ANALYZE's
 * execution time, summed (ms), and whether the full-text query's plan used
 * the GIN index (checked_claim_search).
 */
async function serverTime(db: DB, queries: CompiledQuery[]): Promise<{ ms: number; gin: boolean }> {
  let ms = 0;
  let gin = false;
  for (const q of queries) {
    const r = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(`explain (analyze, format json) ${q.sql}`, [...q.parameters]));
    const plan = Object.values(r.rows[0])[0] as Array<{ 'Execution Time': number }>;
    ms += plan[0]['Execution Time'];
    if (JSON.stringify(plan).includes('checked_claim_search')) gin = true;
  }
  return { ms, gin };
}

/** CPU time (ms) the PostgreSQL backend `pid` has run so far (Linux schedstat, ns on a CPU), or NaN where unreadable. */
function backendCpu(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const uptime = () => loadavg().map((l) => l.toFixed(2)).join(', ');
const summary: string[] = [];

for (const engine of ENGINES) {
  for (const N of SIZES) {
    seed = 42;
    await benchOne(engine, N);
  }
}
console.log('\nengine    checked    wall p50/p95 ms   CPU p50/p95 ms   PG exec p50/p95 ms   PG CPU p50/p95 ms   load (1/5/15) before → after');
for (const line of summary) console.log(line);

async function benchOne(engine: string, N: number): Promise<void> {
  const onPg = engine === 'postgres';
  const { db, built, drop } = await open(engine, N);
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

  const loadBefore = uptime();
  const times: number[] = [];
  const cpu: number[] = [];
  const server: number[] = [];
  const serverCpu: number[] = [];
  let gin = 0;
  const backend = onPg ? Number((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0].pid) : 0;
  let first = 0;
  for (const q of queries) {
    captured.length = 0;
    capturing = onPg;
    const started = process.hrtime.bigint();
    const s0 = onPg ? backendCpu(backend) : 0;
    const c0 = process.cpuUsage();
    const found = await matchText(db, q.text, { limit: 20 });
    const c = process.cpuUsage(c0);
    if (onPg) serverCpu.push(backendCpu(backend) - s0);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    capturing = false;
    cpu.push((c.user + c.system) / 1000);
    if (onPg) {
      const t = await serverTime(db, captured);
      server.push(t.ms);
      if (t.gin) gin++;
    }
    if (found[0]?.checked.claim === q.source) first++;
  }
  const loadAfter = uptime();
  const f = (xs: number[], p: number) => pct(xs, p).toFixed(1);
  console.log(
    `${engine}, ${N} checked claims (${built ? 'reused' : `loaded in ${loadSeconds.toFixed(0)} s`}): ${Q} queries, ` +
      `wall p50 ${f(times, 50)} ms, p95 ${f(times, 95)} ms, max ${Math.max(...times).toFixed(1)} ms; ` +
      `this process's CPU p50 ${f(cpu, 50)} ms, p95 ${f(cpu, 95)} ms` +
      (onPg
        ? `; PostgreSQL execution (EXPLAIN ANALYZE, summed per match) p50 ${f(server, 50)} ms, p95 ${f(server, 95)} ms` +
          `; server CPU p50 ${f(serverCpu, 50)} ms, p95 ${f(serverCpu, 95)} ms; GIN index used by ${gin} of ${Q} matches`
        : '') +
      `; source claim first in ${((first / Q) * 100).toFixed(0)}%; load average ${loadBefore} → ${loadAfter}`,
  );
  summary.push(
    `${engine.padEnd(9)} ${String(N).padStart(9)}   ${`${f(times, 50)} / ${f(times, 95)}`.padEnd(16)}  ${`${f(cpu, 50)} / ${f(cpu, 95)}`.padEnd(15)}  ` +
      `${(onPg ? `${f(server, 50)} / ${f(server, 95)}` : '–').padEnd(19)}  ${(onPg ? `${f(serverCpu, 50)} / ${f(serverCpu, 95)}` : '–').padEnd(18)}  ${loadBefore} → ${loadAfter}`,
  );
  if (values.profile) {
    const stages = new Map<string, number[]>();
    for (const q of queries) {
      const timings: Partial<MatchTimings> = {};
      await matchText(db, q.text, { limit: 20, timings });
      for (const [k, ms] of Object.entries(timings)) stages.set(k, [...(stages.get(k) ?? []), ms]);
    }
    for (const [k, ms] of stages) console.log(`  ${k}: p50 ${f(ms, 50)} ms, p95 ${f(ms, 95)} ms`);
  }
  await drop();
}
