import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action, loader } from '../../app/routes/claims.$id/route';
import { loader as articleLoader } from '../../app/routes/articles.$id';
import { importArticle } from '../../app/services/import-article.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { seedText } from '../helpers/seed-article';
import { call, get, post } from '../helpers/route';

describe('claim routes', () => {
  let db: DB;
  let cookie: string;
  let claimId: number;
  let articleId: number;
  const status = async () =>
    (await db.selectFrom('claim').select(['status', 'version']).where('id', '=', claimId).executeTakeFirstOrThrow());

  beforeAll(async () => {
    db = await useTestDb();
    cookie = (await signedIn(db, 'checker')).cookie;
    articleId = (
      await importArticle(
        db,
        { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
        { id: null, now: new Date() },
      )
    ).articleId;
    claimId = (await db.selectFrom('claim').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  });

  it('sets the status from a plain form post and goes back where the user was', async () => {
    const body = new URLSearchParams({ intent: 'status', status: 'verified', version: '1', redirectTo: `/articles/${articleId}` });
    const res = await call(action, post(`/claims/${claimId}`, cookie, body), { id: String(claimId) });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(`/articles/${articleId}`);
    expect(await status()).toEqual({ status: 'verified', version: 2 });
  });

  it('answers a stale save with 409 and keeps the saved status', async () => {
    const body = new URLSearchParams({ intent: 'status', status: 'false', version: '1' });
    const res = await call(action, post(`/claims/${claimId}`, cookie, body), { id: String(claimId) });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toMatch(/Someone else changed/);
    expect(await status()).toEqual({ status: 'verified', version: 2 });
  });

  it('refuses an unknown status value with 400 and changes nothing', async () => {
    const body = new URLSearchParams({ intent: 'status', status: 'mostly-true', version: '2' });
    const res = await call(action, post(`/claims/${claimId}`, cookie, body), { id: String(claimId) });
    expect(res.status).toBe(400);
    expect(await status()).toEqual({ status: 'verified', version: 2 });
  });

  it.each([
    ['a wording of zero-width spaces', { intent: 'wording', text: '\u200b\u200b\u200b', version: '2' }],
    ['a version that is not a number', { intent: 'wording', text: 'A new wording', version: 'two' }],
    ['no version', { intent: 'wording', text: 'A new wording' }],
  ])('refuses %s with 400 and changes nothing', async (_what, fields) => {
    const before = await status();
    const res = await call(action, post(`/claims/${claimId}`, cookie, new URLSearchParams(fields)), { id: String(claimId) });
    expect(res.status).toBe(400);
    expect(await status()).toEqual(before);
  });

  it.each(['approve', 'return'])('refuses %s from a checker with 403 (sign-off is for editors) and changes nothing', async (intent) => {
    const before = await status();
    const body = new URLSearchParams({ intent, version: String(before.version), comment: 'Needs a second source' });
    const res = await call(action, post(`/claims/${claimId}`, cookie, body), { id: String(claimId) });
    expect(res.status).toBe(403);
    expect(await status()).toEqual(before);
  });

  it('lets an editor send a proposed verdict back', async () => {
    const editor = (await signedIn(db, 'editor')).cookie;
    const before = await status();
    const body = new URLSearchParams({ intent: 'return', version: String(before.version), comment: 'Cite the UN figure as well' });
    const res = await call(action, post(`/claims/${claimId}`, editor, body), { id: String(claimId) });
    expect(res.status).toBe(200);
    expect((await status()).status).toBe('in_progress');
  });

  it('keeps a discussion thread in the history and shows it on the claim page', async () => {
    const before = await status();
    const body = new URLSearchParams({ intent: 'comment', text: '  Is the UN figure from the same week?  ' });
    const res = await call(action, post(`/claims/${claimId}`, cookie, body), { id: String(claimId) });
    expect(res.status).toBe(200);
    const page = (await (await call(loader, get(`/claims/${claimId}`, cookie), { id: String(claimId) })).json()) as {
      comments: { author: string; text: string; at: string }[];
    };
    expect(page.comments.at(-1)).toMatchObject({ author: 'Test checker', text: 'Is the UN figure from the same week?' });
    const revision = await db.selectFrom('revision').select(['action', 'note', 'hash', 'prevHash']).where('claimId', '=', claimId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(revision).toMatchObject({ action: 'comment', note: 'Is the UN figure from the same week?' });
    expect(revision.prevHash).toMatch(/^[0-9a-f]{64}$/);
    // A comment is not content: the version (and any sign-off) is untouched.
    expect(await status()).toEqual(before);
  });

  it.each([
    ['an empty comment', '   ', /Write a comment first/],
    ['a comment over 2,000 characters', 'x'.repeat(2001), /At most 2,000 characters/],
  ])('refuses %s with 400 and a field error', async (_what, text, message) => {
    const count = async () => (await db.selectFrom('revision').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const n = await count();
    const res = await call(action, post(`/claims/${claimId}`, cookie, new URLSearchParams({ intent: 'comment', text })), { id: String(claimId) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors.text).toMatch(message);
    expect(await count()).toBe(n);
  });

  it('sets a status from a key (the status seen, no version)', async () => {
    const other = (await db.selectFrom('claim').select('id').where('status', '=', 'unreviewed').where('id', '!=', claimId).orderBy('id').executeTakeFirstOrThrow()).id;
    const body = new URLSearchParams({ intent: 'status', status: 'false', expected: 'unreviewed' });
    const res = await call(action, post(`/claims/${other}`, cookie, body), { id: String(other) });
    expect(await res.text()).toContain('"ok":true');
    expect(res.status).toBe(200);
  });

  it('answers an unknown intent with 400 naming it', async () => {
    const res = await call(action, post(`/claims/${claimId}`, cookie, new URLSearchParams({ intent: 'launch' })), { id: String(claimId) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('Unknown action "launch"');
  });

  it.each(['abc', '0', '-1', '1e3', '99999999'])('gives 404 for the claim id %s', async (id) => {
    const res = await call(loader, get(`/claims/${id}`, cookie), { id });
    expect(res.status).toBe(404);
  });

  it.each(['abc', '99999999'])('gives 404 for the article id %s', async (id) => {
    const res = await call(articleLoader, get(`/articles/${id}`, cookie), { id });
    expect(res.status).toBe(404);
  });
});

describe('claim routes refuse versionless edits', () => {
  it('answers a wording save without a version with 400 and changes nothing', async () => {
    const db = await useTestDb();
    const cookie = (await signedIn(db, 'checker')).cookie;
    const { articleId } = await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    const claim = await db.selectFrom('claim').select(['id', 'text']).where('articleId', '=', articleId).executeTakeFirstOrThrow();
    const res = await call(action, post(`/claims/${claim.id}`, cookie, new URLSearchParams({ intent: 'wording', text: 'Overwritten' })), { id: String(claim.id) });
    expect(res.status).toBe(400);
    expect((await db.selectFrom('claim').select('text').where('id', '=', claim.id).executeTakeFirstOrThrow()).text).toBe(claim.text);
  });
});
