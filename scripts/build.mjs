// npm run build: builds the app (Remix, with vite) into build/client and
// build/server, and the command-line scripts and the extraction worker
// (esbuild) into build/scripts and build/workers, so that the server, the
// migrations, the seed and the operators' commands run on Node alone (no tsx).
// Each part gets a stamp of the sources it was made from (scripts/lib/build-state.mjs).
//
//   node scripts/build.mjs               build both parts
//   node scripts/build.mjs --if-stale    build only a part that is missing or older than its sources
//   node scripts/build.mjs --only scripts
//
// Plain JavaScript: `npm start` runs it before anything is built. Building
// needs the dev dependencies; checking does not.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILD_INPUTS, partStatus, stampPath } from './lib/build-state.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The commands an operator runs on a built tree (npm run NAME goes through scripts/cli.mjs); benches and training stay on tsx. */
export const BUILT_SCRIPTS = [
  'migrate', 'seed', 'user', 'import', 'reextract', 'import-claimreview', 'export',
  'history-verify', 'backup', 'db-copy', 'extract', 'match',
];

const USAGE = `usage: node scripts/build.mjs [--if-stale] [--only app|scripts]

Builds build/client and build/server (Remix app) and build/scripts and
build/workers (command-line scripts and the extraction worker).
  --if-stale   build a part only when it is missing or its sources changed since it was built
  --only PART  build one part: app (the scripts follow: vite empties build/) or scripts`;

function hasDevDependencies() {
  try {
    createRequire(join(root, 'package.json')).resolve('@remix-run/dev/package.json');
    return true;
  } catch {
    return false;
  }
}

function writeStamp(part, sources) {
  mkdirSync(dirname(stampPath(root, part)), { recursive: true });
  writeFileSync(stampPath(root, part), JSON.stringify({ sources, builtAt: new Date().toISOString() }) + '\n');
}

function buildApp() {
  const bin = join(root, 'node_modules', '@remix-run', 'dev', 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [bin, 'vite:build'], {
    cwd: root,
    stdio: 'inherit',
    // The server bundle must be the production one whatever the caller's NODE_ENV (vitest sets "test").
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`remix vite:build failed (exit ${r.status ?? r.signal})`);
}

/** Package name of a bare import ('pg', 'tsx/esm/api' → 'tsx', '@remix-run/node' → '@remix-run/node'). */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

async function buildScripts() {
  const { build } = await import('esbuild');
  rmSync(join(root, 'build', 'scripts'), { recursive: true, force: true });
  rmSync(join(root, 'build', 'workers'), { recursive: true, force: true });
  const entryPoints = Object.fromEntries(BUILT_SCRIPTS.map((name) => [`scripts/${name}`, join(root, 'scripts', `${name}.ts`)]));
  entryPoints['workers/extract-task'] = join(root, 'app', 'workers', 'extract-task.ts');
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir: join(root, 'build'),
    chunkNames: 'scripts/chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages load from node_modules at run time, as the server build's do.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  // A dev dependency imported at run time would fail after `npm ci --omit=dev`.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const builtin = new Set(builtinModules);
  const wrong = new Set();
  for (const out of Object.values(result.metafile.outputs)) {
    for (const imp of out.imports) {
      if (!imp.external || imp.path.startsWith('node:') || builtin.has(imp.path)) continue;
      const name = packageOf(imp.path);
      if (!pkg.dependencies?.[name]) wrong.add(name);
    }
  }
  if (wrong.size) throw new Error(`the built scripts import packages that are not runtime dependencies: ${[...wrong].join(', ')}`);
}

const PARTS = { app: buildApp, scripts: buildScripts };

/**
 * Builds the parts asked for (all when `only` is unset); with ifStale, only
 * those whose stamp does not match their sources. Returns what was built.
 *
 * @throws Error when a part must be built and the dev dependencies are not installed, or its build fails.
 */
export async function buildParts({ ifStale = false, only = null, log = (line) => console.error(line) } = {}) {
  const built = [];
  const parts = only === 'app' ? ['app', 'scripts'] : only ? [only] : Object.keys(PARTS);
  for (const part of parts) {
    const { status, sources } = partStatus(root, part);
    // vite empties build/ as it starts, the scripts' part with it: after the app, the scripts are built again.
    if (ifStale && status === 'fresh' && !(part === 'scripts' && built.includes('app'))) continue;
    if (!hasDevDependencies()) {
      throw new Error(
        `build/${part === 'app' ? 'server' : 'scripts'} is ${status === 'missing' ? 'missing' : 'older than the sources'} ` +
          'and cannot be rebuilt without the dev dependencies: run `npm install` (or build elsewhere with `npm run build` and copy build/ here).',
      );
    }
    const started = Date.now();
    if (ifStale) log(`Building ${part} (${status === 'missing' ? 'no build yet' : 'sources changed since the last build'})…`);
    await PARTS[part]();
    writeStamp(part, sources);
    built.push(part);
    log(`Built ${part} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let values;
  try {
    ({ values } = parseArgs({
      options: { 'if-stale': { type: 'boolean', default: false }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    console.error(`error: ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.only && !(values.only in BUILD_INPUTS)) {
    console.error(`error: --only must be app or scripts, not "${values.only}"\n${USAGE}`);
    process.exit(2);
  }
  try {
    await buildParts({ ifStale: values['if-stale'], only: values.only ?? null });
  } catch (e) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
}
