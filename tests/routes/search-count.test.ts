import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { loader } from '../../app/routes/search';
import { importArticle } from '../../app/services/import-article.server';
import { SEARCH_COUNT_CAP } from '../../app/services/search.server';
import { totalFromCandidates } from '../../app/models/search.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { call, get } from '../helpers/route';

interface Page {
  total: number;
  totalCapped: boolean;
  claims: Array<{ claimId: number }>;
}

/** Issue 15: a word found in more claims than the cap is counted as "500+", not by visiting every match. */
describe('GET /search counts a common word up to a cap', () => {
  let db: DB;
  let cookie: string;
  let live = 0;
  const page = async (path: string): Promise<Page> => {
    const res = await call(loader, get(path, cookie));
    expect(res.status).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    db = await useTestDb();
    cookie = (await signedIn(db, 'checker')).cookie;
    const sentences = Array.from({ length: 540 }, (_, i) => `The lighthouse keeper logged ${1200 + i} boats on day ${i + 1}.`).join(' ');
    const { articleId } = await importArticle(db, { text: sentences, format: 'text', title: 'Lighthouse log', url: null, publisher: null, publishedAt: null, fileName: null }, { id: null, now: new Date() });
    live = (await db.selectFrom('claim').select('id').where('articleId', '=', articleId).where('dismissedAt', 'is', null).execute()).length;
  });

  it('shows "500+" for the first page and still pages past the cap', async () => {
    expect(live).toBeGreaterThan(SEARCH_COUNT_CAP);
    const first = await page('/search?q=lighthouse');
    expect(first).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    expect(first.claims).toHaveLength(25);
    // A page past the cap counts just past itself: its hits are there, and so is the next.
    const deep = await page('/search?q=lighthouse&page=21');
    expect(deep.claims).toHaveLength(25);
    expect(deep.total).toBeGreaterThan(525);
  });

  it('counts the same on every page whether the ranked candidates tell the total or a count of its own does (ADR 037)', async () => {
    // Page n asks for a count up to max(500, 25n + 1): the capped count of every match, as a separate count gave it.
    for (const n of [1, 2, 20, 21, 22, Math.ceil(live / 25), Math.ceil(live / 25) + 1, 45]) {
      const countUpTo = Math.max(SEARCH_COUNT_CAP, 25 * n + 1);
      const got = await page(`/search?q=lighthouse&page=${n}`);
      expect({ n, total: got.total, capped: got.totalCapped }).toEqual({ n, total: Math.min(live, countUpTo), capped: live >= countUpTo });
      expect(got.claims).toHaveLength(Math.max(0, Math.min(25, live - 25 * (n - 1))));
    }
  });

  it('reads the total from the candidates only when they tell it', () => {
    expect(totalFromCandidates(40, 1000, 500)).toBe(40);
    expect(totalFromCandidates(999, 1000, 500)).toBe(500);
    expect(totalFromCandidates(1000, 1000, 500)).toBe(500);
    expect(totalFromCandidates(1000, 1000, 1000)).toBe(1000);
    expect(totalFromCandidates(1000, 1000, 1001)).toBeNull();
    expect(totalFromCandidates(1020, 1025, 1026)).toBe(1020);
    expect(totalFromCandidates(0, 1000, 500)).toBe(0);
  });

  it('gives the exact count below the cap', async () => {
    const few = await page('/search?q=1205');
    expect(few).toMatchObject({ total: 1, totalCapped: false });
  });
});
