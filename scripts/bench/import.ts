/**
 * npm run bench:import [-- --sizes 0,1000,10000 --runs 5]
 *
 * Import time per article as the desk grows. Imports demo/saraqeb.txt (the
 * seed article, which every copy on the desk rivals figure for figure: the
 * case that made imports slow) through the import service, the way the
 * import form and `npm run import` do, into a throw-away database. At each
 * desk size it times `runs` imports (median, and the slowest) and prints
 * milliseconds per article.
 *
 * The desk is filled between sizes by copying the articles already on it
 * (each an import of the same article) with their claims and figures,
 * match keys included, by INSERT … SELECT at id offsets (`copyArticles` in
 * app/models/desk-copy.server.ts), doubling until the size is reached. The
 * copies carry no history or suggestions of their own, and every figure on
 * the desk is free: the most rivals an import can meet. Importing or storing
 * each copy through the service took ~0.3 s an article on a loaded 2-core
 * machine (50 minutes for 10,000); copying takes seconds.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli } from '../lib/cli';
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { importArticle } from '../../app/services/import-article.server';
import { closeExtractionPool, extractOffThread } from '../../app/services/extraction-pool.server';
import { copyArticles } from '../../app/models/desk-copy.server';

const USAGE = 'usage: npm run bench:import [-- --sizes 0,1000,10000 --runs 5]\n\nImport time per article on desks of the given sizes.';
const { values } = parseCli(USAGE, { options: { sizes: { type: 'string', default: '0,1000,10000' }, runs: { type: 'string', default: '5' } } });
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
const runs = Number(values.runs);
const text = readFileSync(fileURLToPath(new URL('../../demo/saraqeb.txt', import.meta.url)), 'utf8');

mkdirSync('tmp', { recursive: true });
const file = resolve('tmp', `bench-import-${process.pid}.db`);
const db = openDatabase(file);
await migrateToLatest(db);

const input = { text, format: 'text' as const, title: null, url: null, publisher: null, publishedAt: null, fileName: null };
// Starts the worker pool before any timing.
await extractOffThread({ text, format: 'text', clean: true });
let onDesk = 0;
async function importOne(): Promise<number> {
  const t = performance.now();
  await importArticle(db, input, { id: null, now: new Date() });
  onDesk++;
  return performance.now() - t;
}

console.log(`import time per article (${runs} imports at each desk size; ${Buffer.byteLength(text)} bytes each)`);
for (const size of sizes) {
  const fillStart = performance.now();
  if (onDesk === 0 && size > 0) await importOne();
  while (onDesk < size) onDesk += await copyArticles(db, size - onDesk);
  const filled = (performance.now() - fillStart) / 1000;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await importOne());
  times.sort((a, b) => a - b);
  console.log(
    `desk of ${String(size).padStart(6)} articles: ${times[Math.floor(times.length / 2)].toFixed(1)} ms/article median, ` +
      `${times[times.length - 1].toFixed(1)} ms slowest${size ? ` (filled in ${filled.toFixed(0)} s)` : ''}`,
  );
}
await db.destroy();
await closeExtractionPool();
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
