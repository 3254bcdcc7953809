import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { startAppServer, ADMIN, type AppServer } from '../helpers/app-server';
import { postChunked } from '../helpers/chunked-post';
import { request } from 'node:http';

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

  const sources = async () => {
    const db = openDatabase(app.databaseUrl.slice('file:'.length));
    const n = await db.selectFrom('source').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await db.destroy();
    return Number(n.n);
  };

  it('refuses a 100 MiB chunked body (no Content-Length) with 413 after reading about 6 MB, and stores nothing', async () => {
    const res = await postChunked(
      `${app.url}/sources`,
      { Origin: app.url, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      'title=Huge&url=https%3A%2F%2Fexample.org%2Fhuge&kind=news&notes=',
      100 * 1024 * 1024,
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatch(/larger than 6 MB/);
    expect(res.sent).toBeLessThan(50 * 1024 * 1024);
    expect(await sources()).toBe(0);
    // The server is still there and answers.
    expect((await fetch(`${app.url}/sources`, { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('refuses a chunked multipart upload over the limit with 413', async () => {
    const boundary = 'chunkedboundary';
    const res = await postChunked(
      `${app.url}/articles/new`,
      { Origin: app.url, Cookie: cookie, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      12 * 1024 * 1024,
    );
    expect(res.status).toBe(413);
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

  it('answers a malformed Host header with 400, not 500', async () => {
    const { port } = new URL(app.url);
    for (const host of ['%E0%A4%A', 'evil example', 'a@b', '[zz]:1']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/articles', headers: { Host: host, Cookie: cookie } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status, host).toBe(400);
    }
  });

  it('gives a 404 page for unknown and non-numeric ids', async () => {
    for (const path of ['/articles/999', '/articles/abc', '/claims/0', '/sources/x1']) {
      const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie } });
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('does not exist');
    }
  });
});
