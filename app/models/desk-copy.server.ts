import { sql } from 'kysely';
import { isPostgres, type DB } from '../../db/connection';

/** The table's columns a copy writes: all of them on SQLite; on PostgreSQL all but generated ones (the search vector). */
async function columnsOf(db: DB, table: string): Promise<string[]> {
  if (!isPostgres(db)) {
    const r = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
    return r.rows.map((c) => c.name);
  }
  const r = await sql<{ name: string }>`select column_name as name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER' order by ordinal_position`.execute(db);
  return r.rows.map((c) => c.name);
}

/**
 * Adds `count` copies of the desk's first articles (ids 1…count, as many as
 * there are) with their claims, figures and evidence, not their history or
 * suggestions, by INSERT … SELECT at fixed id offsets: a large desk for a
 * benchmark in seconds (`npm run bench:import`, `bench:pages`). The copies
 * keep every column (status, sign-off, assignee, dates), so a desk of
 * 10,000 articles has the mix of states its first articles had. Returns how
 * many articles it copied (at most the number on the desk: call again to
 * grow further). Both engines; on PostgreSQL the identity sequences are
 * moved past the copies.
 */
export async function copyArticles(db: DB, count: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const max = async (t: 'article' | 'claim' | 'figure' | 'evidence') =>
      Number((await trx.selectFrom(t).select((eb) => eb.fn.max('id').as('m')).executeTakeFirst())?.m ?? 0);
    const [a, c, f, e] = [await max('article'), await max('claim'), await max('figure'), await max('evidence')];
    const n = Math.min(count, a);
    if (n === 0) return 0;
    const copy = async (table: string, replace: Record<string, string>, where: string) => {
      const cols = await columnsOf(trx, table);
      const list = cols.map((x) => `"${x}"`).join(', ');
      const select = cols.map((x) => replace[x] ?? `"${x}"`).join(', ');
      await sql.raw(`insert into "${table}" (${list}) select ${select} from "${table}" where ${where} order by id`).execute(trx);
    };
    const ofCopied = `claim_id in (select id from claim where article_id <= ${n})`;
    await copy('article', { id: `id + ${a}` }, `id <= ${n}`);
    // evidence_count starts at 0: the evidence triggers count the copied evidence (ADR 035).
    await copy('claim', { id: `id + ${c}`, article_id: `article_id + ${a}`, merged_into: `merged_into + ${c}`, evidence_count: '0' }, `article_id <= ${n}`);
    await copy('figure', { id: `id + ${f}`, claim_id: `claim_id + ${c}`, measure_id: 'null' }, ofCopied);
    await copy('evidence', { id: `id + ${e}`, claim_id: `claim_id + ${c}` }, ofCopied);
    if (isPostgres(trx)) {
      for (const t of ['article', 'claim', 'figure', 'evidence']) {
        await sql.raw(`select setval(pg_get_serial_sequence('"${t}"', 'id'), (select max(id) from "${t}"))`).execute(trx);
      }
    }
    return n;
  });
}
