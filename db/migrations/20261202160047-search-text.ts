import { sql, type Kysely } from 'kysely';
import { onPostgres } from '../dialect';
import { claimSearchText, searchText } from '../../app/domain/search/normalise';

// Search over one normalised text per row (ADR 024): `claim.search_text`
// (wording and quote), `article.search_title` and `article.search_body`,
// written by the app (app/domain/search/normalise.ts: digits of every
// script as ASCII, grouped numbers also as bare digits, Arabic without
// harakat or alef variants, accents and case folded). Both engines index
// these columns instead of the original text:
// - SQLite: claim_fts and article_fts are made again over them (porter
//   unicode61, combining marks kept inside words). claim_fts holds live
//   claims only (not dismissed), so a count of matches needs no join.
// - PostgreSQL: the generated `search` tsvector columns are made again
//   over them ('english', as before), with their GIN indexes.
// The backfill uses the normaliser as it is now: a later change to it needs
// its own migration recomputing the columns.

const BATCH = 500;

/**
 * Sets the columns `compute` returns for every row of `table`, BATCH rows
 * an UPDATE … FROM (VALUES …) (on both engines; VALUES columns are named
 * column1, column2 … on both), in id order.
 */
async function backfill(
  db: Kysely<any>,
  table: 'claim' | 'article',
  read: string[],
  compute: (row: Record<string, string>) => Record<string, string>,
): Promise<void> {
  for (let after = 0; ; ) {
    const rows = await db.selectFrom(table).select(['id', ...read]).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (rows.length === 0) return;
    const values = rows.map((r) => ({ id: r.id as number, set: compute(r) }));
    const columns = Object.keys(values[0].set);
    const tuples = values.map((v) => sql`(cast(${v.id} as integer), ${sql.join(columns.map((c) => sql`${v.set[c]}`))})`);
    const assignments = columns.map((c, i) => sql`${sql.ref(c)} = v.${sql.raw(`column${i + 2}`)}`);
    await sql`update ${sql.table(table)} set ${sql.join(assignments)}
      from (values ${sql.join(tuples)}) as v where ${sql.ref(`${table}.id`)} = v.column1`.execute(db);
    after = rows[rows.length - 1].id;
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('claim').addColumn('search_text', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('article').addColumn('search_title', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('article').addColumn('search_body', 'text', (c) => c.notNull().defaultTo('')).execute();

  if (onPostgres(db)) {
    // Drop the generated columns first, so the backfill does not recompute them row by row.
    await sql`alter table claim drop column search`.execute(db);
    await sql`alter table article drop column search`.execute(db);
  } else {
    for (const t of ['claim', 'article']) {
      for (const op of ['ai', 'ad', 'au']) await sql`drop trigger if exists ${sql.raw(`${t}_fts_${op}`)}`.execute(db);
      await sql`drop table if exists ${sql.raw(`${t}_fts`)}`.execute(db);
    }
  }

  await backfill(db, 'claim', ['text', 'quote'], (r) => ({ search_text: claimSearchText(r.text, r.quote) }));
  await backfill(db, 'article', ['title', 'body'], (r) => ({ search_title: searchText(r.title), search_body: searchText(r.body) }));

  if (onPostgres(db)) {
    await sql`alter table claim add column search tsvector
      generated always as (to_tsvector('english', search_text)) stored`.execute(db);
    await sql`create index claim_search on claim using gin (search)`.execute(db);
    await sql`alter table article add column search tsvector generated always as
      (setweight(to_tsvector('english', search_title), 'A') || setweight(to_tsvector('english', search_body), 'B')) stored`.execute(db);
    await sql`create index article_search on article using gin (search)`.execute(db);
    return;
  }

  const tokenize = sql.raw(`tokenize="porter unicode61 categories 'L* N* Co M*'"`);
  await sql`create virtual table claim_fts using fts5(search_text, content='claim', content_rowid='id', ${tokenize})`.execute(db);
  // Live claims only: a dismissed (or merged) claim leaves the index and a restored one comes back.
  await sql`create trigger claim_fts_ai after insert on claim when new.dismissed_at is null begin
    insert into claim_fts(rowid, search_text) values (new.id, new.search_text); end`.execute(db);
  await sql`create trigger claim_fts_ad after delete on claim when old.dismissed_at is null begin
    insert into claim_fts(claim_fts, rowid, search_text) values ('delete', old.id, old.search_text); end`.execute(db);
  await sql`create trigger claim_fts_au after update of search_text, dismissed_at on claim begin
    insert into claim_fts(claim_fts, rowid, search_text) select 'delete', old.id, old.search_text where old.dismissed_at is null;
    insert into claim_fts(rowid, search_text) select new.id, new.search_text where new.dismissed_at is null; end`.execute(db);
  await sql`insert into claim_fts(rowid, search_text) select id, search_text from claim where dismissed_at is null`.execute(db);

  await sql`create virtual table article_fts using fts5(search_title, search_body, content='article', content_rowid='id', ${tokenize})`.execute(db);
  await sql`create trigger article_fts_ai after insert on article begin
    insert into article_fts(rowid, search_title, search_body) values (new.id, new.search_title, new.search_body); end`.execute(db);
  await sql`create trigger article_fts_ad after delete on article begin
    insert into article_fts(article_fts, rowid, search_title, search_body) values ('delete', old.id, old.search_title, old.search_body); end`.execute(db);
  await sql`create trigger article_fts_au after update of search_title, search_body on article begin
    insert into article_fts(article_fts, rowid, search_title, search_body) values ('delete', old.id, old.search_title, old.search_body);
    insert into article_fts(rowid, search_title, search_body) values (new.id, new.search_title, new.search_body); end`.execute(db);
  await sql`insert into article_fts(article_fts) values ('rebuild')`.execute(db);
}

export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error('20261202160047-search-text cannot be undone: restore a backup taken before it.');
}
