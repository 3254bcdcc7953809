import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openDatabase, type DB } from '../../db/connection';
import { createUser } from '../../app/services/auth.server';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { browserPath, launchBrowser, signIn } from '../helpers/browser';
import { shot } from '../helpers/screenshot';

const CHECKER = { email: 'checker@example.test', password: 'checker password 1' };
const EDITOR = { email: 'editor@example.test', password: 'editor password 1' };

describe.skipIf(!browserPath)('verification workflow in Chromium', () => {
  let app: AppServer;
  let db: DB;
  let browser: BrowserContext;
  let page: Page;
  let claimUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startAppServer({ demoArticle: true });
    db = openDatabase(app.databaseUrl.slice('file:'.length));
    await createUser(db, { ...CHECKER, name: 'Chris Checker', role: 'checker' }, new Date());
    await createUser(db, { ...EDITOR, name: 'Eda Editor', role: 'editor' }, new Date());
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
    await app?.stop();
  });

  /** Clicks and waits until the save is in the claim's history (the header counts revisions). */
  async function saveWith(click: () => Promise<void>) {
    const count = async () => Number(/History \((\d+)\)/.exec(await page.locator('.page-head').innerText())?.[1] ?? -1);
    const before = await count();
    await click();
    await expect.poll(count).toBeGreaterThan(before);
  }

  it('a checker works the 948,000 claim up to a proposed verdict with two sources', async () => {
    await signIn(page, app.url, CHECKER.email, CHECKER.password);
    await page.getByRole('link', { name: /Opposition fighters retake Saraqeb/ }).click();
    await page.locator('.claim-list a', { hasText: '948,000' }).click();
    await page.getByRole('link', { name: 'Open claim page' }).click();
    await page.waitForURL(/\/claims\/\d+$/);
    claimUrl = page.url();

    await saveWith(() => page.getByRole('button', { name: 'Assign to me' }).click());
    await expect.poll(() => page.getByLabel('Assignee').inputValue()).not.toBe('');
    await saveWith(() => page.getByRole('button', { name: /In progress/ }).click());
    await expect.poll(() => page.locator('.claim-panel [data-kind=status]').innerText()).toBe('In progress');

    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.getByLabel('URL', { exact: true }).fill('https://reliefweb.int/report/syria/flash-update-9');
    await evidence.getByLabel('Title').fill('Flash Update #9: north-west Syria');
    await evidence.getByLabel('Publisher').fill('OCHA');
    await evidence.getByLabel('Figure the source gives').fill('948,000 people displaced');
    await evidence.getByLabel('Figure as of').fill('2020-02-20');
    await evidence.getByLabel('Excerpt').fill('Some 948,000 people have been displaced since 1 December 2019.');
    await saveWith(() => evidence.getByRole('button', { name: 'Add evidence' }).click());
    await expect.poll(() => evidence.locator('ul.evidence li').count()).toBe(1);

    await page.locator('summary', { hasText: 'Add evidence' }).click();
    await evidence.getByLabel('URL', { exact: true }).fill('https://www.unhcr.org/sy/idlib-displacement');
    await evidence.getByLabel('Title').fill('Idlib: displacement overview');
    await evidence.getByLabel('Publisher').fill('UNHCR');
    await saveWith(() => evidence.getByRole('button', { name: 'Add evidence' }).click());
    await expect.poll(() => evidence.locator('ul.evidence li').count()).toBe(2);
    const items = evidence.locator('ul.evidence li');
    expect(await items.nth(0).innerText()).toContain('948,000 people displaced = 948,000 (as of 2020-02-20)');
    // The second source was entered on an empty form: nothing carried over from the first.
    expect(await items.nth(1).innerText()).not.toContain('948,000');

    const wording = page.getByRole('region', { name: 'Wording' });
    await wording.locator('textarea').fill('The U.N. says 948,000 people have been displaced in Idlib since December.');
    await saveWith(() => wording.getByRole('button', { name: 'Save wording' }).click());
    await expect.poll(() => wording.locator('textarea').inputValue()).toContain('The U.N. says');

    const rating = page.getByRole('region', { name: 'Rating and verdict' });
    await rating.getByLabel(/^Rating/).selectOption('True');
    await rating
      .getByLabel(/^Verdict/)
      .fill('OCHA counted 948,000 people displaced between 1 December and 20 February.\nUNHCR gives the same count for the same weeks, so the figure holds as of 20 February.');
    await saveWith(() => rating.getByRole('button', { name: 'Save rating and verdict' }).click());
    await expect.poll(() => rating.getByLabel(/^Rating/).inputValue()).toBe('True');

    await saveWith(() => page.getByRole('button', { name: /Verified/ }).click());
    await expect.poll(() => page.locator('.signoff').innerText()).toContain('waiting for an editor');
    expect(await page.getByRole('button', { name: 'Approve verdict' }).count()).toBe(0);
    await shot(page, 'claim-workflow');
  });

  it('an editor approves it from the sign-off queue', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, app.url, EDITOR.email, EDITOR.password);
    await page.goto(`${app.url}/queue`);
    const awaiting = page.getByRole('region', { name: 'Awaiting sign-off' });
    // The editor reads the whole verdict in the queue, second line included, before approving anything from it.
    const row = awaiting.locator('tr', { hasText: 'OCHA counted 948,000' });
    await expect.poll(() => row.locator('td.queue-verdict').innerText()).toContain('so the figure holds as of 20 February.');
    await shot(page, 'queue-awaiting-verdict');
    await awaiting.getByRole('link', { name: /948,000/ }).first().click();
    await page.waitForURL(claimUrl);
    await page.getByRole('button', { name: 'Approve verdict' }).click();
    await expect.poll(() => page.locator('.signoff').innerText()).toContain('Signed off');
    expect(await page.locator('.signoff').innerText()).toContain('Eda Editor');
  });

  it('the history page shows every step with word diffs', async () => {
    await page.getByRole('link', { name: /^History \(\d+\)$/ }).click();
    await page.waitForURL(/\/history$/);
    const text = await page.locator('.timeline').innerText();
    for (const step of [
      'extracted the claim',
      'changed the assignment',
      'changed the status',
      'added evidence: Flash Update #9',
      'recorded a figure from a source',
      'added evidence: Idlib: displacement overview',
      'reworded the claim',
      'set the rating and verdict',
      'approved the verdict',
    ]) {
      expect(text).toContain(step);
    }
    expect(text).toContain('Chris Checker');
    expect(text).toContain('Eda Editor');
    expect(await page.locator('.timeline ins', { hasText: 'says' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline del').count()).toBeGreaterThan(0);
    await shot(page, 'claim-history');
    await page.setViewportSize({ width: 1280, height: 2000 });
    await shot(page, 'claim-history-full');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows a stale wording save side by side and keeps mine on request', async () => {
    await page.goto(claimUrl);
    const other = await browser.newPage();
    await other.goto(claimUrl);
    const theirs = 'Eda: the U.N. counted 948,000 displaced by 20 February.';
    await other.getByRole('region', { name: 'Wording' }).locator('textarea').fill(theirs);
    await other.getByRole('button', { name: 'Save wording' }).click();
    await expect.poll(() => other.locator('.claim-text').innerText()).toContain('Eda: the U.N.');
    await other.close();

    const mine = 'Mine: 948,000 people displaced in Idlib, per OCHA.';
    const wording = page.getByRole('region', { name: 'Wording' });
    await wording.locator('textarea').fill(mine);
    await wording.getByRole('button', { name: 'Save wording' }).click();
    const conflict = page.getByRole('region', { name: 'Conflicting edit' });
    await expect.poll(() => conflict.innerText()).toContain('Yours (not saved)');
    expect(await conflict.innerText()).toContain(theirs);
    expect(await conflict.innerText()).toContain(mine);
    // The rest of the page is reloaded too: it shows their saved wording, not the stale one.
    await expect.poll(() => page.locator('.claim-text').innerText()).toContain('Eda: the U.N.');
    await shot(page, 'claim-conflict');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => page.locator('.claim-text').innerText()).toContain(mine);
    expect(await page.getByRole('region', { name: 'Conflicting edit' }).count()).toBe(0);
  });

  it('shows a stale rating save with both ratings, and lets the merge choose one', async () => {
    await page.goto(claimUrl);
    const other = await browser.newPage();
    await other.goto(claimUrl);
    const theirs = other.getByRole('region', { name: 'Rating and verdict' });
    await theirs.locator('select[name=rating]').selectOption('Mostly true');
    await theirs.locator('textarea[name=verdict]').fill('Eda: OCHA counted 948,000 by 20 February; later counts are higher.');
    await theirs.getByRole('button', { name: 'Save rating and verdict' }).click();
    await expect.poll(() => other.getByRole('region', { name: 'Rating and verdict' }).locator('select[name=rating]').inputValue()).toBe('Mostly true');
    await other.close();

    const mine = page.getByRole('region', { name: 'Rating and verdict' });
    await mine.locator('select[name=rating]').selectOption('True');
    await mine.locator('textarea[name=verdict]').fill('Mine: OCHA counted 948,000 displaced.');
    await mine.getByRole('button', { name: 'Save rating and verdict' }).click();
    const conflict = page.getByRole('region', { name: 'Conflicting edit' });
    await expect.poll(() => conflict.innerText()).toContain('Yours (not saved)');
    // The ratings are shown too, and that they differ, not only the verdict texts.
    expect(await conflict.getByRole('note').innerText()).toMatch(/Rating: Mostly true saved, Rating: True yours/);
    expect(await conflict.locator('select[name=rating]').inputValue()).toBe('True');
    await shot(page, 'claim-conflict-rating');
    await conflict.locator('select[name=rating]').selectOption('Mostly true');
    await conflict.getByRole('button', { name: 'Save merged text' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Conflicting edit' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Rating and verdict' }).locator('select[name=rating]').inputValue()).toBe('Mostly true');
  });

  it('lists the queue and the source library', async () => {
    await page.goto(`${app.url}/queue`);
    await shot(page, 'queue');
    await page.goto(`${app.url}/sources`);
    expect(await page.locator('table.grid').innerText()).toContain('Flash Update #9');
    await shot(page, 'sources');
    await page.getByRole('link', { name: /Flash Update #9/ }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Claims citing it (1)');
    await shot(page, 'source');
  });

  it('had no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
