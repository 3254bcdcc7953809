import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { reviseArticle } from '../../app/services/article-revision.server';
import { dismissClaim } from '../../app/services/claim-edit.server';
import { listArticleVersions } from '../../app/models/article-version.server';
import { useTestDb } from '../helpers/test-db';

/**
 * The version timeline counts what happened to the desk's claims in each
 * version: a passage dropped in version 2 is "removed" there and not again in
 * versions 3 and 4, and a claim the checker dismissed is not counted at all
 * (it still follows its text).
 */
const TITLE = 'Storm floods river towns';
const LEAD = 'At least 31 people died when the river burst its banks overnight, the regional governor said on Monday.';
const HOMES = 'Rescue teams said about 1,200 homes were flooded in four districts.';
const FARMS = 'The farmers union said 6,000 hectares of wheat were under water.';
const SHELTER = 'Officials said 840 residents spent the night in school shelters.';
const AID = 'The government pledged $12 million in emergency aid on Tuesday.';

const page = (...paragraphs: string[]) => [TITLE, ...paragraphs].join('\n\n');
const actor = () => ({ id: null, now: new Date() });

describe('version timeline counts', () => {
  let db: DB;
  let articleId = 0;
  const quoteId = async (quote: string) =>
    (await db.selectFrom('claim').select(['id']).where('articleId', '=', articleId).where('quote', '=', quote).executeTakeFirstOrThrow()).id;
  const summaries = async () => (await listArticleVersions(db, articleId)).map((v) => v.summary);

  beforeAll(async () => {
    db = await useTestDb();
    const imported = await importArticle(
      db,
      { text: page(LEAD, HOMES, FARMS, SHELTER), format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      actor(),
    );
    articleId = imported.articleId;
  });

  it('counts a dropped passage as removed once, in the version that drops it', async () => {
    const v2 = await reviseArticle(db, articleId, { text: page(LEAD, HOMES, SHELTER), format: 'text', page: null, origin: 'paste' }, actor());
    expect(v2.summary).toMatchObject({ removed: 1, changed: 0 });
    const v3 = await reviseArticle(db, articleId, { text: page(LEAD, HOMES, SHELTER, AID), format: 'text', page: null, origin: 'paste' }, actor());
    expect(v3.summary).toMatchObject({ removed: 0, added: 1 });
    const v4 = await reviseArticle(db, articleId, { text: page(LEAD, SHELTER, HOMES, AID), format: 'text', page: null, origin: 'paste' }, actor());
    expect(v4.summary).toMatchObject({ removed: 0 });
    const stored = await summaries();
    expect(stored.map((s) => s?.removed ?? 0)).toEqual([0, 1, 0, 0]);
  });

  it('leaves a dismissed claim out of the counts while it follows its text', async () => {
    const shelter = await quoteId(SHELTER);
    await dismissClaim(db, { claimId: shelter, version: null, actor: actor() });
    const v5 = await reviseArticle(db, articleId, { text: page(LEAD, HOMES, AID), format: 'text', page: null, origin: 'paste' }, actor());
    expect(v5.summary).toMatchObject({ removed: 0 });
    expect(v5.summary!.unchanged + v5.summary!.moved).toBe(3);
    const row = await db.selectFrom('claim').select(['sourceState']).where('id', '=', shelter).executeTakeFirstOrThrow();
    expect(row.sourceState).toBe('removed');
  });

  it('counts a passage back in the source once more as removed only if it is dropped again', async () => {
    const v6 = await reviseArticle(db, articleId, { text: page(LEAD, HOMES, FARMS, AID), format: 'text', page: null, origin: 'paste' }, actor());
    expect(v6.summary).toMatchObject({ removed: 0 });
    const v7 = await reviseArticle(db, articleId, { text: page(LEAD, HOMES, AID), format: 'text', page: null, origin: 'paste' }, actor());
    expect(v7.summary).toMatchObject({ removed: 1 });
  });
});
