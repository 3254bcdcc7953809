/** npm run history:verify — recomputes the revision hash chain and names the first broken link. */
import { closeDb, describeDatabase, getDb } from '../db/connection';
import { verifyHistory } from '../app/services/history.server';

const result = await verifyHistory(getDb());
await closeDb();
if (result.broken) {
  console.error(
    `History chain BROKEN at revision ${result.broken.id}: ${result.broken.reason}. ${result.checked} revisions before it are intact (${describeDatabase()}).`,
  );
  process.exit(1);
}
console.log(`History chain intact: ${result.checked} revisions verified (${describeDatabase()}).`);
