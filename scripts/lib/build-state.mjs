// Whether build/ was made from the sources as they are now. Plain JavaScript:
// `npm start` runs this with Node alone, before anything is built and on a
// tree installed without dev dependencies (npm ci --omit=dev).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The two parts of build/ and the sources each is made from (paths relative
 * to the project root; a directory stands for every file under it).
 * - app: the Remix client and server bundles (vite), build/client and build/server;
 * - scripts: the command-line scripts and the extraction worker (esbuild), build/scripts and build/workers.
 */
export const BUILD_INPUTS = {
  app: ['app', 'db', 'public', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'],
  scripts: ['app', 'db', 'scripts', 'tsconfig.json', 'package.json', 'package-lock.json'],
};

/** Where each part's stamp is written once it is built: `{ "sources": "<sha256>", "builtAt": "<ISO time>" }`. */
export function stampPath(root, part) {
  return join(root, 'build', '.stamps', `${part}.json`);
}

/** Every file under the inputs, relative to root with `/` separators, sorted; missing inputs are skipped. */
export function listInputFiles(root, inputs) {
  const files = [];
  const walk = (abs) => {
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(abs)) walk(join(abs, name));
    } else if (st.isFile()) {
      files.push(relative(root, abs).split(sep).join('/'));
    }
  };
  for (const input of inputs) walk(join(root, input));
  return files.sort();
}

/**
 * SHA-256 over the inputs' file names and contents: the same sources give
 * the same hash wherever they are copied to (modification times play no part).
 *
 * @param {string} root project root
 * @param {string[]} inputs files and directories relative to root
 * @returns {string} hex digest
 */
export function hashSources(root, inputs) {
  const h = createHash('sha256');
  for (const file of listInputFiles(root, inputs)) {
    h.update(`${file}\0`);
    h.update(readFileSync(join(root, file)));
    h.update('\0');
  }
  return h.digest('hex');
}

/**
 * What a part of the build needs, from its stamp and the hash of today's
 * sources: 'missing' (never built, or its output is gone), 'stale' (built
 * from other sources) or 'fresh'.
 *
 * @param {{ sources?: string } | null} stamp the part's stamp, null when there is none
 * @param {string} sources hashSources() of the part's inputs now
 * @param {boolean} outputExists whether the part's main output file is there
 * @returns {'missing' | 'stale' | 'fresh'}
 */
export function buildStatus(stamp, sources, outputExists) {
  if (!stamp || !outputExists) return 'missing';
  return stamp.sources === sources ? 'fresh' : 'stale';
}

/** The file a part cannot run without; its absence means the part was never built (or was deleted). */
export const BUILD_OUTPUT = {
  app: join('build', 'server', 'index.js'),
  scripts: join('build', 'scripts', 'migrate.js'),
};

/** The status of one part of the build under root, and the source hash a rebuild would stamp. */
export function partStatus(root, part) {
  const sources = hashSources(root, BUILD_INPUTS[part]);
  let stamp = null;
  try {
    stamp = JSON.parse(readFileSync(stampPath(root, part), 'utf8'));
  } catch {
    stamp = null;
  }
  return { status: buildStatus(stamp, sources, existsSync(join(root, BUILD_OUTPUT[part]))), sources };
}
