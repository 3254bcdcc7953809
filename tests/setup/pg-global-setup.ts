import { migrateToLatest } from '../../db/migrate';
import { openPostgres } from '../../db/connection';
import { dropTestDatabases, TEMPLATE_DB, testPgUrl, withAdmin } from './pg-databases';

/**
 * `npm run test:pg`: a freshly migrated template database the workers clone
 * (tests/setup/pg-databases.ts); every test database is dropped at the end.
 */
export default async function setup() {
  await withAdmin(async (c) => {
    await dropTestDatabases(c);
    await c.query(`create database "${TEMPLATE_DB}"`);
  });
  const db = openPostgres(testPgUrl(TEMPLATE_DB), { max: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  return async () => withAdmin(dropTestDatabases);
}
