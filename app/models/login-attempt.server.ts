import type { DB } from '../../db/connection';
import type { AttemptRun } from '../domain/auth/login-throttle';

/** The stored failure run of each key that has one (keys with none are absent from the map). */
export async function findAttemptRuns(db: DB, keys: string[]): Promise<Map<string, AttemptRun>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('loginAttempt').select(['key', 'failures', 'lastAt']).where('key', 'in', keys).execute();
  return new Map(rows.map((r) => [r.key, { failures: r.failures, lastAt: r.lastAt }]));
}

/** Writes a key's failure run, replacing the one stored. */
export async function saveAttemptRun(db: DB, key: string, run: AttemptRun): Promise<void> {
  await db
    .insertInto('loginAttempt')
    .values({ key, failures: run.failures, lastAt: run.lastAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures: run.failures, lastAt: run.lastAt }))
    .execute();
}

/** Deletes every run whose latest attempt is at or before `overAt` (ISO time); returns how many. */
export async function deleteAttemptRunsOverAt(db: DB, overAt: string): Promise<number> {
  const result = await db.deleteFrom('loginAttempt').where('lastAt', '<=', overAt).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Forgets a key's failure run (nothing happens when it has none). */
export async function deleteAttemptRun(db: DB, key: string): Promise<void> {
  await db.deleteFrom('loginAttempt').where('key', '=', key).execute();
}

/** Deletes every run whose key starts with `prefix` (all of an account's address pairs); returns how many. */
export async function deleteAttemptRunsWithPrefix(db: DB, prefix: string): Promise<number> {
  const rows = await db.deleteFrom('loginAttempt').where('key', '>=', prefix).where('key', '<', prefixEnd(prefix)).returning('key').execute();
  return rows.length;
}

/** Runs whose key starts with `prefix` and that hold at least `minFailures` failures. */
export async function listAttemptRunsWithPrefix(db: DB, prefix: string, minFailures: number): Promise<Array<{ key: string } & AttemptRun>> {
  const rows = await db
    .selectFrom('loginAttempt')
    .select(['key', 'failures', 'lastAt'])
    .where('key', '>=', prefix)
    .where('key', '<', prefixEnd(prefix))
    .where('failures', '>=', minFailures)
    .execute();
  return rows.map((r) => ({ key: r.key, failures: r.failures, lastAt: r.lastAt }));
}

/** The first string after every string that starts with `prefix` (its last character incremented). */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
