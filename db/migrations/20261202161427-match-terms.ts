import { sql, type Kysely } from 'kysely';
import { onPostgres } from '../dialect';

// Matching at a million checked claims (issue 18, ADR 009): how many checked
// claims hold each stem, kept in a table of its own (reading it from the
// full-text index walks the stem's whole posting list, which takes seconds
// for common stems), and each checked claim's name stems stored beside its
// other stems, so the re-ranker reads candidates without re-parsing their text.
export async function up(db: Kysely<any>): Promise<void> {
  // Null until the app writes the row again: the re-ranker then reads the text itself.
  await db.schema.alterTable('checked_claim').addColumn('name_terms', 'text').execute();
  await db.schema
    .createTable('match_term')
    .addColumn('term', 'text', (c) => c.primaryKey())
    // Checked claims whose claim or title holds the stem.
    .addColumn('docs', 'integer', (c) => c.notNull())
    .execute();
  if (onPostgres(db)) {
    await sql`insert into match_term (term, docs) select word, ndoc from ts_stat('select search from checked_claim')`.execute(db);
  } else {
    await sql`insert into match_term (term, docs) select term, doc from checked_claim_vocab`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('match_term').execute();
  await db.schema.alterTable('checked_claim').dropColumn('name_terms').execute();
}
