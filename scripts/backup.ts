/**
 * npm run backup -- FILE   copies the live database (DATABASE_URL, default
 * data/claimdesk.db) to FILE while the server keeps running, with SQLite's
 * online backup API; FILE must not exist yet. Restoring is in the README.
 * Exit status 2 for usage errors, 1 when the backup failed.
 */
import { resolve } from 'node:path';
import { backupDatabase } from '../db/backup';
import { databaseEngine, databasePath } from '../db/connection';
import { parseCli, usageError } from './lib/cli';

const USAGE = `usage: npm run backup -- FILE

Copies the live SQLite database (DATABASE_URL, default data/claimdesk.db) to
FILE, a new file, while the server runs.`;
const { positionals } = parseCli(USAGE, { options: {}, allowPositionals: true });
if (positionals.length !== 1) usageError(USAGE, positionals.length ? 'one FILE only' : 'FILE is missing');
const [file] = positionals;
if (databaseEngine() === 'postgres') {
  console.error('DATABASE_URL names a PostgreSQL server: back it up with pg_dump (see "Backups and restore" in the README).');
  process.exit(2);
}
const source = databasePath();
const destination = resolve(file);
try {
  const started = Date.now();
  const r = await backupDatabase(source, destination);
  console.log(
    `Backed up ${source} to ${destination}: ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.pages} pages, ` +
      `integrity ok, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (e) {
  console.error(`Backup failed: ${(e as Error).message}`);
  process.exit(1);
}
