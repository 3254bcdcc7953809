import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';

describe('npm run import:claimreview', () => {
  it('imports a page, a feed and a CSV, reports the bad items, and updates the same URLs in place', async () => {
    mkdirSync('tmp', { recursive: true });
    const file = join(mkdtempSync(resolve('tmp', 'claimreview-cli-')), 'cli.db');
    const run = (...files: string[]) =>
      spawnSync(process.execPath, ['scripts/cli.mjs', 'import-claimreview', ...files], { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: 'utf8', timeout: 180_000 });
    const fx = (n: string) => `tests/fixtures/claimreview/${n}`;

    const first = run(fx('page.html'), fx('feed.json'), fx('archive.csv'), fx('missing.json'));
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('page.html: 1 added, 0 updated, 0 skipped');
    expect(first.stdout).toContain('feed.json: 2 added, 0 updated, 2 skipped');
    expect(first.stdout).toContain('archive.csv: 1 added, 0 updated, 2 skipped');
    expect(first.stderr).toContain('archive.csv: line 3: no claim');
    expect(first.stderr).toMatch(/missing\.json: failed: .*no such file/);

    const again = run(fx('page.html'));
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('page.html: 0 added, 1 updated, 0 skipped');
    const db = openDatabase(file);
    const rows = await db.selectFrom('checkedClaim').select(['url', 'rating']).orderBy('id').execute();
    await db.destroy();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({ url: 'https://harbour-checks.example/2026/lighthouse-sale', rating: 'False' });
  }, 240_000); // two start-ups on a shared, busy machine
});
