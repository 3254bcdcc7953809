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
    // "More than 300" excludes 300: it reads "> 300" here as on the claim page, not "≥ 300".
    expect(await suggestion('More than 300 civilians').locator('tr', { hasText: 'More than 300 civilians' }).locator('td.num').innerText()).toBe('> 300');
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

  it('a member whose claim is dismissed stays listed, flagged, and out of the verdict until it is restored', async () => {
    const measureUrl = page.url();
    await page.locator('table.measure-figures a', { hasText: 'at least 21 civilians' }).click();
    await page.waitForURL(/\/claims\/\d+$/);
    const claimUrl = page.url();
    await page.getByRole('button', { name: 'Not a claim: dismiss' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Restore claim' }).count()).toBe(1);
    await page.goto(measureUrl);
    expect(await page.locator('.verdict-line').innerText()).not.toMatch(/conflicting/i);
    expect(await page.locator('.verdict-line').innerText()).toMatch(/1 figure of removed claims not counted/);
    expect(await page.locator('.range-chart g.bar').count()).toBe(1);
    expect(await page.locator('table.measure-figures tr.removed').innerText()).toMatch(/at least 21 civilians[\s\S]*claim removed: not counted until it is restored/);
    await shot(page, 'measure-member-removed');
    await page.goto(claimUrl);
    await page.getByRole('button', { name: 'Restore claim' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Not a claim: dismiss' }).count()).toBe(1);
    await page.goto(measureUrl);
    expect(await page.locator('.verdict-line').innerText()).toMatch(/conflicting/i);
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

  it('creates a measure by hand on /measures and attaches a candidate figure with a click', async () => {
    await page.goto(`${app.url}/measures`);
    await page.locator('summary', { hasText: 'New measure' }).click();
    const form = page.locator('form.new-measure-form');
    await form.getByLabel('Label').fill('Civilians killed in Idlib since December');
    await form.getByLabel('Place').fill('Idlib');
    await form.getByLabel('From').fill('2019-12-01');
    await form.getByLabel('Accepted low').fill('400');
    await form.getByLabel('Accepted high').fill('300');
    await form.getByLabel('Rationale').fill('SOHR count to 26 February');
    await form.getByRole('button', { name: 'Create measure' }).click();
    // low > high: refused with the field named, the values kept.
    await expect.poll(() => form.locator('.field-error').innerText()).toMatch(/High must not be below low/);
    expect(await form.getByLabel('Label').inputValue()).toBe('Civilians killed in Idlib since December');
    await shot(page, 'measures-new');
    await form.getByLabel('Accepted low').fill('300');
    await form.getByLabel('Accepted high').fill('400');
    await form.getByRole('button', { name: 'Create measure' }).click();
    await page.waitForURL(/\/measures\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Civilians killed in Idlib since December');
    expect(await page.locator('.byline').innerText()).toMatch(/Idlib · 2019-12-01 to …/);

    // Candidates: killed figures first, each with its article and an Attach button.
    const candidate = page.locator('tr.candidate', { hasText: 'More than 300 civilians' });
    await expect.poll(() => candidate.count()).toBe(1);
    expect(await candidate.locator('.origin').innerText()).toContain('Opposition fighters retake Saraqeb');
    expect(await candidate.locator('.reason').innerText()).toMatch(/same event \(killed\)/);
    expect(await candidate.locator('td.num').innerText()).toBe('> 300');
    await candidate.getByRole('button', { name: /^Attach More than 300 civilians/ }).click();
    await expect.poll(() => page.locator('table.measure-figures tbody tr td:nth-child(2)').allInnerTexts()).toEqual(['More than 300 civilians']);
    expect(await page.locator('tr.candidate', { hasText: 'More than 300 civilians' }).count()).toBe(0);
    expect(await page.locator('table.measure-figures td.grade').allInnerTexts()).toEqual(['News report (article)']);
    expect(await page.locator('td.agreement').allInnerTexts()).toEqual(['agrees']);

    // The search box finds figures of other kinds by text or article title.
    await page.getByRole('searchbox', { name: 'Search figures' }).fill('troops');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('tr.candidate', { hasText: 'thousands of troops' }).count()).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search figures' }).fill('');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('tr.candidate').count()).toBeGreaterThan(0);
    await shot(page, 'measure-by-hand');
    await page.locator('#candidates').scrollIntoViewIfNeeded();
    await shot(page, 'measure-candidates');
  });

  it('the claim panel starts a new measure from a figure that has none', async () => {
    await page.goto(`${app.url}/articles`);
    await page.getByRole('link', { name: /Opposition fighters retake Saraqeb/ }).click();
    await page.locator('.claim-list a', { hasText: 'Turkish soldiers' }).first().click();
    const link = page.locator('.claim-panel td.figure-measure').getByRole('link', { name: 'New measure from this figure' }).first();
    await link.click();
    await page.waitForURL(/\/measures\?new=1&figure=\d+$/);
    const form = page.locator('form.new-measure-form');
    await expect.poll(() => form.locator('.starting-figure').innerText()).toMatch(/Starts with .*Turkish soldiers/);
    expect(await form.getByLabel('Label').inputValue()).toMatch(/killed$/);
    await form.getByLabel('Label').fill('Turkish soldiers killed in Idlib in February');
    await form.getByRole('button', { name: 'Create measure' }).click();
    await page.waitForURL(/\/measures\/\d+$/);
    expect(await page.locator('table.measure-figures tbody tr td:nth-child(2)').allInnerTexts()).toEqual([expect.stringMatching(/Turkish soldiers/)]);
    // A figure found by search, three orders of magnitude away: the chart goes logarithmic, bars inside the plot.
    await page.getByRole('searchbox', { name: 'Search figures' }).fill('thousands of troops');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=thousands/);
    await page.locator('tr.candidate', { hasText: 'thousands of troops' }).first().getByRole('button', { name: /^Attach/ }).click();
    await expect.poll(() => page.locator('table.measure-figures tbody tr').count()).toBe(2);
    expect(await page.locator('.range-chart .scale-note').textContent()).toBe('log scale');
    await shot(page, 'measure-log');
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
