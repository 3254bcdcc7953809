import pg from 'pg';

/**
 * PostgreSQL databases for `npm run test:pg`. The server is
 * CLAIMDESK_TEST_PG (an admin URL, default the local trust-auth server);
 * the global set-up migrates one template database per run, and each
 * vitest worker clones it once into its own database (CREATE DATABASE …
 * TEMPLATE), emptied again for every useTestDb() call.
 */
export const TEST_PG_ADMIN_URL = process.env.CLAIMDESK_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres';
const PREFIX = 'claimdesk_test_';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This test:pg run's id (the vitest main process's pid), in every database name it makes. */
    pgRun: string;
  }
}

/**
 * The names of one run's databases: `claimdesk_test_<run>_template` and
 * `claimdesk_test_<run>_w<pool id>`. Runs at the same time on one server
 * (two checkouts, CI beside a developer) never touch each other's.
 */
export function templateDbName(run: string): string {
  return `${PREFIX}${run}_template`;
}

/** The database of the current vitest worker (VITEST_POOL_ID is reused by the files one worker runs in turn). */
export function workerDbName(run: string): string {
  return `${PREFIX}${run}_w${process.env.VITEST_POOL_ID ?? 0}`;
}

/** The URL of database `name` on the test server. */
export function testPgUrl(name: string): string {
  const u = new URL(TEST_PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
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

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Drops run `run`'s databases; without `run`, those a crashed run left: a
 * claimdesk_test_* database with nobody connected whose run's process is
 * gone (or that has no run id, from before ids were used).
 */
export async function dropTestDatabases(client: pg.Client, run?: string): Promise<void> {
  const r = await client.query<{ datname: string; connected: number }>(
    `select datname, (select count(*) from pg_stat_activity a where a.datname = d.datname)::int as connected
       from pg_database d where datname like $1`,
    [`${run ? `${PREFIX}${run}_` : PREFIX}%`],
  );
  for (const { datname, connected } of r.rows) {
    if (!run) {
      const pid = /^claimdesk_test_(\d+)_/.exec(datname)?.[1];
      if (connected > 0 || (pid && alive(Number(pid)))) continue;
    }
    await client.query(`drop database if exists "${datname}" with (force)`);
  }
}
