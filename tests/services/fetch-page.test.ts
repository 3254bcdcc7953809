import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, FetchRefusedError } from '../../app/services/fetch-page.server';
import { startPageServer } from '../helpers/page-server';

describe('fetchPage', () => {
  let site: Awaited<ReturnType<typeof startPageServer>>;
  let allow: Set<string>;
  beforeAll(async () => {
    site = await startPageServer();
    allow = new Set([site.hostPort]);
  });
  afterAll(() => site.close());

  it('fetches a page with its evidence: bytes, type, final URL, status, SHA-256', async () => {
    site.page('/story', '<html><body><p>More than 300 civilians died.</p></body></html>');
    const page = await fetchPage(site.url('/story#top'), { allow, now: () => new Date('2026-12-02T10:00:00Z') });
    expect(page.status).toBe(200);
    expect(page.finalUrl).toBe(site.url('/story'));
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.bytes.toString()).toContain('More than 300');
    expect(page.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(page.fetchedAt.toISOString()).toBe('2026-12-02T10:00:00.000Z');
  });

  it('refuses a loopback address that is not on the allow list, before connecting', async () => {
    const before = site.requests.length;
    const refused = fetchPage(site.url('/story'), { allow: new Set() });
    await expect(refused).rejects.toBeInstanceOf(FetchRefusedError);
    await expect(fetchPage(site.url('/story'), { allow: new Set() })).rejects.toThrow(/127\.0\.0\.1, a loopback address/);
    expect(site.requests.length).toBe(before);
  });

  it('refuses a name that resolves to a private or metadata address, and one with any private answer', async () => {
    const resolve = async (name: string) =>
      name === 'evil.example'
        ? [{ address: '169.254.169.254', family: 4 }]
        : [{ address: '93.184.215.14', family: 4 }, { address: '10.0.0.5', family: 4 }];
    await expect(fetchPage('http://evil.example/', { allow: new Set(), resolve })).rejects.toThrow(/169\.254\.169\.254, a metadata address/);
    await expect(fetchPage('http://mixed.example/', { allow: new Set(), resolve })).rejects.toThrow(/10\.0\.0\.5, a private address/);
    await expect(fetchPage('http://[::ffff:127.0.0.1]/', { allow: new Set() })).rejects.toThrow(/loopback/);
  });

  it('connects to the address it checked, not to what the name resolves to later (no rebinding)', async () => {
    let calls = 0;
    // First answer: the allowed local server; any later answer would point elsewhere.
    const resolve = async () => (calls++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.9.9.9', family: 4 }]);
    const page = await fetchPage(`http://pinned.test:${site.port}/story`, { allow: new Set([`pinned.test:${site.port}`]), resolve });
    expect(page.status).toBe(200);
    expect(calls).toBe(1);
  });

  it('follows up to 5 redirects, re-checking each hop, and refuses a sixth', async () => {
    for (let i = 1; i <= 6; i++) {
      site.pages.set(`/r${i}`, (_req, res) => res.writeHead(302, { Location: i === 6 ? '/story' : `/r${i + 1}` }).end());
    }
    const page = await fetchPage(site.url('/r2'), { allow });
    expect(page.finalUrl).toBe(site.url('/story'));
    await expect(fetchPage(site.url('/r1'), { allow })).rejects.toThrow(/more than 5 times/);
    // A redirect to a private address is refused at that hop.
    site.pages.set('/to-metadata', (_req, res) => res.writeHead(301, { Location: 'http://169.254.169.254/latest/meta-data/' }).end());
    await expect(fetchPage(site.url('/to-metadata'), { allow })).rejects.toThrow(/metadata address/);
    site.pages.set('/to-file', (_req, res) => res.writeHead(301, { Location: 'file:///etc/passwd' }).end());
    await expect(fetchPage(site.url('/to-file'), { allow })).rejects.toThrow(/file: which is not fetched/);
  });

  it('counts the bytes read: a body over the limit is cut off, declared or not, compressed or not', async () => {
    site.pages.set('/big', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('x'.repeat(600));
      res.end('y'.repeat(600));
    });
    await expect(fetchPage(site.url('/big'), { allow, maxBytes: 1000 })).rejects.toThrow(/larger than/);
    site.pages.set('/bomb', (_req, res) => res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(gzipSync(Buffer.alloc(100_000, 32))));
    await expect(fetchPage(site.url('/bomb'), { allow, maxBytes: 10_000 })).rejects.toThrow(/larger than/);
    site.pages.set('/gz', (_req, res) => res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'text/plain' }).end(gzipSync('hello')));
    expect((await fetchPage(site.url('/gz'), { allow })).bytes.toString()).toBe('hello');
  });

  it('gives up after the time limit', async () => {
    site.pages.set('/slow', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<p>start');
    });
    await expect(fetchPage(site.url('/slow'), { allow, timeoutMs: 300 })).rejects.toThrow(/longer than/);
  });

  it('refuses an error answer and what is not http(s)', async () => {
    await expect(fetchPage(site.url('/missing'), { allow })).rejects.toThrow(/answered 404/);
    await expect(fetchPage('ftp://example.org/a', { allow })).rejects.toThrow(/Only http/);
    await expect(fetchPage('http://user:pw@example.org/', { allow })).rejects.toThrow(/user name or password/);
  });
});
