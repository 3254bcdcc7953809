import { migrateToLatest } from '../../db/migrate';
import { openPostgres } from '../../db/connection';
import type { TestProject } from 'vitest/node';
import { dropTestDatabases, templateDbName, testPgUrl, withAdmin } from './pg-databases';

/**
 * `npm run test:pg`: a freshly migrated template database the workers clone
 * (tests/setup/pg-databases.ts), named for this run so that runs at the same
 * time on one server stay apart; this run's databases are dropped at the end,
 * and those of crashed runs at the start.
 */
export default async function setup(project: TestProject) {
  const run = String(process.pid);
  project.provide('pgRun', run);
  const template = templateDbName(run);
  await withAdmin(async (c) => {
    await dropTestDatabases(c);
    await c.query(`create database "${template}"`);
  });
  const db = openPostgres(testPgUrl(template), { max: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  return async () => withAdmin((c) => dropTestDatabases(c, run));
}
