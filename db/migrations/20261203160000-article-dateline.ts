import { sql, type Kysely } from 'kysely';

// The dateline an import takes off the first paragraph ("KATHMANDU, Aug 14
// (Reuters)"): where and when the story was filed. It used to be dropped with
// the page furniture; now the article keeps it and its page shows it.
// Articles imported before stay without one (null) until a new version.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table article add column dateline text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table article drop column dateline`.execute(db);
}
