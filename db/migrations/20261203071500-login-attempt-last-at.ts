import type { Kysely } from 'kysely';

// The sign-in throttle prunes login_attempt rows older than a day in the same
// transaction as every failed sign-in (`lastAt <= now - 24 h`): an index on
// last_at keeps that delete a range read instead of a scan of every address
// that ever failed (a password-spraying run leaves one row per address).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('login_attempt_last_at').on('login_attempt').column('last_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('login_attempt_last_at').execute();
}
