import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { deleteAttemptRunsOverAt, saveAttemptRun } from '../../app/models/login-attempt.server';
import { testingPostgres, useTestDb } from '../helpers/test-db';

describe('pruning old sign-in failures', () => {
  let db: DB;
  beforeAll(async () => {
    db = await useTestDb();
  });

  it('deletes only the runs whose last failure is a day old, through the last_at index', async () => {
    const at = (hoursAgo: number) => new Date(Date.UTC(2026, 11, 3, 12) - hoursAgo * 3_600_000).toISOString();
    for (let i = 0; i < 40; i++) await saveAttemptRun(db, `ip:192.0.2.${i}`, { failures: 1 + (i % 4), lastAt: at(i) });
    const removed = await deleteAttemptRunsOverAt(db, at(24));
    expect(removed).toBe(16);
    const left = await db.selectFrom('loginAttempt').select('lastAt').execute();
    expect(left).toHaveLength(24);
    expect(left.every((r) => r.lastAt > at(24))).toBe(true);
    if (!testingPostgres) {
      const plan = await sql<{ detail: string }>`explain query plan delete from login_attempt where last_at <= ${at(24)}`.execute(db);
      expect(plan.rows.map((r) => r.detail).join(' ')).toContain('login_attempt_last_at');
    }
  });
});
