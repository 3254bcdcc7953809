import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action, loader } from '../../app/routes/articles.$id';
import { importArticle } from '../../app/services/import-article.server';
import { setClaimStatus, approveVerdict } from '../../app/services/claim-status.server';
import { setRating } from '../../app/services/claim-edit.server';
import { addEvidence } from '../../app/services/evidence.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { seedText } from '../helpers/seed-article';
import { call, get, post } from '../helpers/route';

interface ReviewClaim {
  id: number;
  start: number;
  end: number;
  quote: string;
  signoffState: string;
  figureCount: number;
}

describe('review screen actions', () => {
  let db: DB;
  let cookie: string;
  let articleId: number;
  const page = async () =>
    (await (await call(loader, get(`/articles/${articleId}`, cookie), { id: String(articleId) })).json()) as {
      article: { title: string; url: string | null; publisher: string | null; publishedAt: string | null; body: string };
      claims: ReviewClaim[];
    };
  const send = (fields: Record<string, string>) => call(action, post(`/articles/${articleId}`, cookie, new URLSearchParams(fields)), { id: String(articleId) });

  beforeAll(async () => {
    db = await useTestDb();
    cookie = (await signedIn(db, 'checker')).cookie;
    articleId = (
      await importArticle(
        db,
        { text: seedText, format: 'text', title: 'Saraqeb', url: null, publisher: null, publishedAt: null, fileName: null },
        { id: null, now: new Date() },
      )
    ).articleId;
  });

  it('adds a claim by hand from text no claim covers, with its anchor, figures and history', async () => {
    const { article, claims } = await page();
    // The first stretch of text between two claims that holds a number.
    const sorted = [...claims].sort((a, b) => a.start - b.start);
    let gap: [number, number] | null = null;
    for (let i = 0; i + 1 < sorted.length && !gap; i++) {
      const text = article.body.slice(sorted[i].end, sorted[i + 1].start);
      if (/[A-Za-z]{4}/.test(text)) gap = [sorted[i].end, sorted[i + 1].start];
    }
    expect(gap).not.toBeNull();
    const res = await send({ intent: 'add-claim', start: String(gap![0]), end: String(gap![1]) });
    expect(res.status).toBe(302);
    const id = Number(/\?claim=(\d+)$/.exec(res.headers.get('Location') ?? '')?.[1]);
    const added = (await page()).claims.find((c) => c.id === id)!;
    expect(added.quote).toBe(article.body.slice(added.start, added.end));
    expect(added.quote).toBe(article.body.slice(gap![0], gap![1]).trim());
    const revision = await db.selectFrom('revision').select(['action', 'actorId']).where('claimId', '=', id).executeTakeFirstOrThrow();
    expect(revision.action).toBe('add-by-hand');
    expect(revision.actorId).not.toBeNull();
  });

  it('refuses a selection that overlaps a claim, or none, with a message and adds nothing', async () => {
    const { claims } = await page();
    const count = claims.length;
    const overlap = await send({ intent: 'add-claim', start: String(claims[0].start), end: String(claims[0].end) });
    expect(overlap.status).toBe(422);
    expect(((await overlap.json()) as { error: string }).error).toMatch(/overlaps claim \d+/);
    const none = await send({ intent: 'add-claim', start: 'x', end: '' });
    expect(none.status).toBe(400);
    expect((await page()).claims.length).toBe(count);
  });

  it('edits the citation with history and reopens signed-off claims; the claim list shows the state', async () => {
    const editor = await signedIn(db, 'editor');
    const checker = (await db.selectFrom('user').select('id').where('role', '=', 'checker').executeTakeFirstOrThrow()).id;
    const { claims, article } = await page();
    const target = claims[0].id;
    const actor = { id: checker, now: new Date() };
    await addEvidence(db, {
      claimId: target,
      sourceId: null,
      newSource: { url: 'https://example.org/report', title: 'A report', publisher: 'OCHA', kind: 'un_ngo_report', publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
      stance: 'supports',
      excerpt: '',
      note: '',
      figure: { text: '', asOf: '' },
      actor,
    });
    const v1 = (await db.selectFrom('claim').select('version').where('id', '=', target).executeTakeFirstOrThrow()).version;
    await setRating(db, { claimId: target, version: v1, rating: 'True', verdict: 'Matches the UN count.', actor });
    await setClaimStatus(db, { claimId: target, status: 'verified', version: v1 + 1, actorId: checker, now: new Date() });
    await approveVerdict(db, { claimId: target, version: v1 + 2, actor: { id: editor.user.id, now: new Date() } });
    expect((await page()).claims.find((c) => c.id === target)!.signoffState).toBe('approved');

    const seen = { seenTitle: article.title, seenUrl: article.url ?? '', seenPublisher: article.publisher ?? '', seenPublishedAt: article.publishedAt ?? '' };
    const res = await send({ intent: 'edit-article', ...seen, title: 'Saraqeb retaken', url: 'https://example.org/saraqeb', publisher: 'Wire', publishedAt: '2020-02-27' });
    expect(res.status).toBe(200);
    const after = await page();
    expect(after.article).toMatchObject({ title: 'Saraqeb retaken', url: 'https://example.org/saraqeb', publisher: 'Wire', publishedAt: '2020-02-27' });
    expect(after.claims.find((c) => c.id === target)!.signoffState).toBe('changed');
    const revision = await db.selectFrom('revision').select(['before', 'after']).where('entity', '=', 'article').where('action', '=', 'edit').executeTakeFirstOrThrow();
    expect(JSON.parse(revision.before!)).toMatchObject({ title: 'Saraqeb', url: null });
    expect(JSON.parse(revision.after!)).toMatchObject({ title: 'Saraqeb retaken', url: 'https://example.org/saraqeb' });

    // The same form again is stale now: nothing is overwritten.
    const stale = await send({ intent: 'edit-article', ...seen, title: 'Something else' });
    expect(stale.status).toBe(409);
    expect((await page()).article.title).toBe('Saraqeb retaken');
    const badDate = await send({ intent: 'edit-article', seenTitle: 'Saraqeb retaken', seenUrl: 'https://example.org/saraqeb', seenPublisher: 'Wire', seenPublishedAt: '2020-02-27', title: 'X', publishedAt: '2020-02-31' });
    expect(badDate.status).toBe(400);
    expect(((await badDate.json()) as { errors: Record<string, string> }).errors.publishedAt).toMatch(/real date/);
  });
});
