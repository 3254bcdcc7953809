import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openDatabase, type DB } from '../../db/connection';
import { listClaimsOfArticle } from '../../app/models/claim.server';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { browserPath, launchBrowser, signIn } from '../helpers/browser';
import { seedExportFixture } from '../helpers/export-fixture';
import { PASSWORD } from '../helpers/users';
import { shot } from '../helpers/screenshot';

const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!browserPath)('an editor exports the seed article from the browser', () => {
  let app: AppServer;
  let db: DB;
  let browser: BrowserContext;
  let page: Page;
  let articleId: number;
  let signedOff: string[];

  beforeAll(async () => {
    app = await startAppServer();
    db = openDatabase(app.databaseUrl.slice('file:'.length));
    ({ articleId } = await seedExportFixture(db));
    signedOff = (await listClaimsOfArticle(db, articleId)).filter((c) => c.signoff === 'approved').map((c) => c.text);
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await app?.stop();
  });

  it('downloads the Markdown from the Export menu', async () => {
    await signIn(page, app.url, 'eda@example.test', PASSWORD);
    await page.goto(`${app.url}/articles/${articleId}`);
    await page.locator('summary', { hasText: 'Export' }).click();
    await shot(page, 'export-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^claimdesk-article-${articleId}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# Opposition fighters retake Saraqeb/);
    for (const text of signedOff) expect(md).toContain(text.slice(0, 40));
    expect(md).toContain('by Eda Editor');
  });

  it('exports ClaimReview for the page the fact-check is published on, named in the Export menu', async () => {
    await page.getByLabel(/Page the fact-check is published on/).fill('https://factcheck.example/2020/saraqeb-figures');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ClaimReview' }).click()]);
    const reviews = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const list = Array.isArray(reviews) ? reviews : (reviews['@graph'] ?? [reviews]);
    expect(list.length).toBe(signedOff.length);
    for (const r of list) expect(r.url).toMatch(/^https:\/\/factcheck\.example\/2020\/saraqeb-figures#claim-\d+$/);
    await page.getByLabel(/Page the fact-check is published on/).fill('');
  });

  it('opens the print view in a new tab and prints every signed-off claim to PDF', async () => {
    const [print] = await Promise.all([browser.waitForEvent('page'), page.getByRole('button', { name: 'Print view' }).click()]);
    await print.waitForLoadState('load');
    expect(print.url()).toContain(`/articles/${articleId}/export.html?`);
    expect(await print.locator('section.claim').count()).toBe(signedOff.length);
    mkdirSync('tmp/screenshots', { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      const file = `tmp/screenshots/export-${format.toLowerCase()}.pdf`;
      await print.pdf({ path: file, format, printBackground: true });
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      if (!pdftotext) {
        if (process.env.CI) throw new Error("pdftotext is missing: apt-get install -y poppler-utils");
        continue;
      }
      const text = squash(execFileSync(pdftotext, ['-layout', file, '-'], { encoding: 'utf8', timeout: 60_000 }));
      for (const claim of signedOff) expect(text, format).toContain(squash(claim));
      expect(text).toContain('Exported');
      expect(text).toContain('Eda Editor');
    }
    await print.close();
  });

  it('does not offer exports to a checker', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, app.url, 'chris@example.test', PASSWORD);
    await page.goto(`${app.url}/articles/${articleId}`);
    expect(await page.locator('summary', { hasText: 'Export' }).count()).toBe(0);
    const res = await page.goto(`${app.url}/articles/${articleId}/export.md`);
    expect(res?.status()).toBe(403);
  });
});
