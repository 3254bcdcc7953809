import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeDb, getDb, type DB } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';

/**
 * Points this test file at its own freshly migrated SQLite file (a real
 * database, not a mock) and returns the app's shared connection to it.
 */
export async function useTestDb(): Promise<DB> {
  await closeDb();
  mkdirSync('tmp', { recursive: true });
  const file = resolve('tmp', `test-${process.env.VITEST_POOL_ID ?? 0}-${randomBytes(4).toString('hex')}.db`);
  process.env.DATABASE_URL = `file:${file}`;
  const db = getDb();
  await migrateToLatest(db);
  return db;
}
