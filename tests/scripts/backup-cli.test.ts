import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { createSource } from '../../app/services/sources.server';
import { useTestDb } from '../helpers/test-db';

const backup = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/cli.mjs', 'backup', ...args], { env: { ...process.env }, encoding: 'utf8', timeout: 180_000 });

describe('npm run backup -- FILE', () => {
  let db: DB;
  beforeAll(async () => {
    db = await useTestDb();
  });

  it('copies committed writes that still sit in the WAL of the open database', async () => {
    for (let i = 0; i < 5; i++) {
      await createSource(
        db,
        { url: `https://stats.example/report-${i}`, title: `Quarterly report ${i}`, publisher: 'Statistics office', kind: 'official_statistics', publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
        { id: null, now: new Date() },
      );
    }
    const live = process.env.DATABASE_URL!.slice('file:'.length);
    // The writes are in the -wal file: the connection is open, nothing checkpointed them.
    expect(statSync(`${live}-wal`).size).toBeGreaterThan(0);
    const file = resolve('tmp', `backup-${randomBytes(4).toString('hex')}.db`);
    const run = backup(file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Backed up .* integrity ok/);
    const copy = new SQLite(file, { readonly: true });
    const sources = copy.prepare('select count(*) as n from source').get() as { n: number };
    const revisions = copy.prepare("select count(*) as n from revision where entity = 'source'").get() as { n: number };
    copy.close();
    expect(sources.n).toBe(5);
    expect(revisions.n).toBe(5);
  }, 60_000);

  it('never overwrites an existing file, and says how to call it', () => {
    const file = resolve('tmp', `backup-${randomBytes(4).toString('hex')}.db`);
    expect(backup(file).status).toBe(0);
    const again = backup(file);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const usage = backup();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run backup -- FILE/);
  }, 120_000);
});
