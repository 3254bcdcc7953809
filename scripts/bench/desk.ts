/**
 * A benchmark desk of N articles on either engine, built in seconds to
 * minutes (shared by bench:pages and bench:export).
 *
 * The first SEED articles (copies of demo/saraqeb.txt, ~26 claims each) go
 * through the import's own storage step (storeExtractedArticle: article,
 * claims, figures, revisions) from one cached extraction, with five
 * publishers and dates spread over 2020. On them the workflow runs through
 * the services: one claim in fifty gets a final status from a checker and
 * is assigned to the editor; of those, every second one gets a rating, a
 * verdict and a piece of evidence (complete: it reaches the editors'
 * queue), and every sixth is approved by the editor, every eighth sent back.
 * The desk then grows to N by INSERT … SELECT copies of those articles with
 * their claims, figures and evidence (copyArticles), doubling: a desk of
 * 10,000 articles has the same mix of states. Copies carry no history.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { closeDb, getDb, type DB, type Engine } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { storeExtractedArticle } from '../../app/services/import-article.server';
import { extractOffThread } from '../../app/services/extraction-pool.server';
import { createUser } from '../../app/services/auth.server';
import { approveVerdict, returnVerdict, setClaimStatus } from '../../app/services/claim-status.server';
import { assignClaim, setRating } from '../../app/services/claim-edit.server';
import { addEvidence } from '../../app/services/evidence.server';
import { copyArticles } from '../../app/models/desk-copy.server';

const SEED = 50;
export const BENCH_PASSWORD = 'bench password 1';
const PUBLISHERS = ['Wire One', 'Daily Ledger', 'Morning Post', 'Radio Nord', 'Field Notes'];

export interface BenchDesk {
  editorId: number;
  checkerId: number;
  articles: number;
  claims: number;
  seconds: number;
}

/**
 * Where built desks are kept between runs (outside the repository): SQLite
 * files `desk-N.db`; PostgreSQL databases `claimdesk_bench_desk_N` on
 * CLAIMDESK_BENCH_PG (default postgres://postgres@127.0.0.1:5432/postgres).
 * CLAIMDESK_BENCH_PG_PREFIX renames the databases (`<prefix>_N`), so that
 * two people on one server (or two branches with different migrations)
 * keep separate desks.
 */
export const DESK_DIR = process.env.CLAIMDESK_BENCH_DESKS || '/work/bench-desks';
const adminUrl = process.env.CLAIMDESK_BENCH_PG || 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_PREFIX = process.env.CLAIMDESK_BENCH_PG_PREFIX || 'claimdesk_bench_desk';
// A setting row written once a desk is complete: a desk without it (a build cut short) is built again.
const BUILT = 'bench_desk_articles';

/** The options of a bench run on kept desks (bench:pages, bench:search): desk size in articles, engines, runs per measure, and --drop to build the desk again. */
export const DESK_BENCH_OPTIONS = {
  articles: { type: 'string', default: '1000' },
  engines: { type: 'string', default: 'sqlite,postgres' },
  runs: { type: 'string', default: '30' },
  drop: { type: 'boolean', default: false },
} as const;

/** Runs one statement on the PostgreSQL server's maintenance database and returns its rows. */
export async function adminQuery<T = unknown>(q: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query(q)).rows as T[];
  } finally {
    await c.end();
  }
}

/**
 * Opens the kept bench desk of `size` articles on `engine` (DESK_DIR), as
 * the app's connection (DATABASE_URL is set to it, getDb() returns it):
 * migrated to the latest migration (so a desk built before a migration
 * measures its backfill, printed as `migrateSeconds`), built first if it is
 * missing or was cut short. PostgreSQL desks are VACUUMed and ANALYZEd once
 * built, and again after a migration ran on a kept one.
 * `drop()` closes the connection and deletes the desk. Throws what the
 * build or a migration throws.
 */
export async function openBenchDesk(engine: Engine, size: number): Promise<{ db: DB; desk: BenchDesk; built: boolean; migrateSeconds: number; drop: () => Promise<void> }> {
  let url: string;
  let drop: () => Promise<void>;
  let fresh: () => Promise<void>;
  if (engine === 'sqlite') {
    mkdirSync(DESK_DIR, { recursive: true });
    const file = resolve(DESK_DIR, `desk-${size}.db`);
    url = `file:${file}`;
    fresh = async () => ['', '-wal', '-shm'].forEach((s) => rmSync(file + s, { force: true }));
    drop = async () => {
      await closeDb();
      await fresh();
    };
    if (!existsSync(file)) await fresh();
  } else {
    const name = `${PG_PREFIX}_${size}`;
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    fresh = async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
      await adminQuery(`create database ${name}`);
    };
    drop = async () => {
      await closeDb();
      await adminQuery(`drop database if exists ${name} with (force)`);
    };
    if ((await adminQuery(`select 1 from pg_database where datname = '${name}'`)).length === 0) await fresh();
  }
  process.env.DATABASE_URL = url;
  await closeDb();
  let db = getDb();
  const t = performance.now();
  const migrated = await migrateToLatest(db);
  const migrateSeconds = (performance.now() - t) / 1000;
  if (engine === 'postgres' && migrated.results?.length) await sql`vacuum analyze`.execute(db);
  const marker = await db.selectFrom('setting').select('value').where('key', '=', BUILT).executeTakeFirst();
  if (marker?.value === String(size)) {
    const user = (email: string) => db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const count = async (t: 'article' | 'claim') => Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const desk = { editorId: (await user('editor@bench.test')).id, checkerId: (await user('checker@bench.test')).id, articles: await count('article'), claims: await count('claim'), seconds: 0 };
    return { db, desk, built: false, migrateSeconds, drop };
  }
  await closeDb();
  await fresh();
  db = getDb();
  await migrateToLatest(db);
  const desk = await buildBenchDesk(db, size);
  await db.insertInto('setting').values({ key: BUILT, value: String(size), updatedAt: new Date().toISOString(), updatedBy: null }).execute();
  // VACUUM as well as ANALYZE: the visibility map autovacuum keeps on a running desk, so index-only scans read no heap.
  if (engine === 'postgres') await sql`vacuum analyze`.execute(db);
  return { db, desk, built: true, migrateSeconds: 0, drop };
}

/** Builds the desk on a freshly migrated, empty database. */
export async function buildBenchDesk(db: DB, size: number): Promise<BenchDesk> {
  const started = performance.now();
  const text = readFileSync(fileURLToPath(new URL('../../demo/saraqeb.txt', import.meta.url)), 'utf8');
  const cached = await extractOffThread({ text, format: 'text', clean: true });
  const editor = await createUser(db, { email: 'editor@bench.test', name: 'Editor', role: 'editor', password: BENCH_PASSWORD }, new Date());
  const checker = await createUser(db, { email: 'checker@bench.test', name: 'Checker', role: 'checker', password: BENCH_PASSWORD }, new Date());
  const seed = Math.min(SEED, size);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < seed; i++) {
      const input = {
        text,
        format: 'text' as const,
        title: `Bench article ${i + 1}`,
        url: null,
        publisher: PUBLISHERS[i % PUBLISHERS.length],
        publishedAt: `2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
        fileName: null,
      };
      await storeExtractedArticle(trx, input, cached, { id: checker.id, now: new Date() });
    }
  });
  const sample = await db.selectFrom('claim').select('id').where((eb) => eb(eb('id', '%', 50), '=', 0)).orderBy('id').execute();
  const checkerActor = () => ({ id: checker.id, now: new Date() });
  const editorActor = () => ({ id: editor.id, now: new Date() });
  for (const [i, { id }] of sample.entries()) {
    await setClaimStatus(db, { claimId: id, status: 'verified', version: null, actorId: checker.id, now: new Date() });
    await assignClaim(db, { claimId: id, version: null, assigneeId: editor.id, actor: checkerActor() });
    if (i % 2 === 1) continue;
    await setRating(db, { claimId: id, version: null, rating: 'True', verdict: 'The agency’s own count says so.', actor: checkerActor() });
    const newSource = { url: `https://reports.example/${i}`, title: `Report ${i}`, publisher: 'Agency', kind: 'un_ngo_report' as const, publishedAt: '2020-02-20', accessedAt: null, archivedUrl: null, notes: null };
    await addEvidence(db, { claimId: id, sourceId: null, newSource, stance: 'supports', excerpt: 'It says so.', note: '', actor: checkerActor() });
    if (i % 6 === 0) await approveVerdict(db, { claimId: id, version: null, actor: editorActor() });
    else if (i % 8 === 2) await returnVerdict(db, { claimId: id, version: null, comment: 'Which report?', actor: editorActor() });
  }
  let onDesk = seed;
  while (onDesk < size) onDesk += await copyArticles(db, size - onDesk);
  const claims = await db.selectFrom('claim').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { editorId: editor.id, checkerId: checker.id, articles: onDesk, claims: Number(claims.n), seconds: (performance.now() - started) / 1000 };
}
