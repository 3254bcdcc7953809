import type { Kysely } from 'kysely';

// The author an uploaded page names in its metadata (meta author, JSON-LD).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article').addColumn('author', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article').dropColumn('author').execute();
}
