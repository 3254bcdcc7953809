/**
 * npm run bench:pages [-- --articles 1000 --engines sqlite,postgres --runs 30]
 *
 * Server time of the busiest pages at a given desk size, per engine: each
 * page's Remix loader is called the way the server calls it (a signed-in
 * editor's request) `runs` times after two warm-ups, and p50/p95 are
 * printed in milliseconds. The desk is built like bench:import's: copies of
 * demo/saraqeb.txt stored with the import's own storage step
 * (storeExtractedArticle: article, claims, figures, revisions) from one
 * cached extraction, 200 a transaction; then one claim in fifty gets a
 * final status from a checker (it waits for sign-off: the editors' queue)
 * and is assigned to the editor (their own queue).
 *
 * PostgreSQL: the database claimdesk_bench_pages on CLAIMDESK_BENCH_PG
 * (default postgres://postgres@127.0.0.1:5432/postgres) is dropped and made
 * again. SQLite: a throw-away file in tmp/.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli } from '../lib/cli';
import pg from 'pg';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { closeDb, getDb, type Engine } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { storeExtractedArticle } from '../../app/services/import-article.server';
import { closeExtractionPool, extractOffThread } from '../../app/services/extraction-pool.server';
import { createUser, login } from '../../app/services/auth.server';
import { setClaimStatus } from '../../app/services/claim-status.server';
import { assignClaim } from '../../app/services/claim-edit.server';
import * as articles from '../../app/routes/articles._index';
import * as review from '../../app/routes/articles.$id';
import * as queue from '../../app/routes/queue';
import * as searchPage from '../../app/routes/search';
import * as measures from '../../app/routes/measures._index';

const USAGE = 'usage: npm run bench:pages [-- --articles 1000 --engines sqlite,postgres --runs 30]\n\nServer time (p50/p95) of the busiest pages per engine at a desk of that size.';
const { values } = parseCli(USAGE, {
  options: {
    articles: { type: 'string', default: '1000' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    runs: { type: 'string', default: '30' },
  },
});
const size = Number(values.articles);
const runs = Number(values.runs);
const engines = values.engines.split(',') as Engine[];
const adminUrl = process.env.CLAIMDESK_BENCH_PG || 'postgres://postgres@127.0.0.1:5432/postgres';
const text = readFileSync(fileURLToPath(new URL('../../demo/saraqeb.txt', import.meta.url)), 'utf8');
const input = { text, format: 'text' as const, title: null, url: null, publisher: null, publishedAt: null, fileName: null };

async function adminQuery(q: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(q);
  } finally {
    await c.end();
  }
}

async function databaseFor(engine: Engine): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    mkdirSync('tmp', { recursive: true });
    const file = resolve('tmp', `bench-pages-${process.pid}.db`);
    return { url: `file:${file}`, drop: async () => ['', '-wal', '-shm'].forEach((s) => rmSync(file + s, { force: true })) };
  }
  await adminQuery('drop database if exists claimdesk_bench_pages with (force)');
  await adminQuery('create database claimdesk_bench_pages');
  const u = new URL(adminUrl);
  u.pathname = '/claimdesk_bench_pages';
  return { url: u.toString(), drop: () => adminQuery('drop database if exists claimdesk_bench_pages with (force)') };
}

const cached = await extractOffThread({ text, format: 'text', clean: true });
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

for (const engine of engines) {
  const target = await databaseFor(engine);
  process.env.DATABASE_URL = target.url;
  await closeDb();
  const db = getDb();
  await migrateToLatest(db);
  const filling = performance.now();
  for (let done = 0; done < size; ) {
    const n = Math.min(200, size - done);
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < n; i++) await storeExtractedArticle(trx, input, cached, { id: null, now: new Date() });
    });
    done += n;
  }
  const password = 'bench password 1';
  const editor = await createUser(db, { email: 'editor@bench.test', name: 'Editor', role: 'editor', password }, new Date());
  const checker = await createUser(db, { email: 'checker@bench.test', name: 'Checker', role: 'checker', password }, new Date());
  const sample = await db.selectFrom('claim').select('id').where((eb) => eb(eb('id', '%', 50), '=', 0)).execute();
  for (const { id } of sample) {
    await setClaimStatus(db, { claimId: id, status: 'verified', version: null, actorId: checker.id, now: new Date() });
    await assignClaim(db, { claimId: id, version: null, assigneeId: editor.id, actor: { id: checker.id, now: new Date() } });
  }
  const { sessionId } = await login(db, { email: 'editor@bench.test', password }, new Date());
  const cookie = `claimdesk_session=${encodeURIComponent(sessionId)}`;
  const claims = await db.selectFrom('claim').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const lastArticle = await db.selectFrom('article').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
  console.log(
    `\n${engine}: ${size} articles, ${Number(claims.n)} claims, ${sample.length} awaiting sign-off ` +
      `(desk built in ${((performance.now() - filling) / 1000).toFixed(0)} s); loader server time, ${runs} runs`,
  );

  const pages: Array<[string, (a: LoaderFunctionArgs) => Promise<unknown>, string, Record<string, string>]> = [
    ['/articles', articles.loader, '/articles', {}],
    ['/articles?page=20', articles.loader, '/articles?page=20', {}],
    ['/articles/:id (review)', review.loader, `/articles/${lastArticle.id}`, { id: String(lastArticle.id) }],
    ['/queue', queue.loader, '/queue', {}],
    ['/search?q=displaced', searchPage.loader, '/search?q=displaced', {}],
    ['/search?q=displaced&page=5', searchPage.loader, '/search?q=displaced&page=5', {}],
    ['/measures', measures.loader, '/measures', {}],
  ];
  for (const [name, loader, path, params] of pages) {
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const request = new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
      const t = performance.now();
      const out = await loader({ request, params, context: {} });
      if (out instanceof Response && out.status >= 400) throw new Error(`${name}: HTTP ${out.status}`);
      if (i >= 2) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(28)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms   p95 ${pct(times, 95).toFixed(1).padStart(7)} ms`);
  }
  await closeDb();
  await target.drop();
}
await closeExtractionPool();
