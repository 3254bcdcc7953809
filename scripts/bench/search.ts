/**
 * npm run bench:search [-- --articles 1000 --engines sqlite,postgres --runs 30 --keep]
 *
 * Server time of /search (the Remix loader, as bench:pages calls it) for a
 * common word, its page 5, a status filter, a rare word, a number written
 * without separators and a prefix, on a desk of `articles` copies of
 * demo/saraqeb.txt built like bench:pages's (import's storage step, 200 a
 * transaction). p50/p95 in milliseconds, after two warm-ups.
 *
 * `--keep` keeps the desk (tmp/bench-search-N.db, or the PostgreSQL
 * database claimdesk_bench_search_N) and reuses it on the next run with the
 * same size: the desk is migrated to the latest migration first, so a desk
 * built before a migration also measures its backfill.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { closeDb, getDb, type Engine } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { storeExtractedArticle } from '../../app/services/import-article.server';
import { closeExtractionPool, extractOffThread } from '../../app/services/extraction-pool.server';
import { createUser, login } from '../../app/services/auth.server';
import * as searchPage from '../../app/routes/search';
import { parseCli } from '../lib/cli';

const USAGE = 'usage: npm run bench:search [-- --articles 1000 --engines sqlite,postgres --runs 30 --keep]\n\nServer time (p50/p95) of /search queries per engine on a desk of that size.';
const { values } = parseCli(USAGE, {
  options: {
    articles: { type: 'string', default: '1000' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    runs: { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
  },
});
const size = Number(values.articles);
const runs = Number(values.runs);
const engines = values.engines.split(',') as Engine[];
const adminUrl = process.env.CLAIMDESK_BENCH_PG || 'postgres://postgres@127.0.0.1:5432/postgres';
const text = readFileSync(fileURLToPath(new URL('../../demo/saraqeb.txt', import.meta.url)), 'utf8');
const input = { text, format: 'text' as const, title: null, url: null, publisher: null, publishedAt: null, fileName: null };

async function adminQuery<T>(q: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query(q)).rows as T[];
  } finally {
    await c.end();
  }
}

/** The desk's database, and whether it already holds a desk of this size. */
async function databaseFor(engine: Engine): Promise<{ url: string; built: boolean; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    mkdirSync('tmp', { recursive: true });
    const file = resolve('tmp', values.keep ? `bench-search-${size}.db` : `bench-search-${process.pid}.db`);
    const drop = async () => ['', '-wal', '-shm'].forEach((s) => rmSync(file + s, { force: true }));
    return { url: `file:${file}`, built: values.keep && existsSync(file), drop };
  }
  const name = `claimdesk_bench_search_${size}`;
  const exists = (await adminQuery(`select 1 from pg_database where datname = '${name}'`)).length > 0;
  const built = values.keep && exists;
  if (!built) {
    await adminQuery(`drop database if exists ${name} with (force)`);
    await adminQuery(`create database ${name}`);
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), built, drop: async () => void (await adminQuery(`drop database if exists ${name} with (force)`)) };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

for (const engine of engines) {
  const target = await databaseFor(engine);
  process.env.DATABASE_URL = target.url;
  await closeDb();
  const db = getDb();
  const migrating = performance.now();
  await migrateToLatest(db);
  const migrated = performance.now() - migrating;
  const password = 'bench password 1';
  // A kept desk is topped up to `size` articles (a build that was cut short goes on where it stopped).
  const have = Number((await db.selectFrom('article').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  if (have < size) {
    const cached = await extractOffThread({ text, format: 'text', clean: true });
    const filling = performance.now();
    for (let done = have; done < size; ) {
      const n = Math.min(200, size - done);
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < n; i++) await storeExtractedArticle(trx, input, cached, { id: null, now: new Date() });
      });
      done += n;
    }
    console.log(`${engine}: ${size - have} articles stored in ${((performance.now() - filling) / 1000).toFixed(0)} s`);
  }
  if (target.built) console.log(`${engine}: desk reused, migrations took ${(migrated / 1000).toFixed(1)} s`);
  if (!(await db.selectFrom('user').select('id').where('email', '=', 'editor@bench.test').executeTakeFirst())) {
    await createUser(db, { email: 'editor@bench.test', name: 'Editor', role: 'editor', password }, new Date());
  }
  const { sessionId } = await login(db, { email: 'editor@bench.test', password }, new Date());
  const cookie = `claimdesk_session=${encodeURIComponent(sessionId)}`;
  const claims = await db.selectFrom('claim').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  console.log(`\n${engine}: ${size} articles, ${Number(claims.n)} claims; /search loader server time, ${runs} runs`);

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
    let total = 0;
    for (let i = 0; i < runs + 2; i++) {
      const request = new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
      const t = performance.now();
      const out = (await searchPage.loader({ request, params: {}, context: {} })) as { total: number };
      if (i >= 2) times.push(performance.now() - t);
      total = out.total;
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${path.padEnd(38)} ${String(total).padStart(6)} hits   p50 ${pct(times, 50).toFixed(1).padStart(7)} ms   p95 ${pct(times, 95).toFixed(1).padStart(7)} ms`,
    );
  }
  await closeDb();
  if (!values.keep) await target.drop();
}
await closeExtractionPool();
