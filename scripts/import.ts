/**
 * npm run import -- FILE...   imports articles from the terminal. A bad file is
 * reported and skipped; the rest still import. Progress bar on a TTY, one
 * summary line per file otherwise. Exit status 1 when any file failed.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { closeDb, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { formatOfFile, MAX_ARTICLE_BYTES, ImportInputError } from '../app/domain/articles/import-input';
import { RuleError } from '../app/services/errors';
import { importArticle } from '../app/services/import-article.server';
import { decodeText } from '../app/domain/articles/decode-text';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run import -- FILE... (.txt, .md, .html)');
  process.exit(2);
}
const tty = process.stdout.isTTY === true;
const db = getDb();
await migrateToLatest(db);

function bar(done: number, total: number, label: string): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
}

let failed = 0;
const lines: string[] = [];
for (const [i, file] of files.entries()) {
  if (tty) bar(i, files.length, basename(file));
  let line: string;
  try {
    const format = formatOfFile(file);
    const size = statSync(file).size;
    if (size > MAX_ARTICLE_BYTES) throw new ImportInputError(`${size} bytes is over the 5 MB limit`, 'file', 'too-large');
    const text = decodeText(readFileSync(file), basename(file));
    const r = await importArticle(
      db,
      { text, format, title: null, url: null, publisher: null, publishedAt: null, fileName: basename(file) },
      { id: null, now: new Date() },
    );
    line = `ok    ${file}: article ${r.articleId} "${r.title}", ${r.claims} claims, ${r.figures} figures`;
  } catch (e) {
    failed++;
    const why = e instanceof ImportInputError || e instanceof RuleError || (e as NodeJS.ErrnoException).code ? (e as Error).message : String(e);
    line = `error ${file}: ${why} (skipped)`;
  }
  if (tty) lines.push(line);
  else console.log(line);
}
if (tty) {
  bar(files.length, files.length, 'done');
  process.stdout.write('\n' + lines.join('\n') + '\n');
}
console.log(`${files.length - failed} imported, ${failed} failed`);
await closeDb();
process.exit(failed ? 1 : 0);
