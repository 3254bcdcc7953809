import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';

describe('npm run import', () => {
  it('imports the good files, reports and skips the bad ones', async () => {
    const dir = mkdtempSync(resolve('tmp', 'import-'));
    const good = join(dir, 'floods.txt');
    writeFileSync(good, 'Floods in Kerala\n\nAt least 300 people were killed by the floods, officials said.\n');
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const db = join(dir, 'cli.db');
    const run = spawnSync(process.execPath, ['scripts/cli.mjs', 'import', good, binary, pdf, join(dir, 'missing.txt')], {
      env: { ...process.env, DATABASE_URL: `file:${db}` },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ok +.*floods\.txt: article 1 "Floods in Kerala", \d+ claims/);
    expect(lines[1]).toMatch(/^error .*photo\.txt: .*binary.*\(skipped\)/);
    expect(lines[2]).toMatch(/^error .*report\.pdf: .*\.txt, \.md or \.html.*\(skipped\)/);
    expect(lines[3]).toMatch(/^error .*missing\.txt: .*no such file.*\(skipped\)/i);
    expect(lines.at(-1)).toBe('1 imported, 3 failed');
    const conn = openDatabase(db);
    const titles = await conn.selectFrom('article').select('title').execute();
    await conn.destroy();
    expect(titles).toEqual([{ title: 'Floods in Kerala' }]);
  });
});
