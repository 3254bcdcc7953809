/**
 * npm run import -- FILE|URL...   imports articles from the terminal: files,
 * or http(s) URLs the page of which is fetched (a URL already imported makes
 * a new version of that article, or none when the page is unchanged). A bad file is
 * reported and skipped; the rest still import. Progress bar on a TTY, one
 * summary line per file otherwise. Exit status 1 when any file failed.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { closeDb, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { formatOfFile, MAX_ARTICLE_BYTES, ImportInputError } from '../app/domain/articles/import-input';
import { RuleError } from '../app/services/errors';
import { importFromUrl, importOrRevise } from '../app/services/import-by-url.server';
import { decodeText } from '../app/domain/articles/decode-text';
import { parseCli, usageError } from './lib/cli';

const USAGE = `usage: npm run import -- FILE|URL...

Imports articles: .txt, .md, .html files (up to 5 MB) and http(s) URLs, whose
page is fetched. A URL or text already imported makes a new version. Bad
files are reported and skipped; exit 1 when any failed.`;
const { positionals: files } = parseCli(USAGE, { options: {}, allowPositionals: true });
if (files.length === 0) usageError(USAGE, 'name at least one FILE or URL');
const tty = process.stdout.isTTY === true;
const db = getDb();
await migrateToLatest(db);

function bar(done: number, total: number, label: string): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
}

function describeSummary(s: { unchanged: number; moved: number; changed: number; removed: number; added: number } | null): string {
  if (!s) return 'no change';
  return `${s.changed} claims changed in source, ${s.removed} removed, ${s.added} new, ${s.unchanged + s.moved} unchanged`;
}

let failed = 0;
const lines: string[] = [];
for (const [i, file] of files.entries()) {
  if (tty) bar(i, files.length, basename(file));
  let line: string;
  try {
    if (/^https?:\/\//i.test(file)) {
      const r = await importFromUrl(db, { url: file }, { id: null, now: new Date() });
      line = !r.created
        ? `same  ${file}: article ${r.articleId} "${r.title}" unchanged (same SHA-256), no new version`
        : r.version === 1
          ? `ok    ${file}: article ${r.articleId} "${r.title}", ${r.claims} claims, ${r.figures} figures`
          : `ok    ${file}: article ${r.articleId} "${r.title}" version ${r.version}: ${describeSummary(r.summary)}`;
      if (tty) lines.push(line);
      else console.log(line);
      continue;
    }
    const format = formatOfFile(file);
    const size = statSync(file).size;
    if (size > MAX_ARTICLE_BYTES) throw new ImportInputError(`${size} bytes is over the 5 MB limit`, 'file', 'too-large');
    const text = decodeText(readFileSync(file), basename(file));
    const r = await importOrRevise(
      db,
      { text, format, title: null, url: null, publisher: null, publishedAt: null, fileName: basename(file) },
      { id: null, now: new Date() },
    );
    line = r.version && r.version > 1
      ? `ok    ${file}: article ${r.articleId} "${r.title}" version ${r.version}: ${describeSummary(r.summary)}`
      : `ok    ${file}: article ${r.articleId} "${r.title}", ${r.claims} claims, ${r.figures} figures`;
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
