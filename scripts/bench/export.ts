/**
 * npm run bench:export [-- --claims 10000 --formats md,json --out DIR --desk ARTICLES --signed-only --runs N --engine E]
 * Fills a database with N signed-off claims (100 per article, each with a
 * figure and a piece of evidence), kept as DESK_DIR/export-N.db
 * (/work/bench-desks unless CLAIMDESK_BENCH_DESKS) and reused by the next
 * run of that size, then streams every format (or those named) of the whole
 * selection to nowhere, printing the wall time, this process's CPU time,
 * the bytes, the peak heap and the load average after each format.
 * Drafts are included: the seeded approvals carry no content hash (ADR 011),
 * so without them every claim would be left out and nothing written.
 * `--desk ARTICLES` exports the kept bench desk of that many articles
 * instead (openBenchDesk: approvals with content hashes, measures, competing
 * figures, versions; ~42 claims an article). `--out DIR` also writes each
 * file to DIR and prints its SHA-256, to compare exports before and after a
 * change (a refused ClaimReview prints the hash of its errors and warnings).
 * `--signed-only` leaves drafts out; `--runs N` exports each format N times
 * in a row (CPU time on a shared machine varies from run to run);
 * `--live` (run with `node --expose-gc`) collects garbage before each
 * heap sample, so the peak is the heap the export keeps alive;
 * `--engine postgres` with `--desk` exports the PostgreSQL bench desk
 * (this process's CPU then leaves out the server's, which is printed apart:
 * the CPU time of the server processes serving this database, read from
 * /proc, when the server runs on this machine).
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseCli } from '../lib/cli';
import { openDatabase, type DB } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { parseExportFilters } from '../../app/domain/export/export-filters';
import { ClaimReviewRefusedError, prepareExport, type ExportOptions } from '../../app/services/export.server';
import { claimSearchText, searchText } from '../../app/domain/search/normalise';
import { adminQuery, DESK_DIR, openBenchDesk } from './desk';
import { sql } from 'kysely';

const USAGE =
  'usage: npm run bench:export [-- --claims 10000 --formats md,json --out DIR --desk ARTICLES --signed-only --runs 1 --engine sqlite]\n\nTime and peak heap to stream N signed-off claims in each export format (drafts included);\n--out DIR writes the files there with their SHA-256, --desk exports the kept bench desk of that many articles,\n--signed-only leaves drafts out, --runs N exports each format N times in a row, --live (node --expose-gc) samples the heap after a collection,\n--engine postgres (with --desk) exports the PostgreSQL bench desk.';
const { values } = parseCli(USAGE, {
  options: { claims: { type: 'string', default: '10000' }, formats: { type: 'string', default: '' }, out: { type: 'string' }, desk: { type: 'string' }, 'signed-only': { type: 'boolean', default: false }, live: { type: 'boolean', default: false }, runs: { type: 'string', default: '1' }, engine: { type: 'string', default: 'sqlite' } },
});
const N = Number(values.claims);
const PER_ARTICLE = 100;
const SEEDED = 'bench_export_claims';
mkdirSync(DESK_DIR, { recursive: true });
const file = resolve(DESK_DIR, `export-${N}.db`);
const now = '2026-11-25T09:00:00.000Z';
let db: DB;
let label = `${N} claims`;
let claimCount = N;
if (values.desk) {
  const opened = await openBenchDesk(values.engine === 'postgres' ? 'postgres' : 'sqlite', Number(values.desk));
  db = opened.db;
  label = `bench desk of ${opened.desk.articles} articles, ${opened.desk.claims} claims`;
  claimCount = opened.desk.claims;
} else {
  db = openDatabase(file);
  await migrateToLatest(db);
}
if (!values.desk && (await db.selectFrom('setting').select('value').where('key', '=', SEEDED).executeTakeFirst())?.value !== String(N)) {
  // Missing or cut short: seed afresh.
  await db.destroy();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  db = openDatabase(file);
  await migrateToLatest(db);
  await seed(db);
}

async function seed(db: DB): Promise<void> {
  const editor = await db
    .insertInto('user')
    .values({ email: 'bench@example.test', name: 'Bench Editor', role: 'editor', passwordHash: 'x', createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sourceId = (
    await db
      .insertInto('source')
      .values({ url: 'https://reliefweb.int/report/x', urlKey: 'reliefweb.int/report/x', title: 'Flash Update', publisher: 'OCHA', kind: 'un_ngo_report', createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db.insertInto('setting').values([
    { key: 'org_name', value: 'Bench Org', updatedAt: now, updatedBy: null },
    { key: 'site_url', value: 'https://factcheck.example', updatedAt: now, updatedBy: null },
  ]).execute();
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    for (let a = 0; a < Math.ceil(N / PER_ARTICLE); a++) {
      const body = 'Some 948,000 people have been displaced, the U.N. said. '.repeat(PER_ARTICLE);
      const articleId = (
        await trx
          .insertInto('article')
          .values({ title: `Article ${a + 1}`, url: `https://news.example/${a + 1}`, publisher: 'Wire', publishedAt: '2020-02-27', raw: body, format: 'text', body, bodySha256: 'x', importedAt: now, searchTitle: searchText(`Article ${a + 1}`), searchBody: searchText(body) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      for (let i = 0; i < PER_ARTICLE && a * PER_ARTICLE + i < N; i++) {
        const claimId = (
          await trx
            .insertInto('claim')
            .values({
              articleId: articleId, position: i, anchorStart: i * 57, anchorEnd: i * 57 + 56, quote: 'Some 948,000 people have been displaced, the U.N. said.', prefix: '', suffix: '',
              text: `Claim ${a * PER_ARTICLE + i + 1}: some 948,000 people have been displaced, "the U.N." said, in Idlib.`, checkworthiness: 0.8,
              attribution: 'U.N.', status: 'verified', rating: 'Mostly true', verdict: 'OCHA counted 948,000, between 1 December and 20 February.',
              signoff: 'approved', signoffBy: editor.id, signoffAt: now, createdAt: now, updatedAt: now,
              searchText: claimSearchText(`Claim ${a * PER_ARTICLE + i + 1}: some 948,000 people have been displaced, "the U.N." said, in Idlib.`, 'Some 948,000 people have been displaced, the U.N. said.'),
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
        await trx.insertInto('figure').values({ claimId: claimId, spanStart: i * 57 + 5, spanEnd: i * 57 + 19, text: '948,000 people', low: 948000, high: 948000, qualifier: 'exact', unit: 'count', rule: 'exact' }).execute();
        await trx.insertInto('evidence').values({ claimId: claimId, sourceId: sourceId, stance: 'supports', excerpt: 'Some 948,000 people…', createdAt: now }).execute();
      }
    }
  });
  await db.insertInto('setting').values({ key: SEEDED, value: String(N), updatedAt: now, updatedBy: null }).execute();
  console.log(`seeded ${N} claims in ${Math.ceil(N / PER_ARTICLE)} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * CPU seconds used so far by the PostgreSQL server processes connected to
 * the database being exported, by pid (utime + stime from /proc; empty when
 * not PostgreSQL or the server is not on this machine).
 */
async function serverCpu(): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!(values.desk && values.engine === 'postgres')) return out;
  const name = (await sql<{ name: string }>`select current_database() as name`.execute(db)).rows[0].name;
  const ticks = 100; // USER_HZ on Linux
  for (const { pid } of await adminQuery<{ pid: number }>(`select pid from pg_stat_activity where datname = '${name}'`)) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // Not on this machine, or gone.
    }
  }
  return out;
}
const serverUsed = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((t, [pid, s]) => t + s - (before.get(pid) ?? 0), 0);

const runs: Array<[string, ExportOptions]> = [
  ['md', { format: 'md' }],
  ['html', { format: 'html' }],
  ['csv (claims)', { format: 'csv', table: 'claims' }],
  ['csv (figures)', { format: 'csv', table: 'figures' }],
  ['json', { format: 'json' }],
  ['claimreview', { format: 'claimreview' }],
];
const only = values.formats ? values.formats.split(',') : null;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`${values.desk && values.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${label}, load average ${load()}`);
console.log('format          claims     wall      cpu   MB out   peak heap                   load after');
if (values.out) mkdirSync(values.out, { recursive: true });
const repeats = Number(values.runs);
for (const [name, options] of runs.flatMap((r) => Array.from({ length: repeats }, () => r))) {
  if (only && !only.includes(name) && !only.includes(name.split(' ')[0])) continue;
  global.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const serverBefore = await serverCpu();
  const start = performance.now();
  const cpu = process.cpuUsage();
  const filters = parseExportFilters(new URLSearchParams(values['signed-only'] ? {} : { drafts: '1' }), null);
  let out;
  try {
    out = await prepareExport(db, { filters, editor: { name: 'Bench Editor' }, now: new Date(now), options });
  } catch (e) {
    if (!(e instanceof ClaimReviewRefusedError)) throw e;
    // A refusal is a result too: its list of problems is compared before and after.
    const used = process.cpuUsage(cpu);
    const listed = JSON.stringify(e.result);
    console.log(`${name.padEnd(15)} refused with ${e.result.errors.length} errors, ${e.result.warnings.length} warnings in ${((used.user + used.system) / 1e6).toFixed(2)} s CPU   ${load()}`);
    if (values.out) console.log(`  sha256 ${createHash('sha256').update(listed).digest('hex')} (the refusal's errors and warnings)`);
    continue;
  }
  let bytes = 0;
  let n = 0;
  const sink = values.out ? createWriteStream(resolve(values.out, out.filename.replace(/-\d{4}-\d\d-\d\d/, ''))) : null;
  const sha = createHash('sha256');
  for await (const chunk of out.chunks) {
    bytes += Buffer.byteLength(chunk);
    if (sink) {
      sha.update(chunk);
      if (!sink.write(chunk)) await new Promise<void>((r) => sink.once('drain', () => r()));
    }
    if (++n % 200 === 0) {
      // --live (with node --expose-gc): collect first, so the peak is what the export holds, not its garbage.
      if (values.live) global.gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  if (sink) await new Promise<void>((r) => sink.end(() => r()));
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const server = values.desk && values.engine === 'postgres' ? `   server CPU ${serverUsed(serverBefore, await serverCpu()).toFixed(2)} s` : '';
  console.log(
    `${name.padEnd(15)} ${String(claimCount).padStart(6)}  ${(ms / 1000).toFixed(2).padStart(6)} s  ${((used.user + used.system) / 1e6).toFixed(2).padStart(6)} s  ${(bytes / 1e6).toFixed(1).padStart(7)}   ${(peak / 1e6).toFixed(0).padStart(4)} MB (${((peak - base) / 1e6).toFixed(0)} MB over start)   ${load()}${server}`,
  );
  if (sink) console.log(`  sha256 ${sha.digest('hex')}`);
}
await db.destroy();
