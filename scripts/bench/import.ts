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
 * The desk is filled between sizes by storing copies of the article with
 * the import's own storage step (`storeExtractedArticle`: the article, its
 * claims, figures with their match keys, and revisions), from one cached
 * extraction, 200 copies a transaction. The copies get no suggestions of
 * their own, so every figure on the desk is free: the most rivals an import
 * can meet. A full import per copy would take ~40 minutes for 10,000 on a
 * loaded 2-core machine; this takes a few.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { importArticle, storeExtractedArticle } from '../../app/services/import-article.server';
import { closeExtractionPool, extractOffThread } from '../../app/services/extraction-pool.server';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0,1000,10000' }, runs: { type: 'string', default: '5' } } });
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
const runs = Number(values.runs);
const text = readFileSync(fileURLToPath(new URL('../../demo/saraqeb.txt', import.meta.url)), 'utf8');

mkdirSync('tmp', { recursive: true });
const file = resolve('tmp', `bench-import-${process.pid}.db`);
const db = openDatabase(file);
await migrateToLatest(db);

const input = { text, format: 'text' as const, title: null, url: null, publisher: null, publishedAt: null, fileName: null };
// One extraction, reused for every copy that fills the desk; it also starts the worker pool before any timing.
const cached = await extractOffThread({ text, format: 'text', clean: true });
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
  while (onDesk < size) {
    const n = Math.min(200, size - onDesk);
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < n; i++) await storeExtractedArticle(trx, input, cached, { id: null, now: new Date() });
    });
    onDesk += n;
    if (process.stderr.isTTY) process.stderr.write(`\rfilling: ${onDesk}/${size}`);
  }
  const filled = (performance.now() - fillStart) / 1000;
  if (process.stderr.isTTY) process.stderr.write('\r');
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
