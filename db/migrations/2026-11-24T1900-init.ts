import { sql, type Kysely } from 'kysely';
import { idColumn, onPostgres, realType, timestampType } from '../dialect';

// Frozen once landed (on SQLite; ADR 018 gave it a PostgreSQL branch): later changes go in a new migration.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('checker', 'editor', 'admin')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .addColumn('expires_at', timestampType(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user').on('session').column('user_id').execute();

  await db.schema
    .createTable('article')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('publisher', 'text')
    .addColumn('published_at', 'text')
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('text', 'html')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_sha256', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'integer', (c) => c.references('user.id'))
    .addColumn('imported_at', timestampType(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_imported_at').on('article').column('imported_at').execute();

  await db.schema
    .createTable('claim')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('anchor_start', 'integer', (c) => c.notNull())
    .addColumn('anchor_end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('suffix', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('checkworthiness', realType(db), (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('attribution', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unreviewed')
        .check(sql`status in ('unreviewed', 'in_progress', 'verified', 'false', 'misleading', 'unverifiable')`),
    )
    .addColumn('rating', 'text')
    .addColumn('verdict', 'text')
    .addColumn('assignee_id', 'integer', (c) => c.references('user.id'))
    // Sign-off: a final status set by a checker waits for an editor.
    .addColumn('signoff', 'text', (c) =>
      c.notNull().defaultTo('none').check(sql`signoff in ('none', 'pending', 'approved', 'returned')`),
    )
    .addColumn('signoff_by', 'integer', (c) => c.references('user.id'))
    .addColumn('signoff_at', timestampType(db))
    .addColumn('signoff_comment', 'text')
    .addColumn('dismissed_at', timestampType(db))
    .addColumn('merged_into', 'integer', (c) => c.references('claim.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .addColumn('updated_at', timestampType(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_article').on('claim').columns(['article_id', 'position']).execute();
  await db.schema.createIndex('claim_status').on('claim').column('status').execute();
  await db.schema.createIndex('claim_assignee').on('claim').column('assignee_id').execute();
  await db.schema.createIndex('claim_signoff').on('claim').column('signoff').execute();

  await db.schema
    .createTable('source')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('url_key', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('official_statistics', 'un_ngo_report', 'news_report', 'social_media', 'interview', 'document')`),
    )
    .addColumn('published_at', 'text')
    .addColumn('accessed_at', 'text')
    .addColumn('archived_url', 'text')
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('user.id'))
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .addColumn('updated_at', timestampType(db), (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('source.id'))
    .addColumn('stance', 'text', (c) => c.notNull().check(sql`stance in ('supports', 'refutes', 'context')`))
    .addColumn('excerpt', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('user.id'))
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .addColumn('removed_at', timestampType(db))
    .execute();
  await db.schema.createIndex('evidence_claim').on('evidence').column('claim_id').execute();

  await db.schema
    .createTable('figure')
    .addColumn('id', 'integer', idColumn(db))
    // A figure comes from a claim's sentence or is recorded from a source.
    .addColumn('claim_id', 'integer', (c) => c.references('claim.id'))
    .addColumn('source_id', 'integer', (c) => c.references('source.id'))
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('as_of', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('low', realType(db))
    .addColumn('high', realType(db))
    .addColumn('qualifier', 'text', (c) => c.notNull())
    .addColumn('counted', 'text')
    .addColumn('event', 'text')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('currency', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addCheckConstraint('figure_origin', sql`claim_id is not null or source_id is not null`)
    .execute();
  await db.schema.createIndex('figure_claim').on('figure').column('claim_id').execute();
  await db.schema.createIndex('figure_source').on('figure').column('source_id').execute();

  // Revisions: append-only, each holding the hash of the one before it.
  await db.schema
    .createTable('revision')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('claim_id', 'integer')
    .addColumn('actor_id', 'integer', (c) => c.references('user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('note', 'text')
    .addColumn('prev_hash', 'text')
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revision_claim').on('revision').column('claim_id').execute();
  await db.schema.createIndex('revision_entity').on('revision').columns(['entity', 'entity_id']).execute();

  // Full-text search. PostgreSQL: a generated tsvector column with a GIN
  // index (the claim's wording and quote; the article's title weighted A).
  if (onPostgres(db)) {
    await sql`alter table claim add column search tsvector
      generated always as (to_tsvector('english', text || ' ' || quote)) stored`.execute(db);
    await sql`create index claim_search on claim using gin (search)`.execute(db);
    await sql`alter table article add column search tsvector generated always as
      (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored`.execute(db);
    await sql`create index article_search on article using gin (search)`.execute(db);
    return;
  }
  // SQLite: FTS5, external content kept in step by triggers.
  await sql`create virtual table claim_fts using fts5(text, quote, content='claim', content_rowid='id', tokenize='porter unicode61')`.execute(db);
  await sql`create trigger claim_fts_ai after insert on claim begin
    insert into claim_fts(rowid, text, quote) values (new.id, new.text, new.quote); end`.execute(db);
  await sql`create trigger claim_fts_ad after delete on claim begin
    insert into claim_fts(claim_fts, rowid, text, quote) values ('delete', old.id, old.text, old.quote); end`.execute(db);
  await sql`create trigger claim_fts_au after update of text, quote on claim begin
    insert into claim_fts(claim_fts, rowid, text, quote) values ('delete', old.id, old.text, old.quote);
    insert into claim_fts(rowid, text, quote) values (new.id, new.text, new.quote); end`.execute(db);

  await sql`create virtual table article_fts using fts5(title, body, content='article', content_rowid='id', tokenize='porter unicode61')`.execute(db);
  await sql`create trigger article_fts_ai after insert on article begin
    insert into article_fts(rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
  await sql`create trigger article_fts_ad after delete on article begin
    insert into article_fts(article_fts, rowid, title, body) values ('delete', old.id, old.title, old.body); end`.execute(db);
  await sql`create trigger article_fts_au after update of title, body on article begin
    insert into article_fts(article_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
    insert into article_fts(rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['article_fts', 'claim_fts']) await sql`drop table if exists ${sql.raw(t)}`.execute(db);
  for (const t of ['revision', 'figure', 'evidence', 'source', 'claim', 'article', 'session', 'user']) await db.schema.dropTable(t).execute();
}
