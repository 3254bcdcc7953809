import type { DB } from '../../db/connection';
import type { AttemptRun } from '../domain/auth/login-throttle';

export async function findAttemptRuns(db: DB, keys: string[]): Promise<Map<string, AttemptRun>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('login_attempt').select(['key', 'failures', 'last_at']).where('key', 'in', keys).execute();
  return new Map(rows.map((r) => [r.key, { failures: r.failures, lastAt: r.last_at }]));
}

export async function saveAttemptRun(db: DB, key: string, run: AttemptRun): Promise<void> {
  await db
    .insertInto('login_attempt')
    .values({ key, failures: run.failures, last_at: run.lastAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures: run.failures, last_at: run.lastAt }))
    .execute();
}

export async function deleteAttemptRun(db: DB, key: string): Promise<void> {
  await db.deleteFrom('login_attempt').where('key', '=', key).execute();
}
