import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startAppServer, ADMIN, type AppServer } from '../helpers/app-server';
import { browserPath, launchBrowser, signIn } from '../helpers/browser';
import { seedText } from '../helpers/seed-article';
import { shot } from '../helpers/screenshot';

/** Resolves when the server has answered a status save for the claim (the page shows it before that). */
function statusSaved(page: Page, claimId: string | null): Promise<unknown> {
  return page
    .waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.replace(/\.data$/, '') === `/claims/${claimId}` && r.status() === 200,
      { timeout: 20_000 },
    )
    .catch(() => {
      throw new Error(`no status save for claim ${claimId} was answered with 200`);
    });
}

describe.skipIf(!browserPath)('review in Chromium', () => {
  let app: AppServer;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('imports the seed article through the form and shows its claims highlighted', async () => {
    await page.goto(`${app.url}/articles/new`);
    await page.getByLabel('Article text').fill(seedText);
    await page.getByRole('button', { name: 'Import and extract claims' }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    await expect.poll(() => page.locator('mark.claim').count()).toBeGreaterThan(10);
    await expect.poll(() => page.locator('.article-text').innerText()).toContain('948,000 people have been displaced');
    expect(await page.locator('.figure', { hasText: '948,000' }).count()).toBe(1);
    await shot(page, 'review');
    // The key tests below count every claim's highlight: show them all (by default only check-worthy and worked-on ones).
    await page.goto(`${page.url()}?highlight=all`);
    await expect.poll(() => page.getByRole('link', { name: /Highlight only/ }).count()).toBe(1);
  });

  it('moves between claims with j and k', async () => {
    const selected = () => page.locator('mark.claim.selected').getAttribute('data-claim-id');
    const first = await selected();
    await page.keyboard.press('j');
    await expect.poll(selected).not.toBe(first);
    const second = await selected();
    await page.keyboard.press('j');
    await expect.poll(selected).not.toBe(second);
    await page.keyboard.press('k');
    await expect.poll(selected).toBe(second);
    expect(page.url()).toContain(`claim=${second}`);
  });

  it('keeps up with fast keys: each key acts on the claim shown when it is pressed', async () => {
    const ids = await page.locator('mark.claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')));
    await page.locator('.claim-list a').nth(5).click();
    await expect.poll(() => page.locator('mark.claim.selected').getAttribute('data-claim-id')).toBe(ids[5]);
    // No waiting between keys: 5 (misleading), j, j, j, 4 (false).
    // The highlights change at once (optimistic); wait for both saves to be answered before reloading,
    // or the reload's page may be read before the second save is written.
    const saves = [ids[5], ids[8]].map((id) => statusSaved(page, id));
    // A busy machine (CI, an old laptop) renders late; slow the page's CPU so the keys outrun React.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    for (const key of ['5', 'j', 'j', 'j', '4']) await page.keyboard.press(key);
    await expect.poll(() => page.locator('mark.claim.selected').getAttribute('data-claim-id')).toBe(ids[8]);
    await Promise.all(saves);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.reload();
    const statusOf = (id: string | null) => page.locator(`mark[data-claim-id="${id}"]`).getAttribute('data-status');
    await expect.poll(() => statusOf(ids[5])).toBe('misleading');
    expect(await statusOf(ids[6])).toBe('unreviewed');
    expect(await statusOf(ids[8])).toBe('false');
    // Put them back so the later steps start from a clean article.
    for (const i of [5, 8]) {
      await page.locator('.claim-list a').nth(i).click();
      await expect.poll(() => page.locator('mark.claim.selected').getAttribute('data-claim-id')).toBe(ids[i]);
      await page.keyboard.press('1');
      await expect.poll(() => statusOf(ids[i])).toBe('unreviewed');
    }
    await page.locator('.claim-list a').first().click();
    await expect.poll(() => page.locator('mark.claim.selected').getAttribute('data-claim-id')).toBe(ids[0]);
  });

  it('sets the status with a digit key and the highlight changes colour', async () => {
    // The previous step selected the first claim: wait for that state before reading it.
    const id = await page.locator('mark.claim').first().getAttribute('data-claim-id');
    await expect.poll(() => page.locator('mark.claim.selected').getAttribute('data-claim-id')).toBe(id);
    const mark = page.locator(`mark[data-claim-id="${id}"]`);
    const before = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    const saved = statusSaved(page, id);
    await page.keyboard.press('3');
    await expect.poll(() => page.locator(`mark[data-claim-id="${id}"]`).getAttribute('data-status')).toBe('verified');
    await saved;
    const after = await page.locator(`mark[data-claim-id="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(after).not.toBe(before);
    // It was saved, not only shown: a reload still has it.
    await page.reload();
    expect(await page.locator(`mark[data-claim-id="${id}"]`).getAttribute('data-status')).toBe('verified');
    await expect.poll(() => page.locator('.claim-panel [data-kind=status]').innerText()).toBe('Verified');
  });

  it('opens the selected claim with o, sets its status with a digit there and finds the evidence form with a', async () => {
    const id = await page.locator('mark.claim.selected').getAttribute('data-claim-id');
    await page.keyboard.press('o');
    await page.waitForURL(new RegExp(`/claims/${id}$`));
    await page.keyboard.press('6');
    await expect.poll(() => page.locator('.claim-panel [data-kind=status]').innerText()).toBe('Unverifiable');
    await page.keyboard.press('a');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search the source library');
    await page.goBack();
    await page.waitForURL(/\/articles\/\d+/);
  });

  it('sets the status by clicking a button on the claim page', async () => {
    await page.locator('.claim-list a').nth(3).click();
    await page.getByRole('link', { name: 'Open claim page' }).click();
    await page.waitForURL(/\/claims\/\d+$/);
    await page.getByRole('button', { name: /Misleading/ }).click();
    await expect.poll(() => page.locator('.claim-panel [data-kind=status]').innerText()).toBe('Misleading');
    await shot(page, 'claim');
    await page.getByRole('link', { name: /^History/ }).click();
    await expect.poll(() => page.locator('.timeline').innerText()).toContain('Status: Unreviewed → Misleading');
  });

  it('finds the displaced claim through search', async () => {
    await page.goto(`${app.url}/search`);
    await page.getByLabel('Search').fill('displaced 948,000');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=displaced/);
    const hit = page.getByRole('region', { name: 'Matching claims' }).locator('li', { hasText: '948,000' }).first();
    await expect.poll(() => hit.locator('mark').first().innerText()).toMatch(/displaced|948/);
    await shot(page, 'search');
    await hit.locator('a').first().click();
    await page.waitForURL(/\/articles\/\d+\?claim=\d+/);
    expect(await page.locator('.claim-panel blockquote').innerText()).toContain('948,000');
  });

  it('lists the article with its review progress', async () => {
    await page.goto(`${app.url}/articles`);
    const row = page.locator('table.grid tbody tr').first();
    await expect.poll(() => row.innerText()).toMatch(/2\/\d+ reviewed/);
    await shot(page, 'articles');
    await page.goto(`${app.url}/articles/new`);
    await shot(page, 'import');
  });

  it('logged no errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
