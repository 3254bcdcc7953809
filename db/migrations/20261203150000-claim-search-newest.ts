import { sql, type Kysely } from 'kysely';
import { onPostgres } from '../dialect';

// PostgreSQL search picks its page among the newest matches of a query
// (ADR 035, 037): it walks claims from the newest back until it has enough.
// Through claim_pkey every claim walked is a fetch of its whole heap row
// (text, search text, figures' columns), so a word in 2 % of claims read
// 13,000 pages at 10,000 articles. This index holds what the walk reads (the
// id, the status filter and the tsvector) for claims not dismissed, in
// newest-first order, so the walk is an index-only scan of about a fifth of
// the pages (ADR 039). Its key is -id: with the key id the planner prices the
// primary key's walk lower and never picks it. SQLite: nothing changes (FTS5
// finds matches by rowid).

export async function up(db: Kysely<any>): Promise<void> {
  if (!onPostgres(db)) return;
  await sql`create index claim_search_newest on claim ((-id)) include (id, status, search) where dismissed_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!onPostgres(db)) return;
  await sql`drop index claim_search_newest`.execute(db);
}
