import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { listMemberFiguresByIds, setFiguresMeasure } from '../../app/models/member-figure.server';
import { importArticle } from '../../app/services/import-article.server';
import { useTestDb } from '../helpers/test-db';

describe('id lists longer than SQLite binds in one statement', () => {
  let db: DB;
  let figureIds: number[];
  beforeAll(async () => {
    db = await useTestDb();
    await importArticle(
      db,
      { text: 'The council said 14 wells had dried up. A survey found 23 more at risk.', format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    figureIds = (await db.selectFrom('figure').select('id').orderBy('id').execute()).map((r) => r.id);
  });

  it('lists figures from 40,000 ids (a 20,000-row table gave "too many SQL variables") in id order', async () => {
    const ids = [...Array.from({ length: 40_000 }, (_, i) => 1_000_000 + i), ...figureIds.reverse()];
    const found = await listMemberFiguresByIds(db, ids);
    expect(found.map((f) => f.id)).toEqual([...figureIds].sort((a, b) => a - b));
  });

  it('updates figures from 40,000 ids', async () => {
    await expect(setFiguresMeasure(db, [...Array.from({ length: 40_000 }, (_, i) => 2_000_000 + i), ...figureIds], null)).resolves.toBeUndefined();
  });
});
