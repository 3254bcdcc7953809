import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { editWording } from '../../app/services/claim-edit.server';
import { verifyHistory } from '../../app/services/history.server';
import { StaleEditError } from '../../app/services/errors';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';

// Two app servers on one PostgreSQL: two pools, each with several
// connections, writing at once. The revision chain must stay one chain and
// a stale version must still get its 409, never a lost update.
describe('several app processes on one PostgreSQL', () => {
  let db: DB;
  let serverA: DB;
  let serverB: DB;
  let claimIds: number[];
  beforeAll(async () => {
    db = await useTestDb();
    const { articleId } = await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    claimIds = (await db.selectFrom('claim').select('id').where('articleId', '=', articleId).orderBy('id').execute()).map((r) => r.id);
    serverA = openPostgres(process.env.DATABASE_URL!, { max: 4 });
    serverB = openPostgres(process.env.DATABASE_URL!, { max: 4 });
  });
  afterAll(async () => {
    await serverA?.destroy();
    await serverB?.destroy();
  });

  it('keeps one intact revision chain under concurrent writers on several connections', async () => {
    const before = await db.selectFrom('revision').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const writes = claimIds.slice(0, 8).flatMap((claimId, i) =>
      [serverA, serverB].map((server, s) =>
        editWording(server, { claimId, version: null, text: `Reworded by server ${s} (${i})`, actor: { id: null, now: new Date() } }),
      ),
    );
    await Promise.all(writes);
    const after = await db.selectFrom('revision').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(writes.length);
    // One chain: no two revisions name the same predecessor, and every hash checks.
    const forks = await db
      .selectFrom('revision')
      .select('prevHash')
      .groupBy('prevHash')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(forks).toEqual([]);
    const result = await verifyHistory(db);
    expect(result.broken).toBeNull();
    expect(result.checked).toBe(Number(after.n));
  });

  it('answers the second of two saves from the same version with a stale-edit error, on either server', async () => {
    const claimId = claimIds[10];
    const { version } = await db.selectFrom('claim').select('version').where('id', '=', claimId).executeTakeFirstOrThrow();
    const outcomes = await Promise.allSettled(
      [serverA, serverB].map((server, s) =>
        editWording(server, { claimId, version, text: `Saved by server ${s}`, actor: { id: null, now: new Date() } }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(StaleEditError);
    const row = await db.selectFrom('claim').select(['version', 'text']).where('id', '=', claimId).executeTakeFirstOrThrow();
    expect(row.version).toBe(version + 1);
  });
});
