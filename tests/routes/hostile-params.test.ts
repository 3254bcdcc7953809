import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action as loginAction, loader as loginLoader } from '../../app/routes/login';
import { action as claimAction } from '../../app/routes/claims.$id/route';
import { loader as articlesLoader } from '../../app/routes/articles._index';
import { loader as exportFileLoader } from '../../app/routes/exports.$file';
import { importArticle } from '../../app/services/import-article.server';
import { sameOriginPath } from '../../app/utils/safe-redirect';
import { useTestDb } from '../helpers/test-db';
import { PASSWORD, signedIn } from '../helpers/users';
import { call, get, post, BASE } from '../helpers/route';

/** Ways attackers have written another host as a path; a browser follows each of them off-site. */
const OFF_SITE = ['//evil.example/x', '/\\evil.example/x', '/\t/evil.example/x', '/\n/evil.example', '\\\\evil.example', 'https://evil.example/', '/%09/evil.example'];

describe('sameOriginPath', () => {
  it('keeps paths on this site, with their query', () => {
    expect(sameOriginPath('/claims/4?claim=9#figures')).toBe('/claims/4?claim=9#figures');
    expect(sameOriginPath('/articles')).toBe('/articles');
  });

  it('sends every spelling of another host to the fallback', () => {
    for (const to of OFF_SITE) {
      const kept = sameOriginPath(to, '/fallback');
      expect(kept === '/fallback' || (kept.startsWith('/') && !kept.startsWith('//') && !kept.includes('\\')), JSON.stringify(to)).toBe(true);
      expect(new URL(kept, BASE).origin, JSON.stringify(to)).toBe(BASE);
    }
  });
});

describe('hostile parameters on routes', () => {
  let db: DB;
  let cookie: string;
  let claimId: number;
  beforeAll(async () => {
    db = await useTestDb();
    cookie = (await signedIn(db, 'editor')).cookie;
    await importArticle(
      db,
      { text: 'The agency said 12 clinics had closed. Officials later put the figure at 15.', format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    claimId = (await db.selectFrom('claim').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  });

  it('never sends the browser to another site after sign-in', async () => {
    for (const to of [...OFF_SITE, '/%5Cevil.example/x']) {
      const body = new URLSearchParams({ email: 'editor@example.test', password: PASSWORD, redirectTo: decodeURIComponent(to) });
      const res = await call(loginAction, post('/login', null, body), {}, { clientAddress: '10.1.1.1' });
      expect(res.status, to).toBe(302);
      expect(new URL(res.headers.get('Location')!, BASE).origin, to).toBe(BASE);
    }
    // Already signed in: the loader redirects at once, to this site only.
    const res = await call(loginLoader, get(`/login?redirectTo=${encodeURIComponent('/\\evil.example/x')}`, cookie));
    expect(new URL(res.headers.get('Location')!, BASE).origin).toBe(BASE);
  });

  it('never sends a claim action off-site', async () => {
    for (const to of OFF_SITE) {
      const version = (await db.selectFrom('claim').select('version').where('id', '=', claimId).executeTakeFirstOrThrow()).version;
      const body = new URLSearchParams({ intent: 'status', status: 'in_progress', version: String(version), redirectTo: to });
      const res = await call(claimAction, post(`/claims/${claimId}`, cookie, body), { id: String(claimId) });
      const location = res.headers.get('Location');
      if (location) expect(new URL(location, BASE).origin, to).toBe(BASE);
      expect(res.status, to).toBeLessThan(500);
    }
  });

  it('answers a malformed session cookie as no session (sign in), never a 500', async () => {
    const res = await call(articlesLoader, get('/articles', 'claimdesk_session=%E0%A4%A'));
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toMatch(/^\/login/);
    const page = await call(loginLoader, get('/login', 'claimdesk_session=%E0%A4%A'));
    expect(page.status).toBe(200);
  });

  it('answers export names that are properties of every object with 404', async () => {
    for (const file of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const res = await call(exportFileLoader, get(`/exports/${file}`, cookie), { file });
      expect(res.status, file).toBe(404);
    }
  });
});
