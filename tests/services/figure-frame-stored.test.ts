import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import * as figureFrame from '../../db/migrations/20261202170401-figure-frame';
import { importArticle } from '../../app/services/import-article.server';
import { useTestDb } from '../helpers/test-db';

/**
 * A figure's frame (time scope, dated event, narrow place) is read once on
 * import and stored; the migration that added era and place fills them for
 * older rows from their claim's wording (on SQLite and PostgreSQL).
 */
const TEXT = [
  'Storm leaves town counting its dead',
  '',
  'The storm killed 31 people in the valley on Monday, the regional office said.',
  'In 2014, a smaller storm killed 9 people on Mill Street and the harbour road.',
].join('\n');

describe('stored figure frame', () => {
  let db: DB;
  const frames = () =>
    db.selectFrom('figure').select(['text', 'scope', 'scopeDate', 'era', 'place']).orderBy('id').execute();
  beforeAll(async () => {
    db = await useTestDb();
    await importArticle(
      db,
      { text: TEXT, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date('2026-12-02T12:00:00Z') },
    );
  });

  it('stores scope, day, era and place when the article is read', async () => {
    expect(await frames()).toEqual([
      { text: '31 people', scope: 'day', scopeDate: 'Monday', era: null, place: null },
      expect.objectContaining({ text: '9 people', era: '2014', place: 'mill street' }),
    ]);
  });

  it('back-fills era and place of older rows from their claim', async () => {
    const before = await frames();
    const raw = db.withoutPlugins();
    await figureFrame.down(raw);
    await figureFrame.up(raw);
    expect(await frames()).toEqual(before);
  });
});
