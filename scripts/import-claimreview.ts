/**
 * npm run import:claimreview -- FILE...   imports published fact-checks into
 * the archive that claims are matched against: web pages with ClaimReview
 * JSON-LD (.html), JSON (a ClaimReview, an array, a DataFeed or a Fact Check
 * Tools claims list) or CSV (claim, rating, url, publisher, date). Bad items
 * are reported and skipped; the same review URL updates in place. Exit
 * status 1 when any file or item failed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { closeDb, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { decodeText } from '../app/domain/articles/decode-text';
import { parseClaimReviews } from '../app/domain/archive/parse-claimreview';
import { importClaimReviews } from '../app/services/claim-archive.server';
import { parseCli, usageError } from './lib/cli';

const USAGE = `usage: npm run import:claimreview -- FILE...

Imports published fact-checks into the archive: .html pages with ClaimReview
JSON-LD, .json (a ClaimReview, an array, a DataFeed or Fact Check Tools
claims) or .csv (claim, rating, url, publisher, date). Bad items are reported
and skipped; exit 1 when any file or item failed.`;
const { positionals: files } = parseCli(USAGE, { options: {}, allowPositionals: true });
if (files.length === 0) usageError(USAGE, 'name at least one FILE');
const db = getDb();
await migrateToLatest(db);
let failed = false;
for (const file of files) {
  try {
    const parsed = parseClaimReviews(decodeText(readFileSync(file), basename(file)), basename(file));
    const r = await importClaimReviews(db, parsed.items, new Date().toISOString());
    console.log(`${file}: ${r.created} added, ${r.updated} updated, ${parsed.problems.length} skipped`);
    for (const p of parsed.problems) console.error(`  ${file}: ${p.where}: ${p.reason}`);
    if (parsed.problems.length) failed = true;
  } catch (e) {
    failed = true;
    console.error(`${file}: failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
await closeDb();
process.exit(failed ? 1 : 0);
