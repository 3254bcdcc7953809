import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { putSetting } from '../../app/models/setting.server';
import { saveRatingLabels } from '../../app/services/desk-settings.server';
import { loader as md } from '../../app/routes/articles.$id.export[.]md';
import { loader as html } from '../../app/routes/articles.$id.export[.]html';
import { loader as csv } from '../../app/routes/articles.$id.export[.]csv';
import { loader as json } from '../../app/routes/articles.$id.export[.]json';
import { loader as figures } from '../../app/routes/articles.$id.figures[.]csv';
import { loader as claimreview } from '../../app/routes/articles.$id.claimreview[.]json';
import { loader as selection } from '../../app/routes/exports.$file';
import { useTestDb } from '../helpers/test-db';
import { call, get } from '../helpers/route';
import { freshSession } from '../helpers/users';
import { seedExportFixture } from '../helpers/export-fixture';

describe('export routes', () => {
  let db: DB;
  let articleId: number;
  let editor: string;
  let checker: string;

  beforeAll(async () => {
    db = await useTestDb();
    ({ articleId } = await seedExportFixture(db));
    editor = await freshSession(db, 'eda@example.test');
    checker = await freshSession(db, 'chris@example.test');
  });

  const cases = [
    ['export.md', md, 'text/markdown; charset=utf-8', 'attachment', '.md'],
    ['export.html', html, 'text/html; charset=utf-8', 'inline', '.html'],
    ['export.csv', csv, 'text/csv; charset=utf-8; header=present', 'attachment', '.csv'],
    ['figures.csv', figures, 'text/csv; charset=utf-8; header=present', 'attachment', '-figures-'],
    ['export.json', json, 'application/json; charset=utf-8', 'attachment', '.json'],
    ['claimreview.json', claimreview, 'application/ld+json; charset=utf-8', 'attachment', '-claimreview-'],
  ] as const;

  it.each(cases)('%s: 403 for a checker, 200 for an editor with its type and file name', async (path, loader, type, disposition, name) => {
    const url = `/articles/${articleId}/${path}`;
    const refused = await call(loader, get(url, checker), { id: String(articleId) });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('editor role');
    const res = await call(loader, get(url, editor), { id: String(articleId) });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(type);
    const cd = res.headers.get('Content-Disposition')!;
    expect(cd.startsWith(`${disposition}; filename="claimdesk-article-${articleId}`)).toBe(true);
    expect(cd).toContain(name);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const body = await res.text();
    expect(body).toContain(path.endsWith('.csv') ? '948,000 people' : '948,000');
  });

  it('sends anonymous users to sign in', async () => {
    const res = await call(md, get(`/articles/${articleId}/export.md`, null), { id: String(articleId) });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toMatch(/^\/login\?redirectTo=/);
  });

  it('answers 404 for a missing article and 400 for a malformed selection', async () => {
    const missing = await call(md, get('/articles/999/export.md', editor), { id: '999' });
    expect(missing.status).toBe(404);
    const bad = await call(selection, get('/exports/selection.md?from=yesterday', editor), { file: 'selection.md' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('from must be a date like 2020-02-27 (got "yesterday")');
    const unknown = await call(selection, get('/exports/selection.exe', editor), { file: 'selection.exe' });
    expect(unknown.status).toBe(404);
  });

  it('streams a selection across articles with the filters in the heading', async () => {
    const res = await call(selection, get('/exports/selection.md?status=verified&q=displaced', editor), { file: 'selection.md' });
    expect(res.status).toBe(200);
    expect(res.body).toBeInstanceOf(ReadableStream);
    const body = await res.text();
    expect(body).toMatch(/^# Claimdesk selection\n/);
    expect(body).toContain('- Status: Verified\n- Search: displaced');
    expect(body).toContain('### 20. According to the U.N., 948,000');
    const warn = await call(selection, get('/exports/claimreview.json', checker), { file: 'claimreview.json' });
    expect(warn.status).toBe(403);
  });

  it('names each rating as the desk does: ClaimReview’s alternateName beside an unchanged ratingValue, and the Markdown', async () => {
    const admin = { id: (await db.selectFrom('user').select('id').orderBy('id').executeTakeFirstOrThrow()).id, now: new Date() };
    await saveRatingLabels(db, { 2: 'Misleading', 4: 'Largely accurate' }, admin);
    try {
      const res = await call(claimreview, get(`/articles/${articleId}/claimreview.json`, editor), { id: String(articleId) });
      expect(res.status).toBe(200);
      const ratings = ((await res.json()) as Array<{ reviewRating: { ratingValue: number; bestRating: number; worstRating: number; alternateName: string } }>).map((r) => r.reviewRating);
      expect(ratings).toContainEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' });
      expect(ratings).toContainEqual({ '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Largely accurate' });
      expect(ratings.map((r) => r.alternateName)).not.toContain('Mostly false');
      const text = await (await call(md, get(`/articles/${articleId}/export.md`, editor), { id: String(articleId) })).text();
      expect(text).toContain('Largely accurate (4 of 5)');
    } finally {
      await saveRatingLabels(db, {}, admin);
    }
  });

  it('refuses ClaimReview with 422 and a clear message when the site is not configured', async () => {
    await putSetting(db, { key: 'site_url', value: '', actorId: null, now: new Date().toISOString() });
    try {
      const res = await call(claimreview, get(`/articles/${articleId}/claimreview.json`, editor), { id: String(articleId) });
      expect(res.status).toBe(422);
      expect(await res.text()).toMatch(/^ClaimReview export refused\. Fix these and export again:\n- The site URL is not set/);
      // A browser that clicked the export gets the same list as a page, with the way to the settings and back.
      const page = get(`/articles/${articleId}/claimreview.json`, editor);
      page.headers.set('Accept', 'text/html,application/xhtml+xml');
      const shown = await call(claimreview, page, { id: String(articleId) });
      expect(shown.status).toBe(422);
      expect(shown.headers.get('Content-Type')).toMatch(/^text\/html/);
      const body = await shown.text();
      expect(body).toContain('<li>The site URL is not set');
      expect(body).toContain('<a href="/admin/settings">Open the desk settings</a>');
      expect(body).toContain(`<a href="/articles/${articleId}">Back to the article</a>`);
      const off = await call(claimreview, get(`/articles/${articleId}/claimreview.json?url=https://elsewhere.example/x`, editor), { id: String(articleId) });
      expect(off.status).toBe(422);
    } finally {
      await putSetting(db, { key: 'site_url', value: 'https://factcheck.example', actorId: null, now: new Date().toISOString() });
    }
    const off = await call(claimreview, get(`/articles/${articleId}/claimreview.json?url=https://elsewhere.example/x`, editor), { id: String(articleId) });
    expect(off.status).toBe(422);
    expect(await off.text()).toContain('is not on the configured site https://factcheck.example');
    const ok = await call(claimreview, get(`/articles/${articleId}/claimreview.json`, editor), { id: String(articleId) });
    expect(decodeURIComponent(ok.headers.get('X-Claimdesk-Warnings')!)).toContain('claimReviewed is 147 characters');
  });
});
