import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { startAppServer, ADMIN, type AppServer } from '../helpers/app-server';
import { browserPath, launchBrowser, signIn } from '../helpers/browser';
import { shot } from '../helpers/screenshot';

const STORY = [
  'Hail flattens orchards in the north',
  '',
  'TRENTO, Italy, May 9 (Wire) - A hailstorm destroyed about 600 hectares of apple orchards on Sunday, the farmers’ union said.',
  'The regional council put the damage at 12 million euros and promised help within a month.',
].join('\n');

describe.skipIf(!browserPath)('importing an article in Chromium', () => {
  let app: AppServer;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startAppServer({ demoArticle: false });
    browser = await launchBrowser();
    page = await browser.newPage();
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('keeps the import button busy until the new article has opened, so a second click imports nothing twice; keeps the dateline', async () => {
    await page.goto(`${app.url}/articles/new`);
    await page.getByLabel('Article text').fill(STORY);
    // Hold the new article's page (a large article takes seconds to load) until the second click was tried.
    const held: Route[] = [];
    await page.route(/\/articles\/\d+(\.data)?(\?.*)?$/, (route) => {
      if (route.request().method() === 'GET') held.push(route);
      else void route.continue();
    });
    const button = page.getByRole('button', { name: /Import and extract claims|Importing|Opening the article/ });
    await button.click();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await button.innerText()).toBe('Opening the article…');
    expect(await button.isDisabled()).toBe(true);
    await button.click({ force: true });
    await shot(page, 'import-opening');
    for (const route of held) await route.continue();
    await page.unroute(/\/articles\/\d+(\.data)?(\?.*)?$/);
    await page.waitForURL(/\/articles\/\d+$/);
    // The dateline left the text but not the article: where and when it was filed.
    await expect.poll(() => page.locator('.byline .dateline').innerText()).toBe('Filed: TRENTO, Italy, May 9 (Wire)');
    expect(await page.locator('.article-text').innerText()).not.toContain('TRENTO');
    await shot(page, 'import-dateline');
    await page.goto(`${app.url}/articles`);
    await expect.poll(() => page.locator('table.grid tbody tr', { hasText: 'Hail flattens orchards' }).count()).toBe(1);
  });
});
