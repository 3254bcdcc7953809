import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStatus, hashSources, listInputFiles, partStatus, stampPath } from '../../scripts/lib/build-state.mjs';

describe('build staleness (npm start builds only when it must)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  function tree(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'claimdesk-build-'));
    dirs.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('lists every file under the inputs, sorted, with / separators; missing inputs are skipped', () => {
    const root = tree({ 'app/b.ts': 'b', 'app/a/x.ts': 'x', 'db/m.ts': 'm', 'other/o.ts': 'o' });
    expect(listInputFiles(root, ['app', 'db', 'vite.config.ts'])).toEqual(['app/a/x.ts', 'app/b.ts', 'db/m.ts']);
  });

  it('hashes names and contents, not modification times', () => {
    const a = tree({ 'app/a.ts': 'one', 'package-lock.json': '{}' });
    const b = tree({ 'app/a.ts': 'one', 'package-lock.json': '{}' });
    const inputs = ['app', 'package-lock.json'];
    expect(hashSources(a, inputs)).toBe(hashSources(b, inputs));
    writeFileSync(join(b, 'app/a.ts'), 'two');
    expect(hashSources(a, inputs)).not.toBe(hashSources(b, inputs));
    const renamed = tree({ 'app/b.ts': 'one', 'package-lock.json': '{}' });
    expect(hashSources(renamed, inputs)).not.toBe(hashSources(a, inputs));
    const added = tree({ 'app/a.ts': 'one', 'app/new.ts': '', 'package-lock.json': '{}' });
    expect(hashSources(added, inputs)).not.toBe(hashSources(a, inputs));
  });

  it('is missing without a stamp or output, stale when the sources differ, fresh when they match', () => {
    expect(buildStatus(null, 'abc', true)).toBe('missing');
    expect(buildStatus({ sources: 'abc' }, 'abc', false)).toBe('missing');
    expect(buildStatus({ sources: 'old' }, 'abc', true)).toBe('stale');
    expect(buildStatus({ sources: 'abc' }, 'abc', true)).toBe('fresh');
  });

  it('reads a part’s stamp and output from the tree', () => {
    const root = tree({ 'app/root.tsx': 'x', 'package.json': '{}' });
    expect(partStatus(root, 'app').status).toBe('missing');
    const { sources } = partStatus(root, 'app');
    mkdirSync(join(root, 'build', 'server'), { recursive: true });
    writeFileSync(join(root, 'build', 'server', 'index.js'), '');
    mkdirSync(join(root, 'build', '.stamps'), { recursive: true });
    writeFileSync(stampPath(root, 'app'), JSON.stringify({ sources }));
    expect(partStatus(root, 'app').status).toBe('fresh');
    writeFileSync(join(root, 'app', 'root.tsx'), 'y');
    expect(partStatus(root, 'app').status).toBe('stale');
    // The scripts' part does not look at public/ or the vite config, and the app's not at scripts/.
    writeFileSync(join(root, 'app', 'root.tsx'), 'x');
    mkdirSync(join(root, 'scripts'));
    writeFileSync(join(root, 'scripts', 'user.ts'), 'u');
    expect(partStatus(root, 'app').status).toBe('fresh');
  });
});
