/**
 * npm run migrate   brings the database (DATABASE_URL, default data/claimdesk.db)
 * to the latest migration, then reopens approvals given before they were
 * bound to their content. `npm start` runs it before the server starts.
 */
import { closeDb, describeDatabase, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { reopenUnboundApprovals } from '../app/services/signoff-binding.server';
import { parseCli } from './lib/cli';

parseCli('usage: npm run migrate\n\nRuns the database migrations on DATABASE_URL (default file:data/claimdesk.db). No options.', { options: {} });

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
