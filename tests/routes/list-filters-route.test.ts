import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { loader as articlesLoader } from '../../app/routes/articles._index';
import { loader as queueLoader } from '../../app/routes/queue';
import { importArticle } from '../../app/services/import-article.server';
import { approveVerdict, setClaimStatus } from '../../app/services/claim-status.server';
import { assignClaim, setRating } from '../../app/services/claim-edit.server';
import { addEvidence } from '../../app/services/evidence.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { call, get } from '../helpers/route';

/**
 * Issue 10: /articles filtered by publisher, published date and progress;
 * /queue by status, rating, assignee, proposer and sign-off state. Filters
 * live in the URL query; a value the page does not offer answers 400 with
 * the reason.
 */
describe('filters on the article list and the queue', () => {
  let db: DB;
  let editor: Awaited<ReturnType<typeof signedIn>>;
  let checker: Awaited<ReturnType<typeof signedIn>>;
  const article: Record<'harbour' | 'budget' | 'floods', number> = { harbour: 0, budget: 0, floods: 0 };
  const claimsOf = async (articleId: number) =>
    (await db.selectFrom('claim').select('id').where('articleId', '=', articleId).orderBy('id').execute()).map((r) => r.id);

  async function load<T>(loader: (args: Parameters<typeof articlesLoader>[0]) => Promise<unknown>, path: string, cookie = editor.cookie): Promise<{ status: number; body: T; text: string }> {
    const res = await call(loader, get(path, cookie));
    const text = await res.text();
    return { status: res.status, body: (res.status === 200 ? JSON.parse(text) : null) as T, text };
  }
  type ArticlesPage = { articles: Array<{ id: number; awaitingCount: number; signedOffCount: number }>; total: number };
  type QueuePage = { awaiting: Array<{ id: number }>; mine: Array<{ id: number }>; awaitingTotal: number; mineTotal: number };
  const ids = (xs: Array<{ id: number }>) => xs.map((x) => x.id).sort((a, b) => a - b);

  beforeAll(async () => {
    db = await useTestDb();
    editor = await signedIn(db, 'editor');
    checker = await signedIn(db, 'checker');
    const add = (title: string, publisher: string, publishedAt: string, text: string) =>
      importArticle(db, { text, format: 'text', title, url: null, publisher, publishedAt, fileName: null }, { id: null, now: new Date() });
    article.harbour = (await add('Harbour reopens', 'Coast Gazette', '2021-03-04', 'The harbour authority said 1,200 ships docked in 2020. Officials expect 1,500 ships next year.')).articleId;
    article.budget = (await add('Budget vote', 'Capital Daily', '2021-05-20', 'The council approved a budget of 48 million euros on Tuesday. The mayor said spending rose 12 percent.')).articleId;
    article.floods = (await add('Floods recede', 'Coast Gazette', '2021-07-09', 'About 3,000 residents were evacuated, the agency said. Rainfall reached 210 millimetres in two days.')).articleId;
    const checkerActor = () => ({ id: checker.user.id, now: new Date() });
    const complete = async (claimId: number, rating: string) => {
      await addEvidence(db, {
        claimId,
        sourceId: null,
        newSource: { url: `https://records.example/${claimId}`, title: `Record ${claimId}`, publisher: 'Registry', kind: 'un_ngo_report', publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
        stance: 'supports',
        excerpt: '',
        note: '',
        actor: checkerActor(),
      });
      await setRating(db, { claimId, version: null, rating, verdict: 'The registry shows the same number.', actor: checkerActor() });
      await setClaimStatus(db, { claimId, status: 'verified', version: null, actorId: checker.user.id, now: new Date() });
    };
    // Harbour: one complete proposal (awaiting sign-off), assigned to the checker.
    const [h1] = await claimsOf(article.harbour);
    await complete(h1, 'True');
    await assignClaim(db, { claimId: h1, version: null, assigneeId: checker.user.id, actor: checkerActor() });
    // Budget: every claim approved (all signed off).
    for (const id of await claimsOf(article.budget)) {
      await complete(id, 'Mostly true');
      await approveVerdict(db, { claimId: id, version: null, actor: { id: editor.user.id, now: new Date() } });
    }
    // Floods: one incomplete proposal (no verdict, no evidence).
    const [f1] = await claimsOf(article.floods);
    await setClaimStatus(db, { claimId: f1, status: 'misleading', version: null, actorId: checker.user.id, now: new Date() });
  });

  it('filters articles by publisher, published date and progress, and counts what matches', async () => {
    const all = await load<ArticlesPage>(articlesLoader, '/articles');
    expect(all.body.total).toBe(3);
    const coast = await load<ArticlesPage>(articlesLoader, '/articles?publisher=Coast+Gazette');
    expect(ids(coast.body.articles)).toEqual([article.harbour, article.floods].sort((a, b) => a - b));
    const spring = await load<ArticlesPage>(articlesLoader, '/articles?from=2021-03-01&to=2021-05-20');
    expect(ids(spring.body.articles)).toEqual([article.harbour, article.budget].sort((a, b) => a - b));
    const awaiting = await load<ArticlesPage>(articlesLoader, '/articles?progress=awaiting');
    expect(ids(awaiting.body.articles)).toEqual([article.harbour, article.floods].sort((a, b) => a - b));
    const signedOff = await load<ArticlesPage>(articlesLoader, '/articles?progress=signed-off');
    expect(ids(signedOff.body.articles)).toEqual([article.budget]);
    expect(signedOff.body.articles[0].signedOffCount).toBeGreaterThan(0);
    const unreviewed = await load<ArticlesPage>(articlesLoader, '/articles?progress=unreviewed&publisher=Coast+Gazette&to=2021-06-30');
    expect(ids(unreviewed.body.articles)).toEqual([article.harbour]);
    expect(unreviewed.body.total).toBe(1);
    // An empty value (the form's "Any") is no filter.
    expect((await load<ArticlesPage>(articlesLoader, '/articles?publisher=&progress=')).body.total).toBe(3);
  });

  it('filters the queue by status, rating, assignee, proposer and sign-off state', async () => {
    const [h1] = await claimsOf(article.harbour);
    const [f1] = await claimsOf(article.floods);
    const plain = await load<QueuePage>(queueLoader, '/queue');
    expect(ids(plain.body.awaiting)).toEqual([h1]);
    expect(plain.body.awaitingTotal).toBe(1);
    expect(ids((await load<QueuePage>(queueLoader, '/queue?signoff=incomplete')).body.awaiting)).toEqual([f1]);
    expect((await load<QueuePage>(queueLoader, '/queue?rating=Half+true')).body.awaiting).toEqual([]);
    expect(ids((await load<QueuePage>(queueLoader, '/queue?rating=True&status=verified')).body.awaiting)).toEqual([h1]);
    expect((await load<QueuePage>(queueLoader, '/queue?status=in_progress')).body.awaiting).toEqual([]);
    expect((await load<QueuePage>(queueLoader, '/queue?assignee=none')).body.awaiting).toEqual([]);
    expect(ids((await load<QueuePage>(queueLoader, `/queue?assignee=${checker.user.id}&proposer=${checker.user.id}`)).body.awaiting)).toEqual([h1]);
    expect((await load<QueuePage>(queueLoader, `/queue?proposer=${editor.user.id}`)).body.awaiting).toEqual([]);
    // The checker's own queue: the claim assigned to them, filtered the same way.
    const mine = await load<QueuePage>(queueLoader, '/queue?signoff=awaiting', checker.cookie);
    expect(ids(mine.body.mine)).toEqual([h1]);
    expect((await load<QueuePage>(queueLoader, '/queue?signoff=approved', checker.cookie)).body.mine).toEqual([]);
  });

  it('answers a filter value it does not offer with 400 and the reason', async () => {
    type AnyLoader = (args: Parameters<typeof articlesLoader>[0]) => Promise<unknown>;
    const cases: Array<[AnyLoader, string, RegExp]> = [
      [articlesLoader, '/articles?progress=done', /progress must be one of unreviewed, awaiting, signed-off/],
      [articlesLoader, '/articles?from=2021-02-30', /from must be a date like/],
      [articlesLoader, '/articles?from=2021-06-01&to=2021-01-01', /date range is empty/],
      [articlesLoader, '/articles?page=-1', /page must be a number/],
      [articlesLoader, `/articles?publisher=${'x'.repeat(201)}`, /publisher is at most 200 characters/],
      [queueLoader, '/queue?status=constructor', /status must be one of/],
      [queueLoader, '/queue?rating=Pants+on+fire', /rating must be one of/],
      [queueLoader, '/queue?assignee=me', /assignee must be a user id or none/],
      [queueLoader, '/queue?proposer=0', /proposer must be a user id/],
      [queueLoader, '/queue?signoff=__proto__', /signoff must be one of/],
      [queueLoader, '/queue?mypage=1e3', /page must be a number/],
    ];
    for (const [loader, path, message] of cases) {
      const res = await load(loader, path);
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.text).toMatch(message);
    }
  });
});
