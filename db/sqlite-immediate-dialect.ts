import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';

/**
 * The database stayed locked by another process (an import from the
 * terminal, a backup) for longer than a request may wait; nothing was
 * written. Routes answer 503 with Retry-After.
 */
export class DatabaseBusyError extends Error {
  constructor(waitedMs: number) {
    super(`The database is busy with another writer (waited ${Math.round(waitedMs / 100) / 10} s); try again in a moment`);
    this.name = 'DatabaseBusyError';
  }
}

export interface BusyRetry {
  /** Give up (DatabaseBusyError) after waiting this long for another process's write lock. */
  deadlineMs: number;
  /** First pause after SQLITE_BUSY; it doubles up to maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
}

const DEFAULT_RETRY: BusyRetry = { deadlineMs: 15_000, firstDelayMs: 2, maxDelayMs: 100 };

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Kysely's SqliteDialect with two changes for several processes writing one
 * file (the server plus `npm run import`):
 *
 * - transactions start with `BEGIN IMMEDIATE`, taking the write lock at the
 *   start rather than failing with SQLITE_BUSY part-way through (Kysely 0.28
 *   sends a plain, deferred `BEGIN`);
 * - a statement that finds the database locked outside a transaction
 *   (`BEGIN IMMEDIATE` itself, or a lone write) is retried after an
 *   asynchronous pause that doubles, instead of better-sqlite3's synchronous
 *   busy_timeout, which would freeze every request of this process. While it
 *   waits, the connection is free for this process's other queries.
 *
 * Open the database with `busy_timeout = 0` so SQLite itself never waits.
 * See https://www.sqlite.org/lang_transaction.html (deferred/immediate) and
 * https://www.sqlite.org/rescode.html#busy.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SQLite.Database;
  readonly #retry: BusyRetry;

  constructor(config: { database: SQLite.Database; retry?: Partial<BusyRetry> }) {
    super({ database: config.database });
    this.#database = config.database;
    this.#retry = { ...DEFAULT_RETRY, ...config.retry };
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#database, this.#retry);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: SQLite.Database;
  readonly #retry: BusyRetry;
  #connection: RetryingConnection | undefined;

  constructor(database: SQLite.Database, retry: BusyRetry) {
    super({ database });
    this.#database = database;
    this.#retry = retry;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection();
    this.#connection ??= new RetryingConnection(inner, this.#database, this.#retry, {
      release: () => super.releaseConnection(),
      acquire: async () => void (await super.acquireConnection()),
    });
    return this.#connection;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class RetryingConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly database: SQLite.Database,
    private readonly retry: BusyRetry,
    private readonly lock: { release: () => Promise<void>; acquire: () => Promise<void> },
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const started = Date.now();
    let delay = this.retry.firstDelayMs;
    for (;;) {
      try {
        return await this.inner.executeQuery<R>(query);
      } catch (e) {
        // Inside a transaction we already hold the write lock: a busy error
        // there is not ours to retry (the caller's transaction rolls back).
        if (!isBusy(e) || this.database.inTransaction) throw e;
        const waited = Date.now() - started;
        if (waited >= this.retry.deadlineMs) throw new DatabaseBusyError(waited);
        // Let this process's other queries use the connection meanwhile.
        await this.lock.release();
        try {
          await sleep(Math.min(delay * (0.5 + Math.random()), this.retry.deadlineMs - waited));
        } finally {
          await this.lock.acquire();
        }
        delay = Math.min(delay * 2, this.retry.maxDelayMs);
      }
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}
