/**
 * npm run db:copy -- --from file:data/claimdesk.db --to postgres://HOST/DB
 * moves a desk, with its whole history, into an empty PostgreSQL database
 * (db/copy.ts); ids are kept, and the revision chain is verified on the
 * copy before it says so. The source is only read: stop the app servers
 * first so nothing is written after the copy starts. Exit status 2 for
 * usage errors, 1 when the copy failed or the copied chain does not verify.
 */
import { existsSync } from 'node:fs';
import { databaseEngine, databasePath, describeDatabase, openDatabaseUrl } from '../db/connection';
import { copyDesk } from '../db/copy';
import { verifyHistory } from '../app/services/history.server';
import { parseCli, usageError } from './lib/cli';

const usage = `usage: npm run db:copy -- --from file:data/claimdesk.db --to postgres://user@host:5432/database

Copies a desk with its whole history into an empty PostgreSQL database (ids
kept, the history chain verified on the copy).`;
const {
  values: { from, to },
} = parseCli(usage, { options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!from || !to) usageError(usage, from ? '--to is required' : '--from is required');

if (databaseEngine(from) === 'sqlite' && !existsSync(databasePath(from))) {
  console.error(`No database at ${databasePath(from)}`);
  process.exit(2);
}
if (databaseEngine(to) !== 'postgres') {
  console.error(`--to must be a PostgreSQL URL (postgres://…)\n${usage}`);
  process.exit(2);
}
const source = openDatabaseUrl(from);
const target = openDatabaseUrl(to);
let status = 0;
try {
  const started = Date.now();
  const report = await copyDesk(source, target, (table, rows) => console.log(`  ${table}: ${rows} rows`));
  const total = report.reduce((n, t) => n + t.rows, 0);
  const chain = await verifyHistory(target);
  if (chain.broken) {
    console.error(`Copied, but the history chain on the copy is BROKEN at revision ${chain.broken.id}: ${chain.broken.reason}`);
    status = 1;
  } else {
    console.log(
      `Copied ${describeDatabase(from)} to ${describeDatabase(to)}: ${total} rows in ${report.length} tables, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s; history chain intact (${chain.checked} revisions).`,
    );
  }
} catch (e) {
  console.error(`Copy failed: ${(e as Error).message}`);
  status = 1;
} finally {
  await source.destroy();
  await target.destroy();
}
process.exit(status);
