import type { Kysely } from 'kysely';

// The article's language as detected on import (BCP 47, "und" when none could be named);
// null for articles imported before detection existed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article').addColumn('language', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article').dropColumn('language').execute();
}
