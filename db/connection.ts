import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresAdapter, type LogConfig } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { SerialisedPostgresDialect } from './postgres-serialised-dialect';
import { ImmediateSqliteDialect, type BusyRetry } from './sqlite-immediate-dialect';

export { DatabaseBusyError } from './sqlite-immediate-dialect';

export type DB = Kysely<Database>;

/**
 * Code names tables and columns in camelCase (db/schema.ts); the database
 * keeps snake_case. The plugin maps query identifiers and result keys, but
 * not the text of raw sql`` fragments: write snake_case there and alias
 * selected columns to camelCase (`claim_id as "claimId"`).
 */
const plugins = [new CamelCasePlugin()];

/** Which engine a DATABASE_URL names: a SQLite file (the default) or a PostgreSQL server. */
export type Engine = 'sqlite' | 'postgres';

/** The engine DATABASE_URL selects: `postgres://` or `postgresql://` is PostgreSQL; `file:` or nothing is SQLite. */
export function databaseEngine(url = process.env.DATABASE_URL): Engine {
  return url && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** Resolves DATABASE_URL ("file:path") to a file path; default data/claimdesk.db. SQLite only. */
export function databasePath(url = process.env.DATABASE_URL): string {
  if (!url) return resolve('data/claimdesk.db');
  if (!url.startsWith('file:')) throw new Error(`DATABASE_URL must start with "file:" or "postgres://" (got ${url})`);
  return resolve(url.slice('file:'.length));
}

/** The database DATABASE_URL names, for messages: the SQLite file path, or the PostgreSQL URL without its password. */
export function describeDatabase(url = process.env.DATABASE_URL): string {
  if (databaseEngine(url) === 'sqlite') return databasePath(url);
  const u = new URL(url!);
  if (u.password) u.password = '***';
  return u.toString();
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
  return withHandle(new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite, retry: options.retry }), plugins }), sqlite);
}

const sqliteHandles = new WeakMap<Kysely<any>, SQLite.Database>();

function withHandle(db: DB, sqlite: SQLite.Database): DB {
  sqliteHandles.set(db, sqlite);
  return db;
}

/**
 * The better-sqlite3 handle under a Kysely opened by openDatabase or
 * openMemoryDatabase; undefined for PostgreSQL, a transaction or a
 * single-connection Kysely. Only for statements prepared once and run many
 * times (db/prepared-rows.ts), under the connection's lock.
 */
export function sqliteHandleOf(db: Kysely<any>): SQLite.Database | undefined {
  return sqliteHandles.get(db);
}

// PostgreSQL values as the app reads them from SQLite: counts (bigint) and
// numerics as numbers, timestamptz as the ISO-8601 UTC string the app wrote.
const INT8 = 20;
const NUMERIC = 1700;
const TIMESTAMPTZ = 1184;
const parseTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ) as (v: string) => Date;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    if (oid === TIMESTAMPTZ) return (v: string) => parseTimestamptz(v).toISOString();
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * Opens a pool of connections to the PostgreSQL server `url` names
 * (`DATABASE_POOL_SIZE` connections at most, default 10). Several app
 * processes may share one server: every write runs in a transaction, and
 * the revision chain takes a transaction-level advisory lock to append.
 * `log` receives each query Kysely runs (its SQL and parameters), as the
 * matching bench uses to EXPLAIN ANALYZE them.
 */
export function openPostgres(url: string, options: { max?: number; log?: LogConfig } = {}): DB {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? (Number(process.env.DATABASE_POOL_SIZE) || 10),
    types: pgTypes as pg.CustomTypesConfig,
  });
  // An idle connection the server dropped (restart, failover) is replaced on next use; do not crash the process.
  pool.on('error', (e) => console.warn(`PostgreSQL pool: ${e.message}`));
  return new Kysely<Database>({ dialect: new SerialisedPostgresDialect({ pool }), plugins, log: options.log });
}

/** Opens whichever database `url` names (SQLite file or PostgreSQL server). */
export function openDatabaseUrl(url = process.env.DATABASE_URL): DB {
  return databaseEngine(url) === 'postgres' ? openPostgres(url!) : openDatabase(databasePath(url));
}

/** True when `db` (a connection or a transaction) talks to PostgreSQL. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

let shared: DB | undefined;

/**
 * The process-wide connection: one better-sqlite3 handle for SQLite (it
 * serialises writes anyway), or one pool for PostgreSQL.
 */
export function getDb(): DB {
  shared ??= openDatabaseUrl();
  return shared;
}

/** Closes the process-wide connection (the next getDb() opens DATABASE_URL again). */
export async function closeDb(): Promise<void> {
  await shared?.destroy();
  shared = undefined;
}

/** A private in-memory database (for one-off runs such as the matching measurement); gone when closed. */
export function openMemoryDatabase(): DB {
  const sqlite = new SQLite(':memory:');
  sqlite.pragma('foreign_keys = ON');
  return withHandle(new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }), plugins }), sqlite);
}
