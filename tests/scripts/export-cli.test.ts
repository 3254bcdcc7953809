import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { seedExportFixture } from '../helpers/export-fixture';

describe('npm run export', () => {
  it('writes each format to stdout, refuses bad arguments, warns on stderr', async () => {
    const dir = mkdtempSync(resolve('tmp', 'export-cli-'));
    const file = join(dir, 'cli.db');
    const db = openDatabase(file);
    await migrateToLatest(db);
    const { articleId } = await seedExportFixture(db);
    await db.destroy();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/cli.mjs', 'export', ...args], { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: 'utf8', timeout: 180_000 });

    const md = run('--article', String(articleId), '--format', 'md', '--by', 'Eda Editor');
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Opposition fighters retake Saraqeb/);
    expect(md.stdout).toContain('by Eda Editor · 4 signed-off claims.');
    const drafts = run('--article', String(articleId), '--format', 'csv', '--include-drafts');
    expect(drafts.stdout.split('\r\n').filter((l) => l.includes(',yes,')).length).toBeGreaterThan(20);
    const cr = run('--article', String(articleId), '--format', 'claimreview');
    expect(cr.status).toBe(0);
    expect(JSON.parse(cr.stdout)).toHaveLength(4);
    expect(cr.stderr).toContain('warning: Claim 19: claimReviewed is 220 characters');
    const refused = run('--article', String(articleId), '--format', 'claimreview', '--url', 'https://elsewhere.example/x');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('is not on the configured site');
    expect(run('--article', String(articleId), '--format', 'pdf').status).toBe(2);
    expect(run('--format', 'md', '--article', 'x').status).toBe(2);
    // Without --article: a selection across articles, with the /exports filters.
    const selection = run('--format', 'csv', '--status', 'verified,false', '--from', '2000-01-01');
    expect(selection.status).toBe(0);
    expect(selection.stdout.split('\r\n').length).toBeGreaterThan(2);
    const none = run('--format', 'csv', '--status', 'verified', '--to', '2000-01-01');
    expect(none.status).toBe(0);
    expect(none.stdout.split('\r\n').filter(Boolean)).toHaveLength(1);
    const badFilter = run('--format', 'md', '--status', 'maybe');
    expect(badFilter.status).toBe(2);
    expect(badFilter.stderr).toContain('Unknown status "maybe"');
    const missing = run('--article', '999', '--format', 'md');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Article 999 does not exist.');
  }, 240_000);
});
