import { sql, type Kysely } from 'kysely';
import { onPostgres } from '../dialect';

// PostgreSQL search keeps English stop words (issue 15, ADR 035). The
// 'english' configuration dropped them: "the", "was" or "not" found nothing
// on PostgreSQL and hundreds of claims on SQLite, whose FTS5 porter
// tokenizer indexes every word. 'simple' would keep them but stem nothing,
// so "displaced" would no longer find "displacement" on PostgreSQL while it
// does on SQLite. The `claimdesk` configuration is 'english' with its
// Snowball English stemmer made again without a stop-word list: stems as
// before, every word indexed, so both engines find the same claims for a
// stop word. The generated `search` tsvectors and their GIN indexes are made
// again over it (a rewrite of claim and article). SQLite: nothing changes.

export async function up(db: Kysely<any>): Promise<void> {
  if (!onPostgres(db)) return;
  await sql`create text search dictionary claimdesk_stem (template = snowball, language = english)`.execute(db);
  await sql`create text search configuration claimdesk (copy = english)`.execute(db);
  await sql`alter text search configuration claimdesk
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with claimdesk_stem`.execute(db);

  await sql`alter table claim drop column search`.execute(db);
  await sql`alter table claim add column search tsvector
    generated always as (to_tsvector('claimdesk', search_text)) stored`.execute(db);
  await sql`create index claim_search on claim using gin (search)`.execute(db);
  await sql`alter table article drop column search`.execute(db);
  await sql`alter table article add column search tsvector generated always as
    (setweight(to_tsvector('claimdesk', search_title), 'A') || setweight(to_tsvector('claimdesk', search_body), 'B')) stored`.execute(db);
  await sql`create index article_search on article using gin (search)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!onPostgres(db)) return;
  await sql`alter table claim drop column search`.execute(db);
  await sql`alter table claim add column search tsvector generated always as (to_tsvector('english', search_text)) stored`.execute(db);
  await sql`create index claim_search on claim using gin (search)`.execute(db);
  await sql`alter table article drop column search`.execute(db);
  await sql`alter table article add column search tsvector generated always as
    (setweight(to_tsvector('english', search_title), 'A') || setweight(to_tsvector('english', search_body), 'B')) stored`.execute(db);
  await sql`create index article_search on article using gin (search)`.execute(db);
  await sql`drop text search configuration claimdesk`.execute(db);
  await sql`drop text search dictionary claimdesk_stem`.execute(db);
}
