import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { browserPath } from '../helpers/browser';
import { useSignedInBrowser } from '../helpers/signed-in-browser';
import { shot } from '../helpers/screenshot';

const ARTICLE = [
  'Ridge wind farm faces new questions',
  '',
  'Councillor Dana Pike told a packed meeting on Monday that the turbines on Carrow Ridge had killed 4,000 birds over the past year.',
  'The operator, Northwind Energy, said its own survey counted far fewer deaths and that it would publish the figures in the spring.',
  'Residents asked the council to pause the planned extension until an independent survey is done.',
].join('\n');

describe.skipIf(!browserPath)('claim matching in Chromium', () => {
  const s = useSignedInBrowser();

  it('imports a small ClaimReview archive on the admin page and reports the bad item', async () => {
    await s.page.goto(`${s.app.url}/admin/archive`);
    await s.page.getByLabel('Files').setInputFiles(resolve('tests/fixtures/claimreview/e2e-archive.json'));
    await s.page.getByRole('button', { name: 'Import' }).click();
    const results = s.page.getByRole('region', { name: 'Import results' });
    await expect.poll(() => results.innerText()).toContain('e2e-archive.json: 3 added, 0 updated, 1 skipped');
    expect(await results.innerText()).toContain('no url');
    await shot(s.page, 'archive-import');
  });

  it('shows the fact-check a new article’s claim paraphrases, with its rating, and links it as evidence', async () => {
    await s.page.goto(`${s.app.url}/articles/new`);
    await s.page.getByLabel('Article text').fill(ARTICLE);
    await s.page.getByRole('button', { name: 'Import and extract claims' }).click();
    await s.page.waitForURL(/\/articles\/\d+$/);
    await s.page.locator('.claim-list a', { hasText: '4,000 birds' }).click();
    await s.page.getByRole('link', { name: 'Open claim page' }).click();
    await s.page.waitForURL(/\/claims\/\d+$/);

    const checked = s.page.getByRole('region', { name: 'Checked before' });
    const first = checked.locator('.match').first();
    await expect.poll(() => first.innerText()).toContain('Wind turbines on Carrow Ridge killed 4,000 birds last year.');
    expect(await first.locator('.rating').innerText()).toMatch(/mostly false/i);
    expect(await first.innerText()).toContain('Coastal Facts · 2026-06-18');
    expect(await checked.innerText()).not.toContain('Bus fares');
    await checked.scrollIntoViewIfNeeded();
    await shot(s.page, 'claim-matches');

    await first.getByRole('button', { name: 'Link as evidence' }).click();
    const evidence = s.page.getByRole('region', { name: 'Evidence' });
    await expect.poll(() => evidence.innerText()).toContain('Did the Carrow Ridge turbines kill 4,000 birds?');
    expect(await evidence.innerText()).toMatch(/refutes/i);

    await first.getByRole('button', { name: 'Not the same claim' }).click();
    await expect.poll(() => checked.innerText()).not.toContain('Carrow Ridge killed');
    await s.page.reload();
    expect(await s.page.getByRole('region', { name: 'Checked before' }).innerText()).not.toContain('Carrow Ridge killed');
  }, 120_000); // an import and three page loads on a shared, busy machine

  it('answers "has this been checked?" on the search page for a pasted post', async () => {
    await s.page.goto(`${s.app.url}/search`);
    await s.page.getByLabel('Has this been checked?').fill('Did you know?? #Lindhaven bus fares have DOUBLED since the new mayor came in https://t.co/abc123');
    await s.page.getByRole('button', { name: 'Look for fact-checks' }).click();
    const found = s.page.getByRole('region', { name: 'Fact-checks that may match' });
    await expect.poll(() => found.innerText()).toContain('Bus fares in Lindhaven doubled after the new mayor took office.');
    expect(await found.locator('.rating').first().innerText()).toMatch(/true/i);
    await shot(s.page, 'search-checked');
    expect(s.pageErrors).toEqual([]);
  });
});
