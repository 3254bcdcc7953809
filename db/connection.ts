import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './schema';
import { ImmediateSqliteDialect, type BusyRetry } from './sqlite-immediate-dialect';

export { DatabaseBusyError } from './sqlite-immediate-dialect';

export type DB = Kysely<Database>;

/** Resolves DATABASE_URL ("file:path") to a file path; default data/claimdesk.db. */
export function databasePath(url = process.env.DATABASE_URL): string {
  if (!url) return resolve('data/claimdesk.db');
  if (!url.startsWith('file:')) throw new Error(`DATABASE_URL must start with "file:" (got ${url})`);
  return resolve(url.slice('file:'.length));
}

/**
 * Opens (creating if needed) the SQLite file in WAL mode. Transactions take
 * the write lock at their start and wait for another process's lock
 * asynchronously (db/sqlite-immediate-dialect.ts): SQLite's own busy wait is
 * off, as it would block this process's event loop. Throws DatabaseBusyError
 * from a query when the lock stays taken past `retry.deadlineMs`.
 */
export function openDatabase(path = databasePath(), options: { retry?: Partial<BusyRetry> } = {}): DB {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('busy_timeout = 0');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite, retry: options.retry }) });
}

let shared: DB | undefined;

/** The process-wide connection (one better-sqlite3 handle: SQLite serialises writes anyway). */
export function getDb(): DB {
  shared ??= openDatabase();
  return shared;
}

export async function closeDb(): Promise<void> {
  await shared?.destroy();
  shared = undefined;
}

/** A private in-memory database (for one-off runs such as the matching measurement); gone when closed. */
export function openMemoryDatabase(): DB {
  const sqlite = new SQLite(':memory:');
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
}
