import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { setClaimStatus } from '../../app/services/claim-status.server';
import { search } from '../../app/services/search.server';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';

describe('search', () => {
  let db: DB;
  beforeAll(async () => {
    db = await useTestDb();
    await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
  });

  const find = (text: string, status: 'verified' | null = null, page = 1) =>
    search(db, { text, status, page, pageSize: 2 });

  it('finds a claim by its words and marks the matches', async () => {
    const r = await find('displaced 948,000');
    expect(r.total).toBe(1);
    expect(r.claims[0].snippet).toContain('\u0002948,000\u0003');
    expect(r.articles[0].title).toBeTruthy();
  });

  it('ranks, counts and pages the claims', async () => {
    const all = await find('civilians');
    expect(all.total).toBeGreaterThan(2);
    expect(all.claims).toHaveLength(2);
    const second = await find('civilians', null, 2);
    expect(second.claims.map((c) => c.claimId)).not.toContain(all.claims[0].claimId);
  });

  it('filters by status', async () => {
    const [hit] = (await find('displaced 948,000')).claims;
    expect((await find('displaced', 'verified')).total).toBe(0);
    await setClaimStatus(db, { claimId: hit.claimId, status: 'verified', version: null, actorId: null, now: new Date() });
    const verified = await find('displaced', 'verified');
    expect(verified.claims.map((c) => c.claimId)).toEqual([hit.claimId]);
  });

  it('finds stop words and stems alike on both engines (ADR 035)', async () => {
    const the = await find('the');
    expect(the.total).toBeGreaterThan(5);
    expect(the.claims[0].snippet.toLowerCase()).toContain('\u0002the\u0003');
    expect((await find('was not')).total).toBeGreaterThan(0);
    // Stemmed as before: one stem finds the other form.
    expect((await find('displacing')).total).toBe((await find('displaced')).total);
  });

  it('marks every claim and article of a prefix search, paged', async () => {
    const words = await find('displaced');
    const prefix = await find('displ*');
    expect(prefix.total).toBe(words.total);
    for (const page of [prefix, await find('displ*', null, 2)]) {
      for (const c of page.claims) expect(c.snippet.toLowerCase()).toContain('\u0002displaced\u0003');
    }
    expect(prefix.articles[0].snippet.toLowerCase()).toContain('\u0002displaced\u0003');
  });

  it('treats FTS syntax in the query as plain words', async () => {
    await expect(find('"unbalanced AND ( NEAR -')).resolves.toBeDefined();
    expect((await find('!!!')).total).toBe(0);
  });
});
