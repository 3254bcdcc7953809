/**
 * npm run bench:pages [-- --articles 1000,10000 --engines sqlite,postgres --runs 30]
 *
 * Server time of the busiest pages at each desk size, per engine: each
 * page's Remix loader is called the way the server calls it (a signed-in
 * editor's request) `runs` times after two warm-ups, and p50/p95 are
 * printed in milliseconds: wall time, and on SQLite also this process's CPU
 * time (the query runs in-process), which a busy shared machine inflates
 * far less than wall time. The desk is scripts/bench/desk.ts's: 50 imported
 * articles with a workflow mix (proposals complete and incomplete,
 * approvals, send-backs), copied up to the size.
 *
 * After the timings, each page runs once more with its SQL captured, and
 * the plan of every query that scans a big table (SQLite `EXPLAIN QUERY
 * PLAN` "SCAN claim…", PostgreSQL `EXPLAIN` "Seq Scan on claim…") is printed.
 * On PostgreSQL the server's own time is printed too: each captured query
 * of the page run under EXPLAIN (ANALYZE) and its "Execution Time" summed
 * (the page's queries one after another, as the server ran them); for a
 * page over 30 ms the analysed plan of its slowest query follows the table.
 *
 * Desks are kept and reused (scripts/bench/desk.ts, openBenchDesk:
 * /work/bench-desks/desk-N.db, PostgreSQL claimdesk_bench_desk_N); `--drop`
 * deletes them after the run. The load average is printed with each desk.
 */
import { loadavg } from 'node:os';
import { parseCli } from '../lib/cli';
import pg from 'pg';
import SQLite from 'better-sqlite3';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { closeDb, type Engine } from '../../db/connection';
import { closeExtractionPool } from '../../app/services/extraction-pool.server';
import { login } from '../../app/services/auth.server';
import * as articles from '../../app/routes/articles._index';
import * as review from '../../app/routes/articles.$id';
import * as queue from '../../app/routes/queue';
import * as searchPage from '../../app/routes/search';
import * as measures from '../../app/routes/measures._index';
import { BENCH_PASSWORD, DESK_BENCH_OPTIONS, openBenchDesk } from './desk';
import { capturePg, serverTime } from './pg-server-time';

const USAGE = 'usage: npm run bench:pages [-- --articles 1000 --engines sqlite,postgres --runs 30]\n\nServer time (p50/p95) of the busiest pages per engine at a desk of that size (see the file header for every option).';
const { values } = parseCli(USAGE, {
  options: DESK_BENCH_OPTIONS,
});
const sizes = values.articles.split(',').map(Number);
const runs = Number(values.runs);
const engines = values.engines.split(',') as Engine[];
const BIG = /\b(claim|article|figure|evidence|revision)\b/;

// Query capture for the plans: every statement SQLite prepares, every text PostgreSQL is sent, while `capturing`.
let capturing = false;
const captured: Array<{ sql: string; params: unknown[]; sqlite?: SQLite.Database }> = [];
const prepare = SQLite.prototype.prepare;
SQLite.prototype.prepare = function (this: SQLite.Database, source: string) {
  const statement = prepare.call(this, source) as SQLite.Statement;
  if (!capturing || !statement.reader) return statement;
  const handle = this;
  for (const m of ['all', 'get', 'iterate'] as const) {
    const original = statement[m].bind(statement) as (...a: unknown[]) => unknown;
    (statement as unknown as Record<string, unknown>)[m] = (...params: unknown[]) => {
      captured.push({ sql: source, params, sqlite: handle });
      return original(...params);
    };
  }
  return statement;
} as typeof SQLite.prototype.prepare;
async function plansThatScan(engine: Engine): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const q of captured.splice(0)) {
    if (seen.has(q.sql)) continue;
    seen.add(q.sql);
    let plan: string[];
    if (engine === 'sqlite') {
      plan = (q.sqlite!.prepare(`explain query plan ${q.sql}`).all(...(q.params as never[])) as Array<{ detail: string }>).map((r) => r.detail);
      if (!plan.some((l) => /^SCAN /.test(l) && BIG.test(l.split(' ')[1]))) continue;
    } else {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      const r = await client.query<{ 'QUERY PLAN': string }>(`explain ${q.sql}`, q.params).catch(() => null);
      await client.end();
      if (!r) continue;
      plan = r.rows.map((x) => x['QUERY PLAN']);
      if (!plan.some((l) => /Seq Scan on (claim|article|figure|evidence|revision)\b/.test(l))) continue;
    }
    out.push(`    ${q.sql.slice(0, 300)}${q.sql.length > 300 ? '…' : ''}\n${plan.map((l) => `      ${l}`).join('\n')}`);
  }
  return out;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const ms = (n: number) => n.toFixed(1).padStart(7);

for (const size of sizes) {
  for (const engine of engines) {
    const target = await openBenchDesk(engine, size);
    const { db, desk } = target;
    const { sessionId } = await login(db, { email: 'editor@bench.test', password: BENCH_PASSWORD }, new Date());
    const cookie = `claimdesk_session=${encodeURIComponent(sessionId)}`;
    const lastArticle = await db.selectFrom('article').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
    const awaiting = await db.selectFrom('claim').select((eb) => eb.fn.countAll<number>().as('n')).where('signoff', '=', 'pending').executeTakeFirstOrThrow();
    console.log(
      `\n${engine}: ${desk.articles} articles, ${desk.claims} claims, ${Number(awaiting.n)} proposals pending ` +
        (target.built ? `(desk built in ${desk.seconds.toFixed(0)} s)` : `(kept desk, migrations ${target.migrateSeconds.toFixed(1)} s)`) +
        `; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; loader server time in ms, ${runs} runs` +
        (engine === 'sqlite' ? ' (wall, and this process’s CPU)' : ' (wall, and the server’s EXPLAIN ANALYZE execution time of the page’s queries, median of 5)'),
    );
    const pages: Array<[string, (a: LoaderFunctionArgs) => Promise<unknown>, string, Record<string, string>]> = [
      ['/articles', articles.loader, '/articles', {}],
      ['/articles?page=200', articles.loader, '/articles?page=200', {}],
      ['/articles?page=200&before=N (keyset)', articles.loader, `/articles?page=200&before=${Number(lastArticle.id) - 199 * 25 + 1}`, {}],
      ['/articles?progress=awaiting', articles.loader, '/articles?progress=awaiting', {}],
      ['/articles?progress=signed-off', articles.loader, '/articles?progress=signed-off', {}],
      ['/articles?progress=unreviewed', articles.loader, '/articles?progress=unreviewed&page=3', {}],
      ['/articles?publisher&from&to', articles.loader, '/articles?publisher=Radio+Nord&from=2020-03-01&to=2020-09-30', {}],
      ['/articles/:id (review)', review.loader, `/articles/${lastArticle.id}`, { id: String(lastArticle.id) }],
      ['/queue', queue.loader, '/queue', {}],
      ['/queue?signoff=incomplete', queue.loader, '/queue?signoff=incomplete', {}],
      ['/queue?rating=True&page=3', queue.loader, '/queue?rating=True&page=3', {}],
      ['/queue?proposer&signoff=sent-back', queue.loader, `/queue?proposer=${desk.checkerId}&signoff=sent-back`, {}],
      ['/search?q=displaced', searchPage.loader, '/search?q=displaced', {}],
      ['/search?q=displaced&page=5', searchPage.loader, '/search?q=displaced&page=5', {}],
      ['/search?q=displaced&status=verified', searchPage.loader, '/search?q=displaced&status=verified', {}],
      ['/measures', measures.loader, '/measures', {}],
    ];
    const scans: string[] = [];
    const slow: string[] = [];
    for (const [name, loader, path, params] of pages) {
      const wall: number[] = [];
      const cpu: number[] = [];
      const call = async () => {
        const request = new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
        const out = await loader({ request, params, context: {} }).catch((e) => e);
        if (out instanceof Response && out.status >= 400) throw new Error(`${name}: HTTP ${out.status}`);
        if (out instanceof Error) throw out;
      };
      for (let i = 0; i < runs + 2; i++) {
        const t = performance.now();
        const c = process.cpuUsage();
        await call();
        const used = process.cpuUsage(c);
        if (i >= 2) {
          wall.push(performance.now() - t);
          cpu.push((used.user + used.system) / 1000);
        }
      }
      wall.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      capturing = true;
      const pgQueries = await capturePg(call);
      capturing = false;
      captured.push(...pgQueries);
      let cpuText = `   cpu p50 ${ms(pct(cpu, 50))}  p95 ${ms(pct(cpu, 95))}`;
      if (engine === 'postgres') {
        const server: Array<{ total: number; slowest: string }> = [];
        for (let i = 0; i < 5; i++) server.push(await serverTime(pgQueries).then((t) => ({ total: t.execution, slowest: t.slowest })));
        server.sort((a, b) => a.total - b.total);
        cpuText = `   server ${ms(server[2].total)} (EXPLAIN ANALYZE, summed)`;
        if (server[2].total > 30) slow.push(`  ${name}, server ${server[2].total.toFixed(1)} ms:\n${server[2].slowest}`);
      }
      console.log(`  ${name.padEnd(40)} p50 ${ms(pct(wall, 50))}  p95 ${ms(pct(wall, 95))}${cpuText}`);
      const plans = await plansThatScan(engine);
      if (plans.length) scans.push(`  ${name}:\n${plans.join('\n')}`);
    }
    console.log(scans.length ? `  plans that scan a big table:\n${scans.join('\n')}` : '  no page scans a big table');
    if (slow.length) console.log(`  PostgreSQL pages over 30 ms, the slowest query of each (EXPLAIN ANALYZE, BUFFERS, timing off):\n${slow.join('\n')}`);
    await closeDb();
    if (values.drop) await target.drop();
  }
}
await closeExtractionPool();
