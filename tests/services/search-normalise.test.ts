import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { search } from '../../app/services/search.server';
import { addClaimByHand } from '../../app/services/claim-by-hand.server';
import { dismissClaim, editWording, restoreClaim } from '../../app/services/claim-edit.server';
import { splitClaim } from '../../app/services/claim-structure.server';
import { editArticleCitation } from '../../app/services/article-edit.server';
import { reviseArticle } from '../../app/services/article-revision.server';
import { useTestDb } from '../helpers/test-db';

// Our own examples (ADR 024): numbers written with separators in several
// scripts, Arabic with and without harakat.
const ENGLISH = [
  'Relief agencies reported on Monday that 948,000 residents had fled the northern province since the winter offensive began.',
  'The provincial council said 12 500 households were still without running water in the eastern districts.',
  'A spokesman for the monitoring group said that 3.250 schools had closed across the region because of the shelling.',
].join('\n\n');
const ARABIC_SENTENCE = 'وقالَتْ مُنَظَّمَةٌ إغاثيّةٌ إنَّ ٩٤٨٬٠٠٠ شخصٍ نَزَحوا مِنَ المُحافَظةِ الشَّماليّة خلالَ الشِّتاء.';
const ARABIC = `${ARABIC_SENTENCE}\n\nوأفادَ مَسؤولٌ محلّيٌّ بأنَّ أكثرَ مِن ۱۲۰ مدرسةً أُغلِقَت في الرّيف الشرقيّ بسبب القصف.`;
const input = (text: string, title: string | null = null) => ({ text, format: 'text' as const, title, url: null, publisher: null, publishedAt: null, fileName: null });

describe('search over normalised text (ADR 024)', () => {
  let db: DB;
  let englishId: number;
  let arabicId: number;
  let arabicClaim: number;
  const actor = () => ({ id: null, now: new Date() });
  const find = (text: string, page = 1) => search(db, { text, status: null, page, pageSize: 20 });
  const claimIds = async (text: string) => (await find(text)).claims.map((c) => c.claimId);

  beforeAll(async () => {
    db = await useTestDb();
    englishId = (await importArticle(db, input(ENGLISH, 'Winter displacement in the north'), actor())).articleId;
    arabicId = (await importArticle(db, input(ARABIC, 'نُزوحٌ في الشِّمال'), actor())).articleId;
    const article = await db.selectFrom('article').select('body').where('id', '=', arabicId).executeTakeFirstOrThrow();
    const live = await db.selectFrom('claim').select(['id', 'quote']).where('articleId', '=', arabicId).where('dismissedAt', 'is', null).execute();
    const extracted = live.find((c) => c.quote.includes('٩٤٨'));
    if (extracted) arabicClaim = extracted.id;
    else {
      const start = article.body.indexOf(ARABIC_SENTENCE);
      arabicClaim = (await addClaimByHand(db, { articleId: arabicId, start, end: start + ARABIC_SENTENCE.length, actor: actor() })).claimId;
    }
  });

  it('finds a number written with separators by its bare digits, and the other way round', async () => {
    const displaced = await find('948000');
    expect(displaced.total).toBe(2); // the English claim and the Arabic one
    expect(displaced.claims.map((c) => c.articleId).sort()).toEqual([englishId, arabicId].sort());
    for (const q of ['948,000', '948 000', '948.000', '٩٤٨٬٠٠٠', '۹۴۸٬۰۰۰', '948٬000']) {
      expect((await find(q)).total, q).toBe(2);
    }
    expect((await find('12500 households')).total).toBe(1);
    expect((await find('3250 schools')).total).toBe(1);
    expect((await find('residents 948000')).claims.map((c) => c.articleId)).toEqual([englishId]);
  });

  it('shows the number as written in the snippet, marked', async () => {
    const { claims } = await find('948000');
    const english = claims.find((c) => c.articleId === englishId)!;
    const arabic = claims.find((c) => c.articleId === arabicId)!;
    expect(english.snippet).toContain('\u0002948,000\u0003');
    expect(arabic.snippet).toContain('\u0002٩٤٨٬٠٠٠\u0003');
    expect(arabic.snippet).toContain('نَزَحوا'); // the original, with its harakat
  });

  it('finds Arabic words with or without harakat and alef variants', async () => {
    for (const q of ['نزحوا', 'نَزَحوا', 'نَزَحُوا', 'المحافظة الشمالية', 'انَّ نزحوا', 'إن نزحوا', 'منظمة اغاثية']) {
      expect(await claimIds(q), q).toContain(arabicClaim);
    }
    const marked = (await find('نزحوا')).claims.find((c) => c.claimId === arabicClaim)!;
    expect(marked.snippet).toContain('\u0002نَزَحوا\u0003');
  });

  it('finds Arabic articles by title and text in either digit set', async () => {
    expect((await find('نزوح')).articles.map((a) => a.articleId)).toContain(arabicId);
    expect((await find('120 مدرسة')).articles.map((a) => a.articleId)).toEqual([arabicId]);
    expect((await find('١٢٠ مدرسة')).articles.map((a) => a.articleId)).toEqual([arabicId]);
    const [article] = (await find('مدرسة ۱۲۰')).articles;
    expect(article.snippet).toContain('\u0002۱۲۰\u0003');
  });

  it('follows a reworded claim, and leaves out a dismissed one until it is restored', async () => {
    const [hit] = (await find('households')).claims;
    await editWording(db, { claimId: hit.claimId, version: null, text: 'Some 12,500 families still lack piped water.', actor: actor() });
    expect(await claimIds('families 12500')).toEqual([hit.claimId]);
    expect(await claimIds('piped')).toEqual([hit.claimId]);
    // The quote (the article's sentence) is still indexed with the new wording.
    expect(await claimIds('households')).toEqual([hit.claimId]);
    await dismissClaim(db, { claimId: hit.claimId, version: null, actor: actor() });
    expect((await find('piped')).total).toBe(0);
    await restoreClaim(db, { claimId: hit.claimId, version: null, actor: actor() });
    expect(await claimIds('piped')).toEqual([hit.claimId]);
  });

  it('indexes both parts of a split claim', async () => {
    const [hit] = (await find('schools shelling')).claims;
    const { newClaimId } = await splitClaim(db, { claimId: hit.claimId, version: null, startsWith: '3.250 schools', actor: actor() });
    expect(await claimIds('spokesman')).toEqual([hit.claimId]);
    expect(await claimIds('3250 shelling')).toEqual([newClaimId]);
  });

  it('follows an edited title and a new version of the text', async () => {
    const current = await db.selectFrom('article').select(['title', 'url', 'publisher', 'publishedAt']).where('id', '=', englishId).executeTakeFirstOrThrow();
    await editArticleCitation(db, { articleId: englishId, seen: current, next: { ...current, title: 'Exodus from the northern province' }, actor: actor() });
    expect((await find('exodus')).articles.map((a) => a.articleId)).toEqual([englishId]);
    await reviseArticle(db, englishId, { text: `${ENGLISH}\n\nOfficials later revised the figure to 1,020,000 residents.`, format: 'text', page: null, origin: 'paste' }, actor());
    expect((await find('1020000')).articles.map((a) => a.articleId)).toEqual([englishId]);
  });
});
