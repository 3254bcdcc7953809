import { closeDb, describeDatabase, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { reopenUnboundApprovals } from '../app/services/signoff-binding.server';

const result = await migrateToLatest(getDb());
const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
console.log(
  applied.length
    ? `Migrated ${describeDatabase()}: ${applied.join(', ')}`
    : `Database ${describeDatabase()} is up to date`,
);
// Approvals from before they recorded what they approved cannot be trusted: back to pending, with a revision each.
const reopened = await reopenUnboundApprovals(getDb(), new Date());
if (reopened) console.log(`Reopened ${reopened} sign-off${reopened === 1 ? '' : 's'} given before approvals were bound to their content`);
await closeDb();
