import type { Kysely } from 'kysely';
import { timestampType } from '../dialect';

// Frozen once landed (on SQLite; ADR 018 gave it a PostgreSQL branch): later changes go in a new migration.
// One row per throttled key ("account:<email>" or "ip:<address>"): the run of
// recent failed sign-ins and when the last one happened. Kept in the database
// so a restart or a second server process does not reset the count.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_attempt')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_at', timestampType(db), (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_attempt').execute();
}
