import { closeDb, databasePath, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';

const result = await migrateToLatest(getDb());
const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
console.log(
  applied.length
    ? `Migrated ${databasePath()}: ${applied.join(', ')}`
    : `Database ${databasePath()} is up to date`,
);
await closeDb();
