import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { closeDb, getDb, type DB } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { inject } from 'vitest';
import { templateDbName, testPgUrl, withAdmin, workerDbName } from '../setup/pg-databases';

/** True under `npm run test:pg` (vitest.pg.config.ts sets CLAIMDESK_TEST_ENGINE). */
export const testingPostgres = process.env.CLAIMDESK_TEST_ENGINE === 'postgres';

/**
 * Points this test file at a fresh, migrated database (a real database, not
 * a mock) and returns the app's shared connection to it: its own SQLite
 * file, or under `npm run test:pg` the worker's PostgreSQL database emptied
 * (identities restarted).
 */
export async function useTestDb(): Promise<DB> {
  await closeDb();
  if (testingPostgres) return usePostgresTestDb();
  mkdirSync('tmp', { recursive: true });
  const file = resolve('tmp', `test-${process.env.VITEST_POOL_ID ?? 0}-${randomBytes(4).toString('hex')}.db`);
  process.env.DATABASE_URL = `file:${file}`;
  const db = getDb();
  await migrateToLatest(db);
  return db;
}

let workerDbReady = false;

async function usePostgresTestDb(): Promise<DB> {
  const run = inject('pgRun');
  const name = workerDbName(run);
  if (!workerDbReady) {
    await withAdmin(async (c) => {
      const exists = await c.query('select 1 from pg_database where datname = $1', [name]);
      if (!exists.rowCount) await c.query(`create database "${name}" template "${templateDbName(run)}"`);
    });
    workerDbReady = true;
  }
  process.env.DATABASE_URL = testPgUrl(name);
  const db = getDb();
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'`.execute(db);
  if (tables.rows.length) {
    await sql`truncate ${sql.join(tables.rows.map((t) => sql.table(t.tablename)))} restart identity cascade`.execute(db);
  }
  return db;
}
