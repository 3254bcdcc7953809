import { sql, type Kysely } from 'kysely';

// A figure re-read from a changed sentence keeps, beside its former reading
// (previous_text/low/high, 2026-12-02T1330-article-versions), the former
// qualifier (so "more than 300" still reads as strict) and the article
// version whose re-reading replaced it, for the measure page (issue 17, ADR 027).
// Existing re-read figures take their claim's source version; their former
// qualifier stays unknown (null). Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('figure').addColumn('previous_qualifier', 'text').execute();
  await db.schema.alterTable('figure').addColumn('previous_version', 'integer').execute();
  await sql`update figure set previous_version = (select claim.source_version from claim where claim.id = figure.claim_id)
            where previous_text is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['previous_qualifier', 'previous_version']) await db.schema.alterTable('figure').dropColumn(c).execute();
}
