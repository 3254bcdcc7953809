import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ADMIN, startAppServer, type AppServer } from '../helpers/app-server';
import { browserPath, launchBrowser, signIn } from '../helpers/browser';
import { shot } from '../helpers/screenshot';

describe.skipIf(!browserPath)('competing figures in Chromium', () => {
  let app: AppServer;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppServer({ demoArticle: true });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const suggestion = (text: string) => page.locator('li.suggestion', { hasText: text });

  it('lists the seed article groups as suggestions with their verdicts', async () => {
    await page.getByRole('link', { name: 'Measures', exact: true }).click();
    await page.waitForURL(`${app.url}/measures`);
    await expect.poll(() => suggestion('948,000 people').count()).toBe(1);
    expect(await suggestion('948,000 people').locator('.verdict').innerText()).toMatch(/consistent/i);
    expect(await suggestion('Nine civilians').locator('.verdict').innerText()).toMatch(/conflicting/i);
    expect(await suggestion('More than 300 civilians').locator('.verdict').innerText()).toMatch(/consistent/i);
    expect(await suggestion('thousands of troops').locator('.verdict').innerText()).toMatch(/consistent/i);
    await shot(page, 'measures-suggestions');
  });

  it('accepting the displaced group shows three bars with a consistent verdict', async () => {
    const card = suggestion('948,000 people');
    await card.getByLabel('Label').fill('People displaced in Idlib since 1 Dec 2019');
    await card.getByRole('button', { name: 'Accept' }).click();
    await page.waitForURL(/\/measures\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('People displaced in Idlib since 1 Dec 2019');
    expect(await page.locator('.verdict-line .verdict').innerText()).toMatch(/consistent/i);
    const chart = page.getByRole('img', { name: /Range chart: People displaced/ });
    expect(await chart.locator('g.bar').count()).toBe(3);
    const rows = await page.locator('table.measure-figures tbody tr td:nth-child(2)').allInnerTexts();
    expect(rows).toEqual(['948,000 people', 'nearly a million people', 'Nearly a million Syrians']);

    // The accepted estimate: a band on the chart, and each figure says whether it agrees.
    await page.locator('summary', { hasText: 'Edit measure' }).click();
    await page.getByLabel('Accepted low').fill('900,000');
    await page.getByLabel('Accepted high').fill('1,000,000');
    await page.getByLabel('Rationale').fill('U.N. OCHA count of 948,000; other figures round it up.');
    await page.getByRole('button', { name: 'Save measure' }).click();
    await expect.poll(() => page.locator('.range-chart .accepted-band').count()).toBe(1);
    expect(await page.locator('td.agreement').allInnerTexts()).toEqual(['agrees', 'agrees', 'agrees']);
    await shot(page, 'measure-displaced');
  });

  it('the 9 vs at-least-21 civilians pair is conflicting and names the disjoint pair', async () => {
    await page.goto(`${app.url}/measures`);
    await suggestion('Nine civilians').getByRole('button', { name: 'Accept' }).click();
    await page.waitForURL(/\/measures\/\d+$/);
    expect(await page.locator('.verdict-line').innerText()).toMatch(/conflicting[\s\S]*Nine civilians vs #2 at least 21 civilians/i);
    expect(await page.locator('.range-chart g.bar-disjoint').count()).toBe(2);
    await shot(page, 'measure-conflicting');
  });

  it('the review screen shows each figure’s measure and agreement with the accepted estimate', async () => {
    await page.goto(`${app.url}/articles`);
    await page.getByRole('link', { name: /Opposition fighters retake Saraqeb/ }).click();
    await page.locator('.claim-list a', { hasText: '948,000' }).click();
    const cell = page.locator('.claim-panel td.figure-measure').first();
    await expect.poll(() => cell.innerText()).toContain('People displaced in Idlib since 1 Dec 2019');
    expect(await cell.innerText()).toContain('agrees with accepted 900,000 – 1,000,000');
    await page.locator('.claim-panel').scrollIntoViewIfNeeded();
    await shot(page, 'review-figure-measure');
  });

  it('an editor switches to ACLED conventions and vague figures are re-read', async () => {
    await page.goto(`${app.url}/measures/conventions`);
    await page.getByLabel(/ACLED-style/).check();
    await page.getByRole('button', { name: 'Use these conventions' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/\d+ figures re-read/);
    await shot(page, 'conventions');
    expect(pageErrors).toEqual([]);
  });
});
