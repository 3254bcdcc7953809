import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action } from '../../app/routes/articles.new';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { seedText } from '../helpers/seed-article';
import { call, post } from '../helpers/route';

async function articleCount(db: DB) {
  return Number((await db.selectFrom('article').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

function form(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  if (file) f.set('file', new File([Buffer.from(file.bytes)], file.name, { type: file.type ?? 'text/plain' }));
  return f;
}

describe('POST /articles/new', () => {
  let db: DB;
  let cookie: string;
  beforeAll(async () => {
    db = await useTestDb();
    cookie = (await signedIn(db, 'checker')).cookie;
  });

  it('imports pasted text and redirects to the review screen', async () => {
    const res = await call(action, post('/articles/new', cookie, form({ text: seedText, format: 'text' })));
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toMatch(/^\/articles\/\d+$/);
  });

  it('imports an uploaded .md file', async () => {
    const bytes = new TextEncoder().encode('# Floods\n\nMore than 300 people were displaced by the floods, officials said.\n');
    const res = await call(action, post('/articles/new', cookie, form({ text: '', format: 'text' }, { name: 'floods.md', bytes })));
    expect(res.status).toBe(302);
  });

  it.each([
    ['an empty paste', form({ text: '   ', format: 'text' }), 400, /empty/],
    ['a paste of zero-width and no-break spaces', form({ text: '\u200b \u00a0\u2060\n\ufeff', format: 'text' }), 400, /empty/],
    ['a binary upload', form({ text: '' }, { name: 'photo.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }), 415, /binary/],
    ['a PDF', form({ text: '' }, { name: 'report.pdf', bytes: new TextEncoder().encode('%PDF-1.4') }), 415, /\.txt, \.md or \.html/],
    ['a 6 MB upload', form({ text: '' }, { name: 'big.txt', bytes: new Uint8Array(6 * 1024 * 1024).fill(97) }), 413, /5 MB/],
    ['a javascript: URL', form({ text: 'Nine people died.', format: 'text', url: 'javascript:alert(1)' }), 400, /http/],
    ['a broken date', form({ text: 'Nine people died.', format: 'text', publishedAt: '2020-02-31' }), 400, /date/],
  ])('refuses %s with a clear message and stores nothing', async (_name, body, status, message) => {
    const before = await articleCount(db);
    const res = await call(action, post('/articles/new', cookie, body));
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: string };
    expect(json.error).toMatch(message);
    expect(await articleCount(db)).toBe(before);
  });

  it('gives back what the user typed when the import is refused', async () => {
    const res = await call(
      action,
      post('/articles/new', cookie, form({ text: 'My careful paste', format: 'text', url: 'ftp://x', publisher: 'AP' })),
    );
    const json = (await res.json()) as { values: { text: string; publisher: string } };
    expect(json.values.text).toBe('My careful paste');
    expect(json.values.publisher).toBe('AP');
  });

  describe('an uploaded HTML page', () => {
    const page = `<!doctype html><html><head><title>Dam bursts after week of rain</title>
      <meta property="og:site_name" content="The Valley Post">
      <meta property="article:published_time" content="2025-03-14T09:00:00Z">
      <meta name="author" content="Sara Lind">
      <link rel="canonical" href="https://valleypost.example/news/dam-bursts">
      </head><body><article><h1>Dam bursts after week of rain</h1>
      <p>A dam on the upper river burst on Sunday, flooding four towns and forcing about 6,000 people from their homes, the civil protection agency said.</p>
      <p>Engineers had warned for years that the dam needed repairs, and the regional government said it would open an inquiry into the collapse.</p>
      </article></body></html>`;
    const upload = (fields: Record<string, string>) =>
      form({ text: '', ...fields }, { name: 'dam.html', bytes: new TextEncoder().encode(page), type: 'text/html' });
    const stored = (location: string | null) =>
      db
        .selectFrom('article')
        .select(['url', 'publisher', 'publishedAt', 'author'])
        .where('id', '=', Number(location?.split('/').pop()))
        .executeTakeFirstOrThrow();

    it('fills publisher, date, author and canonical URL from its metadata when the form leaves them empty', async () => {
      const res = await call(action, post('/articles/new', cookie, upload({})));
      expect(res.status).toBe(302);
      expect(await stored(res.headers.get('Location'))).toEqual({
        url: 'https://valleypost.example/news/dam-bursts',
        publisher: 'The Valley Post',
        publishedAt: '2025-03-14',
        author: 'Sara Lind',
      });
    });

    it('keeps what the user typed over the page metadata', async () => {
      const res = await call(
        action,
        post('/articles/new', cookie, upload({ publisher: 'Wire desk', publishedAt: '2025-03-15', url: 'https://mirror.example/dam' })),
      );
      expect(res.status).toBe(302);
      expect(await stored(res.headers.get('Location'))).toEqual({
        url: 'https://mirror.example/dam',
        publisher: 'Wire desk',
        publishedAt: '2025-03-15',
        author: 'Sara Lind',
      });
    });
  });

  it('sends an anonymous visitor to the sign-in page', async () => {
    const res = await call(action, post('/articles/new', null, form({ text: seedText })));
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toMatch(/^\/login/);
  });
});
