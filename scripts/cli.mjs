// Runs one of the built command-line scripts: `node scripts/cli.mjs user list`
// is what `npm run user -- list` does. The scripts are rebuilt first when their
// sources changed (esbuild, about a second; needs the dev dependencies), so a
// command never runs older code than the tree holds. Plain JavaScript, Node
// alone: no tsx at run time.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILT_SCRIPTS, buildParts } from './build.mjs';

const [name, ...args] = process.argv.slice(2);
if (!name || !BUILT_SCRIPTS.includes(name)) {
  console.error(`usage: node scripts/cli.mjs NAME [ARGS...], NAME one of ${BUILT_SCRIPTS.join(', ')}`);
  process.exit(2);
}
try {
  await buildParts({ ifStale: true, only: 'scripts' });
} catch (e) {
  console.error(`error: ${e.message}`);
  process.exit(1);
}
const file = join(process.cwd(), 'build', 'scripts', `${name}.js`);
// The script reads its arguments from process.argv as if it had been started itself.
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
