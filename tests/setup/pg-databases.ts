import pg from 'pg';

/**
 * PostgreSQL databases for `npm run test:pg`. The server is
 * CLAIMDESK_TEST_PG (an admin URL, default the local trust-auth server);
 * the global set-up migrates one template database per run, and each
 * vitest worker clones it once into its own database (CREATE DATABASE …
 * TEMPLATE), emptied again for every useTestDb() call.
 */
export const TEST_PG_ADMIN_URL = process.env.CLAIMDESK_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_DB = 'claimdesk_test_template';
const PREFIX = 'claimdesk_test_';

/** The URL of database `name` on the test server. */
export function testPgUrl(name: string): string {
  const u = new URL(TEST_PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The database of the current vitest worker (VITEST_POOL_ID is reused by the files one worker runs in turn). */
export function workerDbName(): string {
  return `${PREFIX}w${process.env.VITEST_POOL_ID ?? 0}`;
}

/** Runs `fn` with a client connected to the test server's maintenance database. */
export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops every claimdesk_test_* database (left from this run or a crashed one). */
export async function dropTestDatabases(client: pg.Client): Promise<void> {
  const r = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${PREFIX}%`]);
  for (const { datname } of r.rows) await client.query(`drop database if exists "${datname}" with (force)`);
}
