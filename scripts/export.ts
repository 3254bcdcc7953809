/**
 * npm run export -- --format md|html|csv|json|claimreview [--article ID]
 *   [--status verified,false] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *   [--assignee USER_ID] [--q WORDS] [--measure ID] [--include-drafts]
 *   [--table figures] [--bom] [--paper letter] [--url PAGE] [--by NAME] [--out FILE]
 * Writes the signed-off claims of a selection to stdout (or --out), streamed
 * (keyset pages on claim_export_order: memory stays flat however many):
 * one article with --article, else every article, narrowed by the same
 * filters as /exports (parsed by the same parseExportFilters).
 * Exit 2 for bad arguments, 1 when the article is missing or the ClaimReview
 * pre-flight refuses (its reasons on stderr); pre-flight warnings go to stderr.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { userInfo } from 'node:os';
import { closeDb, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { ClaimReviewRefusedError } from '../app/domain/export/claimreview-preflight';
import { ExportFilterError, parseExportFilters } from '../app/domain/export/export-filters';
import { parsePaper } from '../app/domain/export/export-html';
import { EXPORT_FORMATS, type ExportFormat } from '../app/domain/export/types';
import { NotFoundError } from '../app/services/errors';
import { prepareExport } from '../app/services/export.server';
import { parseCli, usageError } from './lib/cli';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--article ID] [--status S[,S]] [--from DAY] [--to DAY] [--assignee USER_ID] [--q WORDS] [--measure ID] [--include-drafts] [--table claims|figures] [--bom] [--paper a4|letter] [--url REVIEW_PAGE] [--by NAME] [--out FILE]`;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = parseCli(USAGE, {
  options: {
    article: { type: 'string' },
    format: { type: 'string' },
    status: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    assignee: { type: 'string' },
    q: { type: 'string' },
    measure: { type: 'string' },
    'include-drafts': { type: 'boolean', default: false },
    table: { type: 'string', default: 'claims' },
    bom: { type: 'boolean', default: false },
    paper: { type: 'string', default: 'a4' },
    url: { type: 'string' },
    by: { type: 'string' },
    out: { type: 'string' },
  },
}).values;
const format = args.format as ExportFormat;
if (args.article !== undefined && !/^[1-9]\d*$/.test(args.article)) usageError(USAGE, '--article needs an article id');
if (!EXPORT_FORMATS.includes(format)) usageError(USAGE, `--format must be one of ${EXPORT_FORMATS.join(', ')}`);
if (args.table !== 'claims' && args.table !== 'figures') usageError(USAGE, '--table must be claims or figures');

const db = getDb();
await migrateToLatest(db);
// The selection as /exports reads it from its query string.
const params = new URLSearchParams(args['include-drafts'] ? { drafts: '1' } : {});
for (const s of args.status ?? []) params.append('status', s);
for (const k of ['from', 'to', 'assignee', 'q', 'measure'] as const) if (args[k] !== undefined) params.set(k, args[k]!);
try {
  const file = await prepareExport(db, {
    filters: parseExportFilters(params, args.article ? Number(args.article) : null),
    editor: { name: args.by ?? `${userInfo().username} (terminal)` },
    now: new Date(),
    options: {
      format,
      table: args.table as 'claims' | 'figures',
      bom: args.bom,
      paper: parsePaper(args.paper),
      reviewUrl: args.url ?? null,
    },
  });
  for (const w of file.warnings) process.stderr.write(`warning: ${w}\n`);
  const out = args.out ? createWriteStream(args.out) : process.stdout;
  for await (const chunk of file.chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (args.out) {
    out.end();
    await once(out, 'finish');
    process.stderr.write(`wrote ${args.out}\n`);
  }
} catch (e) {
  if (e instanceof ClaimReviewRefusedError) fail(1, e.message);
  if (e instanceof NotFoundError) fail(1, `Article ${args.article} does not exist.`);
  if (e instanceof ExportFilterError) fail(2, e.message);
  throw e;
} finally {
  await closeDb();
}
