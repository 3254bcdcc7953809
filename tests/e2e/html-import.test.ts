import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPath } from '../helpers/browser';
import { useSignedInBrowser } from '../helpers/signed-in-browser';
import { shot } from '../helpers/screenshot';

const PAGE = `<!doctype html><html><head><title>Dam bursts after week of rain - The Valley Post</title>
  <meta property="og:site_name" content="The Valley Post">
  <meta name="author" content="Sara Lind">
  <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-14T09:00:00Z"}</script>
  <link rel="canonical" href="https://valleypost.example/news/dam-bursts">
  </head><body><nav><a href="/">Home</a></nav><article><h1>Dam bursts after week of rain</h1>
  <p>A dam on the upper river burst on Sunday, flooding four towns and forcing about 6,000 people from their homes, the civil protection agency said.</p>
  <figure><figcaption>Residents wade through a flooded street. (AP Photo/Luis Mora)</figcaption></figure>
  <p>Engineers had warned for years that the dam needed repairs, and the regional government said it would open an inquiry into the collapse.</p>
  </article></body></html>`;

describe.skipIf(!browserPath)('importing an HTML page in Chromium', () => {
  const s = useSignedInBrowser({ demoArticle: false });

  it('shows the publisher, author, date and original link the page names, without its caption', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimdesk-html-')), 'dam.html');
    writeFileSync(file, PAGE);
    await s.page.goto(`${s.app.url}/articles/new`);
    await s.page.setInputFiles('input[name="file"]', file);
    await s.page.getByRole('button', { name: 'Import and extract claims' }).click();
    await s.page.waitForURL(/\/articles\/\d+$/);
    const byline = s.page.locator('.byline');
    await expect.poll(() => byline.innerText()).toContain('The Valley Post · by Sara Lind · 2025-03-14');
    expect(await byline.locator('a', { hasText: 'original' }).getAttribute('href')).toBe('https://valleypost.example/news/dam-bursts');
    expect(await s.page.locator('.article-text').innerText()).not.toContain('Residents wade');
    await shot(s.page, 'html-import-byline');
  });

  it('refuses a file over 5 MB beside its field before uploading it, keeping what was typed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimdesk-big-')), 'big.txt');
    writeFileSync(file, 'The council said 40 roads were shut. '.repeat(170_000)); // about 6.3 MB
    await s.page.goto(`${s.app.url}/articles/new`);
    await s.page.getByLabel('Publisher').fill('The Valley Post');
    await s.page.setInputFiles('input[name="file"]', file);
    await s.page.getByRole('button', { name: 'Import and extract claims' }).click();
    await expect.poll(() => s.page.locator('#file-error').innerText()).toContain('larger than the 5 MB limit');
    expect(s.page.url()).toBe(`${s.app.url}/articles/new`);
    expect(await s.page.getByLabel('Publisher').inputValue()).toBe('The Valley Post');
    await shot(s.page, 'import-file-too-large');
  });
});
