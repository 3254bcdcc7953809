/**
 * npm run bench:search [-- --articles 1000 --engines sqlite,postgres --runs 30 --drop]
 *
 * Server time of /search (the Remix loader, as bench:pages calls it) for a
 * common word, its page 5, a status filter, a stop word, a rare word, a
 * number written without separators and a prefix, on the kept bench desk
 * of `articles` articles (scripts/bench/desk.ts, ~42 claims each: 24000
 * articles is the 1,000,000-claim desk). p50/p95 in milliseconds after two
 * warm-ups: wall, and on SQLite this process's CPU time, on PostgreSQL the
 * server's time (the page's queries captured once, then run `runs` times
 * after two warm-ups under EXPLAIN ANALYZE on one kept connection, as the
 * app's pool keeps them: planning plus execution, summed per run); with the
 * load average. `--drop` deletes the desk afterwards.
 */
import { loadavg } from 'node:os';
import pg from 'pg';
import { closeDb, type Engine } from '../../db/connection';
import { closeExtractionPool } from '../../app/services/extraction-pool.server';
import { login } from '../../app/services/auth.server';
import * as searchPage from '../../app/routes/search';
import { parseCli } from '../lib/cli';
import { BENCH_PASSWORD, DESK_BENCH_OPTIONS, openBenchDesk } from './desk';
import { capturePg, serverTime } from './pg-server-time';

const USAGE = 'usage: npm run bench:search [-- --articles 1000 --engines sqlite,postgres --runs 30 --drop]\n\nServer time (p50/p95) of /search queries per engine on a desk of that size.';
const { values } = parseCli(USAGE, {
  options: DESK_BENCH_OPTIONS,
});
const size = Number(values.articles);
const runs = Number(values.runs);
const engines = values.engines.split(',') as Engine[];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

for (const engine of engines) {
  const target = await openBenchDesk(engine, size);
  const { db, desk } = target;
  const { sessionId } = await login(db, { email: 'editor@bench.test', password: BENCH_PASSWORD }, new Date());
  const cookie = `claimdesk_session=${encodeURIComponent(sessionId)}`;
  console.log(
    `\n${engine}: ${desk.articles} articles, ${desk.claims} claims; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ` +
      `/search loader server time in ms, ${runs} runs (wall${engine === 'sqlite' ? ', and this process’s CPU' : ', and the server’s planning + execution time by EXPLAIN ANALYZE'})`,
  );
  for (const path of [
    '/search?q=displaced',
    '/search?q=displaced&page=5',
    '/search?q=displaced&status=verified',
    '/search?q=the',
    '/search?q=saraqeb',
    '/search?q=948000',
    '/search?q=displ*',
  ]) {
    const times: number[] = [];
    const cpu: number[] = [];
    let total = '';
    for (let i = 0; i < runs + 2; i++) {
      const request = new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
      const t = performance.now();
      const c = process.cpuUsage();
      const out = (await searchPage.loader({ request, params: {}, context: {} })) as { total: number; totalCapped: boolean };
      const used = process.cpuUsage(c);
      if (i >= 2) {
        times.push(performance.now() - t);
        cpu.push((used.user + used.system) / 1000);
      }
      total = `${out.total}${out.totalCapped ? '+' : ''}`;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    let cpuText = `   cpu p50 ${pct(cpu, 50).toFixed(1).padStart(7)}  p95 ${pct(cpu, 95).toFixed(1).padStart(7)}`;
    if (engine === 'postgres') {
      const request = new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
      const queries = await capturePg(() => searchPage.loader({ request, params: {}, context: {} }));
      const server: number[] = [];
      const warm = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await warm.connect();
      for (let i = 0; i < runs + 2; i++) {
        const t = await serverTime(queries, warm);
        if (i >= 2) server.push(t.execution + t.planning);
      }
      await warm.end();
      server.sort((a, b) => a - b);
      cpuText = `   server p50 ${pct(server, 50).toFixed(1).padStart(7)}  p95 ${pct(server, 95).toFixed(1).padStart(7)} (${queries.length} queries)`;
    }
    console.log(`  ${path.padEnd(38)} ${total.padStart(6)} hits   p50 ${pct(times, 50).toFixed(1).padStart(7)}  p95 ${pct(times, 95).toFixed(1).padStart(7)}${cpuText}`);
  }
  await closeDb();
  if (values.drop) await target.drop();
}
await closeExtractionPool();
