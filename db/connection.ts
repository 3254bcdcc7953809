import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type DB = Kysely<Database>;

/** Resolves DATABASE_URL ("file:path") to a file path; default data/claimdesk.db. */
export function databasePath(url = process.env.DATABASE_URL): string {
  if (!url) return resolve('data/claimdesk.db');
  if (!url.startsWith('file:')) throw new Error(`DATABASE_URL must start with "file:" (got ${url})`);
  return resolve(url.slice('file:'.length));
}

export function openDatabase(path = databasePath()): DB {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
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
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
