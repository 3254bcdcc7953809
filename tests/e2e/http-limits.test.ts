import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { startAppServer, ADMIN, type AppServer } from '../helpers/app-server';

describe('bad input over real HTTP', () => {
  let app: AppServer;
  let cookie: string;
  beforeAll(async () => {
    app = await startAppServer();
    const res = await fetch(`${app.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: app.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: ADMIN.email, password: ADMIN.password }),
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  });
  afterAll(async () => {
    await app?.stop();
  });

  const articles = async () => {
    const db = openDatabase(app.databaseUrl.slice('file:'.length));
    const n = await db.selectFrom('article').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await db.destroy();
    return Number(n.n);
  };

  it('refuses a 7 MB upload with 413 before reading it, and stores nothing', async () => {
    const form = new FormData();
    form.set('file', new File([Buffer.alloc(7 * 1024 * 1024, 'a')], 'huge.txt', { type: 'text/plain' }));
    const res = await fetch(`${app.url}/articles/new`, { method: 'POST', headers: { Origin: app.url, Cookie: cookie }, body: form });
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/5 MB/);
    expect(await articles()).toBe(0);
  });

  it('answers an import of binary bytes with a 415 page that says why', async () => {
    const form = new FormData();
    form.set('file', new File([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], 'photo.txt', { type: 'text/plain' }));
    const res = await fetch(`${app.url}/articles/new`, { method: 'POST', headers: { Origin: app.url, Cookie: cookie }, body: form });
    expect(res.status).toBe(415);
    expect(await res.text()).toContain('looks like a binary file');
    expect(await articles()).toBe(0);
  });

  it('gives a 404 page for unknown and non-numeric ids', async () => {
    for (const path of ['/articles/999', '/articles/abc', '/claims/0', '/sources/x1']) {
      const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie } });
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('does not exist');
    }
  });
});
