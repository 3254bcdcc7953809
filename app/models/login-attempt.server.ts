import { sql } from 'kysely';
import { isPostgres, type DB } from '../../db/connection';
import type { AttemptRun } from '../domain/auth/login-throttle';

/**
 * Serialises sign-in attempts on these keys until the caller's transaction
 * ends, so parallel guesses (from several app processes too) are each
 * counted. SQLite's write transaction already holds the whole database;
 * PostgreSQL takes a transaction-level advisory lock per key, in a fixed
 * order so two attempts never wait on each other.
 */
export async function lockAttemptRuns(db: DB, keys: string[]): Promise<void> {
  if (!isPostgres(db)) return;
  for (const key of [...new Set(keys)].sort()) {
    await sql`select pg_advisory_xact_lock(${LOGIN_LOCK_SPACE}, hashtext(${key}))`.execute(db);
  }
}

/** The advisory-lock namespace (first key) for sign-in throttling; the revision chain uses another. */
const LOGIN_LOCK_SPACE = 0x6c6f67; // "log"

/** The recorded runs of failed sign-ins for these keys. */
export async function findAttemptRuns(db: DB, keys: string[]): Promise<Map<string, AttemptRun>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('login_attempt').select(['key', 'failures', 'last_at']).where('key', 'in', keys).execute();
  return new Map(rows.map((r) => [r.key, { failures: r.failures, lastAt: r.last_at }]));
}

/** Records the run of failed sign-ins for one key (insert or replace). */
export async function saveAttemptRun(db: DB, key: string, run: AttemptRun): Promise<void> {
  await db
    .insertInto('login_attempt')
    .values({ key, failures: run.failures, last_at: run.lastAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures: run.failures, last_at: run.lastAt }))
    .execute();
}

/** Forgets one key's run. */
export async function deleteAttemptRun(db: DB, key: string): Promise<void> {
  await db.deleteFrom('login_attempt').where('key', '=', key).execute();
}
