import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { login } from '../../app/services/auth.server';

describe('npm run user', () => {
  const dbFile = join(mkdtempSync(resolve('tmp', 'user-cli-')), 'cli.db');
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['scripts/cli.mjs', 'user', ...args], {
      env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
      encoding: 'utf8',
      timeout: 180_000,
    });
    return { status: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
  };
  const withDb = async <T>(fn: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> => {
    const db = openDatabase(dbFile);
    try {
      return await fn(db);
    } finally {
      await db.destroy();
    }
  };
  const passwordIn = (out: string) => /Password \(shown once\): (\S+)/.exec(out)?.[1];

  it('adds an account with a generated password printed once, which signs in', async () => {
    const r = run('add', 'Editor@Example.org', '--role', 'editor', '--name', 'Eda Editor');
    expect(r.status).toBe(0);
    expect(r.out).toContain('Added Eda Editor <editor@example.org> as editor.');
    const password = passwordIn(r.out);
    expect(password).toMatch(/^[\w-]{16}$/);
    const session = await withDb((db) => login(db, { email: 'editor@example.org', password: password! }, new Date()));
    expect(session.user).toMatchObject({ role: 'editor', name: 'Eda Editor' });
  });

  it('changes the role, resets the password and deactivates, never deleting', async () => {
    expect(run('add', 'admin@example.org', '--role', 'admin').status).toBe(0);
    expect(run('set-role', 'editor@example.org', 'checker')).toMatchObject({ status: 0, out: 'editor@example.org is now checker.' });
    const reset = run('reset-password', 'editor@example.org');
    expect(reset.status).toBe(0);
    const password = passwordIn(reset.out)!;
    await withDb((db) => login(db, { email: 'editor@example.org', password }, new Date()));
    expect(run('deactivate', 'editor@example.org').status).toBe(0);
    await expect(withDb((db) => login(db, { email: 'editor@example.org', password }, new Date()))).rejects.toThrow(
      'Wrong email or password',
    );
    const rows = await withDb((db) => db.selectFrom('user').select(['email', 'role', 'active']).orderBy('id').execute());
    expect(rows).toEqual([
      { email: 'editor@example.org', role: 'checker', active: 0 },
      { email: 'admin@example.org', role: 'admin', active: 1 },
    ]);
    expect(run('list').out).toMatch(/editor@example\.org +checker +deactivated/);
  });

  it('refuses what would break things, with a reason and exit status 1', () => {
    expect(run('add', 'admin@example.org', '--role', 'checker')).toMatchObject({
      status: 1,
      err: 'error: There is already an account for admin@example.org.',
    });
    expect(run('deactivate', 'admin@example.org')).toMatchObject({ status: 1, err: expect.stringMatching(/only active admin/) });
    expect(run('set-role', 'admin@example.org', 'editor')).toMatchObject({ status: 1 });
    expect(run('deactivate', 'nobody@example.org')).toMatchObject({ status: 1, err: 'error: The account for nobody@example.org does not exist.' });
  });

  it('explains its usage for a bad command line, exit status 2', () => {
    expect(run('add', 'someone@example.org', '--role', 'owner')).toMatchObject({ status: 2, err: expect.stringMatching(/--role: Choose checker, editor or admin[\s\S]*usage:/) });
    expect(run('add', 'not-an-email', '--role', 'editor')).toMatchObject({ status: 2 });
    expect(run('frobnicate')).toMatchObject({ status: 2, err: expect.stringMatching(/unknown command/) });
    expect(run()).toMatchObject({ status: 2, out: expect.stringMatching(/^usage:/) });
  });
});
