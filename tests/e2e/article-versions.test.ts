import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPath } from '../helpers/browser';
import { useSignedInBrowser } from '../helpers/signed-in-browser';
import { startPageServer } from '../helpers/page-server';
import { DISPLACED, PAGE_V1, PAGE_V2, PAGE_V3 } from '../fixtures/versions-page';
import { databasePath, openDatabase } from '../../db/connection';
import { insertMeasure } from '../../app/models/measure.server';
import { setFiguresMeasure } from '../../app/models/member-figure.server';

describe.skipIf(!browserPath)('import by URL and the version timeline in Chromium', () => {
  let site: Awaited<ReturnType<typeof startPageServer>>;
  // Before the app server starts, so it inherits the allow list naming this local server.
  beforeAll(async () => {
    site = await startPageServer();
    site.page('/idlib', PAGE_V1);
    process.env.CLAIMDESK_FETCH_ALLOW = site.hostPort;
  });
  afterAll(async () => {
    delete process.env.CLAIMDESK_FETCH_ALLOW;
    await site?.close();
  });
  const s = useSignedInBrowser({ demoArticle: false });

  const importUrl = async (url: string) => {
    await s.page.goto(`${s.app.url}/articles/new`);
    await s.page.fill('input[name="url"]', url);
    await s.page.getByRole('button', { name: 'Import and extract claims' }).click();
  };

  it('imports a URL alone, then the changed page as version 2 with its claims flagged', { timeout: 180_000 }, async () => {
    await importUrl(site.url('/idlib'));
    await s.page.waitForURL(/\/articles\/\d+$/);
    await expect.poll(() => s.page.locator('.versions-line').innerText()).toContain('Version 1');
    const snapshot = await s.page.locator('.versions-line a', { hasText: 'snapshot' }).getAttribute('href');
    const raw = await s.page.request.get(`${s.app.url}${snapshot}`);
    expect(raw.headers()['content-type']).toMatch(/^text\/plain/);
    expect(raw.headers()['content-security-policy']).toContain('sandbox');
    expect(await raw.text()).toBe(PAGE_V1);

    // The toll figure is on a measure when the outlet changes it (made in the database: the measure screens have their own tests).
    const db = openDatabase(databasePath(s.app.databaseUrl));
    const toll = await db.selectFrom('figure').select('id').where('text', '=', 'more than 300 civilians').executeTakeFirstOrThrow();
    const measureId = await insertMeasure(db, {
      label: 'Civilians killed in Idlib since December', unit: 'count', counted: 'civilians', event: 'killed', place: 'Idlib',
      periodStart: null, periodEnd: null, acceptedLow: null, acceptedHigh: null, rationale: null, createdBy: null, now: new Date().toISOString(),
    });
    await setFiguresMeasure(db, [toll.id], measureId);
    await db.destroy();

    site.page('/idlib', PAGE_V2);
    await importUrl(site.url('/idlib'));
    await s.page.waitForURL(/\/articles\/\d+\?version=2$/);
    await expect.poll(() => s.page.locator('.versions-line').innerText()).toContain('Version 2 of 2');
    await expect.poll(() => s.page.locator('.claim-list .source-flag.changed').count()).toBe(1);
    await s.page.locator('.claim-list li', { hasText: 'changed in source' }).locator('a').click();
    await expect.poll(() => s.page.locator('.source-change del').innerText()).toBe('300');
    expect(await s.page.locator('.source-change ins').innerText()).toBe('350');

    // The claim's own page says so too: the word diff for a changed claim, the flag for a removed one.
    const articleUrl = s.page.url();
    const itemId = async (flag: string) => (await s.page.locator('.claim-list li', { hasText: flag }).getAttribute('id'))!.replace('item-', '');
    const changedId = await itemId('changed in source');
    const removedId = await itemId('removed from source');
    await s.page.goto(`${s.app.url}/claims/${changedId}`);
    await expect.poll(() => s.page.locator('.claim-page .source-change.changed strong').innerText()).toBe('Changed in source');
    expect(await s.page.locator('.claim-page .source-change del').innerText()).toBe('300');
    expect(await s.page.locator('.claim-page .source-change ins').innerText()).toBe('350');
    expect(await s.page.locator('.claim-page .source-change a', { hasText: 'version 2' }).getAttribute('href')).toMatch(/\/versions\?from=1&to=2$/);
    await s.page.screenshot({ path: '/tmp/claimdesk-claim-changed-in-source.png', fullPage: true });
    await s.page.goto(`${s.app.url}/claims/${removedId}`);
    await expect.poll(() => s.page.locator('.claim-page .source-change.removed').innerText()).toContain('Removed from source');
    // The measure shows the older reading struck beside the newer one, with the version that re-read it.
    await s.page.goto(`${s.app.url}/measures/${measureId}`);
    await expect.poll(() => s.page.locator('.measure-figures del.previous-reading').first().innerText()).toBe('more than 300 civilians');
    expect(await s.page.locator('.measure-figures tbody tr').first().innerText()).toMatch(/more than 350 civilians[\s\S]*re-read in version 2/);
    expect(await s.page.locator('.measure-figures del.previous-reading').nth(1).innerText()).toBe('> 300');
    await s.page.screenshot({ path: '/tmp/claimdesk-measure-reread.png', fullPage: true });
    await s.page.goto(articleUrl);

    await s.page.locator('.versions-line a', { hasText: 'Version 2' }).click();
    await s.page.waitForURL(/\/versions$/);
    await expect.poll(() => s.page.locator('.version-timeline li').count()).toBe(2);
    expect(await s.page.locator('.version-timeline li').first().innerText()).toContain('1 changed, 1 removed, 1 new claims');
    expect(await s.page.locator('.version-diff del').allInnerTexts()).toContain('300');
    expect(await s.page.locator('.version-diff ins').allInnerTexts()).toContain('350');
    await s.page.screenshot({ path: '/tmp/claimdesk-version-timeline.png', fullPage: true });

    // Version 3 moves a paragraph: the diff shows it moved, not removed and added.
    site.page('/idlib', PAGE_V3);
    await importUrl(site.url('/idlib'));
    await s.page.waitForURL(/\/articles\/\d+\?version=3$/);
    await s.page.goto(s.page.url().replace(/\?version=3$/, '/versions'));
    await expect.poll(() => s.page.locator('.version-diff .moved-away').innerText()).toContain('Moved to paragraph 4 of version 3');
    expect(await s.page.locator('.version-diff .moved-away').innerText()).toContain(DISPLACED);
    expect(await s.page.locator('.version-diff .moved-here').innerText()).toContain('Moved here from paragraph 2 of version 2');
    expect((await s.page.locator('.version-diff del, .version-diff ins').allInnerTexts()).join(' ')).not.toContain('948,000');
    await s.page.screenshot({ path: '/tmp/claimdesk-version-moved.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });

  it('refuses a URL that resolves to a private address with the reason, and keeps the form', async () => {
    await importUrl('http://127.0.0.2:9/secret');
    await expect.poll(() => s.page.locator('#url-error').innerText()).toMatch(/loopback address/);
    expect(await s.page.inputValue('input[name="url"]')).toBe('http://127.0.0.2:9/secret');
  });
});
