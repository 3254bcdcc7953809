import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startAppServer, type AppServer } from '../helpers/app-server';

/** Signs in over HTTP and returns the session cookie. */
async function signIn(app: AppServer): Promise<string> {
  const res = await fetch(`${app.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: app.url, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: ADMIN.email, password: ADMIN.password }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

describe('a hostile import does not stop the server', () => {
  let app: AppServer;
  let cookie: string;
  beforeAll(async () => {
    app = await startAppServer();
    cookie = await signIn(app);
  });
  afterAll(() => app?.stop());

  const importHtml = (html: string) => {
    const form = new FormData();
    form.set('file', new File([html], 'page.html', { type: 'text/html' }));
    return fetch(`${app.url}/articles/new`, { method: 'POST', headers: { Origin: app.url, Cookie: cookie }, body: form, redirect: 'manual' });
  };

  it('answers 5,000 nested elements with a 422 that says why', async () => {
    const res = await importHtml(`<html><body>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</body></html>`);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('nests its elements more than 150 deep');
  });

  it('keeps answering pages while a slow page is being read', async () => {
    // Within the limits, but seconds of Readability work on the worker thread.
    const block = `${'<div>'.repeat(145)}<p>The governor said 61 schools stayed shut on Monday.</p>${'</div>'.repeat(145)}`;
    let importDone = false;
    const slowImport = importHtml(`<html><body>${block.repeat(60)}</body></html>`).then((r) => {
      importDone = true;
      return r;
    });
    // Pages asked for while the import is in flight answer before it ends.
    const answeredDuringImport: number[] = [];
    while (!importDone && answeredDuringImport.length < 5) {
      const page = await fetch(`${app.url}/articles`, { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      await page.text();
      if (!importDone) answeredDuringImport.push(page.status);
    }
    expect(answeredDuringImport.length).toBeGreaterThanOrEqual(3);
    expect([302, 422]).toContain((await slowImport).status);
  });
});
