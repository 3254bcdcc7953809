import type { Kysely } from 'kysely';

// Frozen once landed: later changes go in a new migration.
// One row per throttled key ("account:<email>" or "ip:<address>"): the run of
// recent failed sign-ins and when the last one happened. Kept in the database
// so a restart or a second server process does not reset the count.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_attempt')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_attempt').execute();
}
