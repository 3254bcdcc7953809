import { CompiledQuery, PostgresDialect, PostgresDriver, type DatabaseConnection, type Driver, type PostgresDialectConfig, type TransactionSettings } from 'kysely';

/**
 * The advisory lock (a bigint key, "claimdesk") every write transaction
 * takes first. Held until COMMIT or ROLLBACK; other sessions' reads never
 * wait for it.
 */
export const WRITE_LOCK = 0x636c61696d6465; // "claimde"

/**
 * Kysely's PostgresDialect whose transactions behave as SQLite's
 * `BEGIN IMMEDIATE` ones do (db/sqlite-immediate-dialect.ts): a transaction
 * begins by taking one transaction-level advisory lock, so write
 * transactions run one at a time across every app process sharing the
 * server, and each sees everything committed before it started. The
 * services' read-check-write steps (the version the editor saw, "whatever
 * is current", the sign-in throttle's run of failures, the revision
 * chain's head) then mean what they mean on SQLite; under plain READ
 * COMMITTED two of them could read the same state and both write.
 * Statements outside a transaction (every page's reads) take no lock.
 * See https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS.
 */
export class SerialisedPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;

  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new SerialisedPostgresDriver(this.#config);
  }
}

class SerialisedPostgresDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITE_LOCK})`));
  }
}
