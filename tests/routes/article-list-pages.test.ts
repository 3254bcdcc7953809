import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { loader as articlesLoader } from '../../app/routes/articles._index';
import { importArticle } from '../../app/services/import-article.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { call, get } from '../helpers/route';

/**
 * Issue 15: /articles pages deep into a large desk by "older than" links
 * (keyset) as well as by page number, and both show the same articles.
 */
describe('paging through the article list', () => {
  let db: DB;
  let cookie: string;
  const imported: number[] = [];
  type Page = { articles: Array<{ id: number; title: string }>; total: number; page: number; nextBefore: number | null };

  async function load(path: string): Promise<{ status: number; body: Page; text: string }> {
    const res = await call(articlesLoader, get(path, cookie));
    const text = await res.text();
    return { status: res.status, body: (res.status === 200 ? JSON.parse(text) : null) as Page, text };
  }

  beforeAll(async () => {
    db = await useTestDb();
    cookie = (await signedIn(db, 'editor')).cookie;
    for (let i = 1; i <= 30; i++) {
      const text = `The ferry company said ${100 + i} passengers crossed on day ${i}.`;
      const r = await importArticle(db, { text, format: 'text', title: `Ferry report ${i}`, url: null, publisher: i % 2 ? 'Harbour Times' : 'Coast Gazette', publishedAt: null, fileName: null }, { id: null, now: new Date() });
      imported.push(r.articleId);
    }
  });

  it('shows the next 25 articles after the Next link, the same as page 2 by number', async () => {
    const first = await load('/articles');
    expect(first.body.articles.map((a) => a.title)).toEqual(Array.from({ length: 25 }, (_, i) => `Ferry report ${30 - i}`));
    expect(first.body.nextBefore).toBe(first.body.articles[24].id);
    const next = await load(`/articles?page=2&before=${first.body.nextBefore}`);
    expect(next.body.articles.map((a) => a.title)).toEqual(['Ferry report 5', 'Ferry report 4', 'Ferry report 3', 'Ferry report 2', 'Ferry report 1']);
    expect(next.body.page).toBe(2);
    expect(next.body.nextBefore).toBeNull();
    expect((await load('/articles?page=2')).body.articles).toEqual(next.body.articles);
  });

  it('keeps the filters on the older-than page and counts what matches', async () => {
    const first = await load('/articles?publisher=Harbour+Times');
    expect(first.body.total).toBe(15);
    expect(first.body.nextBefore).toBeNull();
    const older = await load(`/articles?publisher=Harbour+Times&before=${imported[9]}`);
    expect(older.body.articles.map((a) => a.title)).toEqual(['Ferry report 9', 'Ferry report 7', 'Ferry report 5', 'Ferry report 3', 'Ferry report 1']);
  });

  it('answers a cursor that is not an article id with 400', async () => {
    const bad = await load('/articles?before=abc');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('before must be an article id');
  });
});
