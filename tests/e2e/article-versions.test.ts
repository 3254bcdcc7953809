import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPath } from '../helpers/browser';
import { useSignedInBrowser } from '../helpers/signed-in-browser';
import { startPageServer } from '../helpers/page-server';
import { PAGE_V1, PAGE_V2 } from '../fixtures/versions-page';

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

  it('imports a URL alone, then the changed page as version 2 with its claims flagged', async () => {
    await importUrl(site.url('/idlib'));
    await s.page.waitForURL(/\/articles\/\d+$/);
    await expect.poll(() => s.page.locator('.versions-line').innerText()).toContain('Version 1');
    const snapshot = await s.page.locator('.versions-line a', { hasText: 'snapshot' }).getAttribute('href');
    const raw = await s.page.request.get(`${s.app.url}${snapshot}`);
    expect(raw.headers()['content-type']).toMatch(/^text\/plain/);
    expect(raw.headers()['content-security-policy']).toContain('sandbox');
    expect(await raw.text()).toBe(PAGE_V1);

    site.page('/idlib', PAGE_V2);
    await importUrl(site.url('/idlib'));
    await s.page.waitForURL(/\/articles\/\d+\?version=2$/);
    await expect.poll(() => s.page.locator('.versions-line').innerText()).toContain('Version 2 of 2');
    await expect.poll(() => s.page.locator('.claim-list .source-flag.changed').count()).toBe(1);
    await s.page.locator('.claim-list li', { hasText: 'changed in source' }).locator('a').click();
    await expect.poll(() => s.page.locator('.source-change del').innerText()).toBe('300');
    expect(await s.page.locator('.source-change ins').innerText()).toBe('350');

    await s.page.locator('.versions-line a', { hasText: 'Version 2' }).click();
    await s.page.waitForURL(/\/versions$/);
    await expect.poll(() => s.page.locator('.version-timeline li').count()).toBe(2);
    expect(await s.page.locator('.version-timeline li').first().innerText()).toContain('1 changed, 1 removed, 1 new claims');
    expect(await s.page.locator('.version-diff del').allInnerTexts()).toContain('300');
    expect(await s.page.locator('.version-diff ins').allInnerTexts()).toContain('350');
    await s.page.screenshot({ path: '/tmp/claimdesk-version-timeline.png', fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });

  it('refuses a URL that resolves to a private address with the reason, and keeps the form', async () => {
    await importUrl('http://127.0.0.2:9/secret');
    await expect.poll(() => s.page.locator('#url-error').innerText()).toMatch(/loopback address/);
    expect(await s.page.inputValue('input[name="url"]')).toBe('http://127.0.0.2:9/secret');
  });
});
