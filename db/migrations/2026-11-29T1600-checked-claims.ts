import { sql, type Kysely } from 'kysely';
import { idColumn, onPostgres, timestampType } from '../dialect';

// The archive of checked claims (published fact-checks imported as
// ClaimReview, and the desk's own claims with a final status), its FTS5
// index over matching stems, and the "not the same claim" decisions.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checked_claim')
    .addColumn('id', 'integer', idColumn(db))
    // Published fact-checks are keyed by their review URL; desk claims by claim id.
    .addColumn('url', 'text', (c) => c.unique())
    .addColumn('claim_id', 'integer', (c) => c.unique().references('claim.id'))
    .addColumn('claim', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('claimant', 'text')
    .addColumn('rating', 'text')
    .addColumn('rating_value', 'integer')
    .addColumn('publisher', 'text')
    .addColumn('reviewed_at', 'text')
    // Matching stems (space-separated), written by the app's matching code.
    .addColumn('claim_terms', 'text', (c) => c.notNull())
    .addColumn('title_terms', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .addColumn('updated_at', timestampType(db), (c) => c.notNull())
    .addCheckConstraint('checked_claim_keyed', sql`url is not null or claim_id is not null`)
    .execute();

  // Stems are made by the app; the tokenizer only splits on spaces.
  if (onPostgres(db)) {
    // 'simple' only lowercases: the stems stay as the app made them; the claim weighted A, the title B.
    await sql`alter table checked_claim add column search tsvector generated always as
      (setweight(to_tsvector('simple', claim_terms), 'A') || setweight(to_tsvector('simple', title_terms), 'B')) stored`.execute(db);
    await sql`create index checked_claim_search on checked_claim using gin (search)`.execute(db);
  } else {
    await sql`create virtual table checked_claim_fts using fts5(claim_terms, title_terms,
      content='checked_claim', content_rowid='id', tokenize='unicode61')`.execute(db);
    await sql`create virtual table checked_claim_vocab using fts5vocab(checked_claim_fts, 'row')`.execute(db);
    await sql`create trigger checked_claim_fts_ai after insert on checked_claim begin
      insert into checked_claim_fts(rowid, claim_terms, title_terms) values (new.id, new.claim_terms, new.title_terms); end`.execute(db);
    await sql`create trigger checked_claim_fts_ad after delete on checked_claim begin
      insert into checked_claim_fts(checked_claim_fts, rowid, claim_terms, title_terms)
        values ('delete', old.id, old.claim_terms, old.title_terms); end`.execute(db);
    await sql`create trigger checked_claim_fts_au after update of claim_terms, title_terms on checked_claim begin
      insert into checked_claim_fts(checked_claim_fts, rowid, claim_terms, title_terms)
        values ('delete', old.id, old.claim_terms, old.title_terms);
      insert into checked_claim_fts(rowid, claim_terms, title_terms) values (new.id, new.claim_terms, new.title_terms); end`.execute(db);
  }

  await db.schema
    .createTable('match_rejection')
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id'))
    .addColumn('checked_claim_id', 'integer', (c) => c.notNull().references('checked_claim.id'))
    .addColumn('rejected_by', 'integer', (c) => c.references('user.id'))
    .addColumn('rejected_at', timestampType(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('match_rejection_pk', ['claim_id', 'checked_claim_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('match_rejection').execute();
  for (const t of ['checked_claim_vocab', 'checked_claim_fts']) await sql`drop table if exists ${sql.raw(t)}`.execute(db);
  await db.schema.dropTable('checked_claim').execute();
}
