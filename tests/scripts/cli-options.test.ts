import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_SCRIPTS } from '../../scripts/build.mjs';

/** The operators' commands, run as `npm run NAME` runs them: the built script through scripts/cli.mjs (no tsx). */
const BUILT: string[] = BUILT_SCRIPTS;
/** Every other command (benches, training), as package.json names them, run from its TypeScript with tsx. */
const DEV = [
  ...new Set(
    Object.values(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>).flatMap(
      (cmd) => cmd.match(/\btsx (scripts\/[\w/.-]+\.ts)/g)?.map((m) => m.slice(4)) ?? [],
    ),
  ),
].filter((file) => !BUILT.includes(file.replace(/^scripts\/|\.ts$/g, '')));

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A database nobody uses: a command that wrongly went on past its arguments would show up as a created file, not harm a desk.
    const child = spawn(process.execPath, args, { env: { ...process.env, DATABASE_URL: 'file:tmp/cli-options-unused.db' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs the jobs two at a time (two cores, shared). */
async function inPairs<T, R>(items: T[], job: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += 2) out.push(...(await Promise.all(items.slice(i, i + 2).map(job))));
  return out;
}

describe('every command parses its arguments with parseArgs', () => {
  it('covers every script', () => {
    expect(DEV).toContain('scripts/train-checkworthiness.ts');
    expect(DEV).toContain('scripts/bench/pages.ts');
    expect(DEV).not.toContain('scripts/user.ts');
  });

  it('refuses an unknown option with exit 2, an error naming it and the usage', async () => {
    const commands = [
      ...BUILT.map((name) => ({ name, args: ['scripts/cli.mjs', name, '--no-such-option'] })),
      ...DEV.map((file) => ({ name: file, args: ['--import', 'tsx', file, '--no-such-option'] })),
    ];
    const results = await inPairs(commands, async (c) => ({ name: c.name, ...(await run(c.args)) }));
    for (const r of results) {
      expect({ name: r.name, status: r.status }).toEqual({ name: r.name, status: 2 });
      expect(r.stderr, r.name).toMatch(/^error: Unknown option '--no-such-option'/);
      expect(r.stderr, r.name).toContain('usage: ');
      expect(r.stdout, r.name).toBe('');
    }
  }, 300_000);

  it('prints the usage on --help and exits 0', async () => {
    const results = await inPairs(['user', 'backup'], (name) => run(['scripts/cli.mjs', name, '--help']));
    for (const r of results) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage: npm run /);
    }
  }, 120_000);
});
