import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { copyDesk } from '../../db/copy';
import { importArticle } from '../../app/services/import-article.server';
import { editWording } from '../../app/services/claim-edit.server';
import { mergeWithNext } from '../../app/services/claim-structure.server';
import { verifyHistory } from '../../app/services/history.server';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';

describe('db:copy from SQLite to PostgreSQL', () => {
  let sqlite: DB;
  let pg: DB;
  beforeAll(async () => {
    pg = await useTestDb();
    mkdirSync('tmp', { recursive: true });
    sqlite = openDatabase(resolve('tmp', `copy-${randomBytes(4).toString('hex')}.db`));
    await migrateToLatest(sqlite);
    const actor = { id: null, now: new Date() };
    const input = { text: seedText, format: 'text' as const, title: null, url: null, publisher: null, publishedAt: null, fileName: null };
    await importArticle(sqlite, input, actor);
    const { articleId } = await importArticle(sqlite, input, actor);
    const claims = await sqlite.selectFrom('claim').select('id').where('articleId', '=', articleId).orderBy('id').execute();
    await editWording(sqlite, { claimId: claims[0].id, version: null, text: 'Reworded before the move', actor });
    await mergeWithNext(sqlite, { claimId: claims[1].id, version: null, actor });
  });
  afterAll(async () => {
    await sqlite?.destroy();
  });

  it('moves every row with its id, keeps the chain intact and continues the ids after the highest', async () => {
    // The worker's database is migrated and empty, as a new target would be.
    const report = await copyDesk(sqlite, pg);
    const rows = Object.fromEntries(report.map((t) => [t.table, t.rows]));
    for (const table of ['article', 'claim', 'figure', 'revision'] as const) {
      const n = await sqlite.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(rows[table]).toBe(Number(n.n));
    }
    const claimsBefore = await sqlite.selectFrom('claim').select(['id', 'text', 'mergedInto', 'updatedAt']).orderBy('id').execute();
    const claimsAfter = await pg.selectFrom('claim').select(['id', 'text', 'mergedInto', 'updatedAt']).orderBy('id').execute();
    expect(claimsAfter).toEqual(claimsBefore);
    expect(claimsAfter.some((c) => c.mergedInto !== null)).toBe(true);

    const chain = await verifyHistory(pg);
    expect(chain.broken).toBeNull();
    expect(chain.checked).toBe(rows.revision);

    const { articleId } = await importArticle(
      pg,
      { text: 'A new article after the move. 12 people were hurt, officials said.', format: 'text', title: 'After', url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    expect(articleId).toBe(3);
    expect((await verifyHistory(pg)).broken).toBeNull();
  });

  it('refuses a target that already holds a desk', async () => {
    await expect(copyDesk(sqlite, pg)).rejects.toThrow(/already holds a desk/);
  });
});
