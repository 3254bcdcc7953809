import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startAppServer, ADMIN, type AppServer } from '../helpers/app-server';
import { browserPath, launchBrowser, signIn } from '../helpers/browser';
import { shot } from '../helpers/screenshot';

describe.skipIf(!browserPath)('review screen layout at 1024 wide', () => {
  let app: AppServer;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startAppServer({ demoArticle: true });
    browser = await launchBrowser();
    page = await browser.newPage();
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('keeps the Export button on one line (its ▾ used to wrap under the word)', async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(`${app.url}/articles/1`);
    const summary = page.locator('.export-menu > summary');
    await expect.poll(() => summary.count()).toBe(1);
    const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
    const box = await summary.boundingBox();
    await shot(page, 'qa-review-1024');
    expect(box!.height).toBeLessThan(lineHeight * 2);
  });

  it('keeps the selected claim\'s status buttons in view while j walks far down the list', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.url}/articles/1?highlight=all`);
    const ids = await page.locator('.claim-list li').evaluateAll((els) => els.map((e) => e.id.replace('item-', '')));
    expect(ids.length).toBeGreaterThan(20);
    await expect.poll(() => page.locator('.claim-list li.selected').getAttribute('id')).toBe(`item-${ids[0]}`);
    for (let i = 1; i <= 19; i++) {
      await page.keyboard.press('j');
      await expect.poll(() => page.locator('.claim-list li.selected').getAttribute('id')).toBe(`item-${ids[i]}`);
    }
    const inView = async (selector: string) => {
      const b = await page.locator(selector).first().boundingBox();
      return !!b && b.y >= 0 && b.y + b.height <= 800;
    };
    await shot(page, 'qa-review-far-down');
    expect(await inView('.claim-panel blockquote')).toBe(true);
    expect(await inView('.claim-list li.selected')).toBe(true);
    expect(await inView('.claim-panel button:has-text("Verified")')).toBe(true);
  });
});
