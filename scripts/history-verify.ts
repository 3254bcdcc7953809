/** npm run history:verify — recomputes the revision hash chain and names the first broken link. */
import { closeDb, describeDatabase, getDb } from '../db/connection';
import { verifyHistory } from '../app/services/history.server';
import { parseCli } from './lib/cli';

parseCli(
  'usage: npm run history:verify\n\nRecomputes the revision hash chain of DATABASE_URL; exit 1 naming the first broken link. No options.',
  { options: {} },
);

const result = await verifyHistory(getDb());
await closeDb();
if (result.broken) {
  console.error(
    `History chain BROKEN at revision ${result.broken.id}: ${result.broken.reason}. ${result.checked} revisions before it are intact (${describeDatabase()}).`,
  );
  process.exit(1);
}
console.log(`History chain intact: ${result.checked} revisions verified (${describeDatabase()}).`);
