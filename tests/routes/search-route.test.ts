import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { loader } from '../../app/routes/search';
import { importArticle } from '../../app/services/import-article.server';
import { addClaimByHand } from '../../app/services/claim-by-hand.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { call, get } from '../helpers/route';

// Our own sentences: a figure written with a comma, and one in Arabic with
// harakat and Arabic-Indic digits.
const ENGLISH = 'Aid workers counted 948,000 people who left their homes in the valley over three months, the agency said.';
const ARABIC = 'وذكرَتِ الوكالةُ أنَّ ٩٤٨٬٠٠٠ شخصٍ غادَروا مَنازِلَهم في الوادي خلالَ ثلاثةِ أشهُر.';

interface Page {
  total: number;
  claims: Array<{ claimId: number; articleId: number; snippet: string }>;
  articles: Array<{ articleId: number; snippet: string }>;
}

describe('GET /search', () => {
  let db: DB;
  let cookie: string;
  let english: number;
  let arabic: number;
  const page = async (q: string): Promise<Page> => {
    const res = await call(loader, get(`/search?q=${encodeURIComponent(q)}`, cookie));
    expect(res.status).toBe(200);
    return res.json();
  };
  const text = (t: string) => ({ text: t, format: 'text' as const, title: null, url: null, publisher: null, publishedAt: null, fileName: null });

  beforeAll(async () => {
    db = await useTestDb();
    cookie = (await signedIn(db, 'checker')).cookie;
    const actor = { id: null, now: new Date() };
    const e = await importArticle(db, text(ENGLISH), actor);
    const a = await importArticle(db, text(`${ARABIC}\n\nوقالَ شاهدٌ إنَّ الطريقَ كانت مُزدحِمة.`), actor);
    const claimOn = async (articleId: number, sentence: string) => {
      const found = await db.selectFrom('claim').select(['id', 'quote']).where('articleId', '=', articleId).where('dismissedAt', 'is', null).execute();
      const hit = found.find((c) => c.quote.includes(sentence.slice(0, 20)));
      if (hit) return hit.id;
      const { body } = await db.selectFrom('article').select('body').where('id', '=', articleId).executeTakeFirstOrThrow();
      const start = body.indexOf(sentence);
      return (await addClaimByHand(db, { articleId, start, end: start + sentence.length, actor })).claimId;
    };
    english = await claimOn(e.articleId, ENGLISH);
    arabic = await claimOn(a.articleId, ARABIC);
  });

  it('finds a claim that reads 948,000 when 948000 is typed, and marks it as written', async () => {
    const r = await page('948000');
    const hit = r.claims.find((c) => c.claimId === english);
    expect(hit).toBeDefined();
    expect(hit!.snippet).toContain('\u0002948,000\u0003');
    expect((await page('948,000 homes')).claims.map((c) => c.claimId)).toEqual([english]);
  });

  it('finds the Arabic claim with and without harakat, in either digit set', async () => {
    for (const q of ['غادروا ٩٤٨٬٠٠٠', 'غادَروا 948000', 'غادروا 948,000', 'منازلهم', 'مَنازِلَهم', 'الوكالة ان', 'الوكالةُ أنَّ', '۹۴۸۰۰۰']) {
      const r = await page(q);
      expect(r.claims.map((c) => c.claimId), q).toContain(arabic);
    }
    const [hit] = (await page('منازلهم')).claims;
    expect(hit.snippet).toContain('\u0002مَنازِلَهم\u0003');
    expect((await page('٩٤٨٬٠٠٠')).claims.find((c) => c.claimId === arabic)!.snippet).toContain('\u0002٩٤٨٬٠٠٠\u0003');
  });

  it('answers an empty page for punctuation and 400 for an unknown status', async () => {
    expect((await page('٬،؟!')).total).toBe(0);
    expect((await call(loader, get('/search?q=948000&status=nope', cookie))).status).toBe(400);
  });
});
