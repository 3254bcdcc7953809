import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action as addSource } from '../../app/routes/sources._index';
import { action as editSource } from '../../app/routes/sources.$id';
import { action as claimAction } from '../../app/routes/claims.$id/route';
import { importArticle } from '../../app/services/import-article.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { seedText } from '../helpers/seed-article';
import { call, post } from '../helpers/route';

interface Refusal {
  error: string;
  errors: Record<string, string>;
  values: Record<string, string>;
}

describe('source forms (the library and a new source given as evidence)', () => {
  let db: DB;
  let cookie: string;
  const sources = async () => (await db.selectFrom('source').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const form = (v: Record<string, string>) => new URLSearchParams(v);
  const good = { url: 'https://relief.example/flash-7', title: 'Flash update 7', kind: 'un_ngo_report', publishedAt: '2020-02-20' };

  beforeAll(async () => {
    db = await useTestDb();
    cookie = (await signedIn(db, 'checker')).cookie;
  });

  it.each([
    [{ publishedAt: '2020-02-31' }, 'publishedAt', /real date/],
    [{ url: 'javascript:alert(1)' }, 'url', /http:\/\/ or https:\/\//],
    [{ title: '\u200b ' }, 'title', /Give the source a title/],
    [{ kind: 'rumour' }, 'kind', /what kind of source/],
    [{ archivedUrl: 'ftp://archive.example/x' }, 'archivedUrl', /archived URL/],
  ])('refuses %j with 400, the message beside the field and what was typed', async (over, field, message) => {
    const before = await sources();
    const res = await call(addSource, post('/sources', cookie, form({ ...good, ...over })));
    expect(res.status).toBe(400);
    const body = (await res.json()) as Refusal;
    expect(body.errors[field]).toMatch(message);
    expect(body.values).toMatchObject({ ...good, ...over });
    expect(await sources()).toBe(before);
  });

  it('adds a source, recognises the same URL, and edits it at the version seen', async () => {
    const res = await call(addSource, post('/sources', cookie, form(good)));
    expect(res.status).toBe(302);
    const id = Number(/\/sources\/(\d+)/.exec(res.headers.get('Location')!)![1]);
    const again = await call(addSource, post('/sources', cookie, form({ ...good, url: 'https://www.relief.example/flash-7/?utm_source=x' })));
    expect(again.headers.get('Location')).toBe(`/sources/${id}?existing=1`);
    const noVersion = await call(editSource, post(`/sources/${id}`, cookie, form({ intent: 'edit', ...good })), { id: String(id) });
    expect(noVersion.status).toBe(400);
    expect(((await noVersion.json()) as Refusal).errors.version).toMatch(/version/);
    const edited = await call(editSource, post(`/sources/${id}`, cookie, form({ intent: 'edit', version: '1', ...good, title: 'Flash update 7 (revised)' })), { id: String(id) });
    expect(edited.status).toBe(302);
    const row = await db.selectFrom('source').select(['title', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'Flash update 7 (revised)', version: 2 });
  });

  it('checks a new source given as evidence with the same rules, and not when a library source is picked', async () => {
    await importArticle(db, { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null }, { id: null, now: new Date() });
    const claimId = (await db.selectFrom('claim').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const evidence = (v: Record<string, string>) => call(claimAction, post(`/claims/${claimId}`, cookie, form({ intent: 'evidence-add', stance: 'supports', ...v })), { id: String(claimId) });
    const bad = await evidence({ ...good, publishedAt: '2021-02-29' });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as Refusal;
    expect(body.errors.publishedAt).toMatch(/real date/);
    expect(body.values.title).toBe(good.title);
    const sourceId = (await db.selectFrom('source').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const badAsOf = await evidence({ sourceId: String(sourceId), figureText: '948,000 displaced', figureAsOf: '2020-13-01' });
    expect(((await badAsOf.json()) as Refusal).errors.figureAsOf).toMatch(/as of/);
    expect((await evidence({ sourceId: String(sourceId), publishedAt: 'junk in an unused field' })).status).toBe(200);
    // A new source with only its address and title: the empty date and address fields a browser sends are "not given".
    const minimal = await evidence({ url: 'https://data.example/idlib-tally', title: 'Idlib tally', kind: 'un_ngo_report', publisher: '', publishedAt: '', accessedAt: '', archivedUrl: '', notes: '' });
    expect(minimal.status).toBe(200);
    const made = await db.selectFrom('source').select(['publishedAt', 'archivedUrl']).where('title', '=', 'Idlib tally').executeTakeFirstOrThrow();
    expect(made).toEqual({ publishedAt: null, archivedUrl: null });
  });
});
