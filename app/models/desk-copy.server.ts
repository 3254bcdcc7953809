import { sql } from 'kysely';
import type { DB } from '../../db/connection';

async function columnsOf(db: DB, table: string): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return r.rows.map((c) => c.name);
}

/**
 * Adds `count` copies of the desk's first articles (ids 1…count, as many as
 * there are) with their claims and figures, not their history or
 * suggestions, by INSERT … SELECT at fixed id offsets: a large desk for a
 * benchmark in seconds (`npm run bench:import`). Returns how many articles
 * it copied (at most the number on the desk: call again to grow further).
 * SQLite only (reads the columns with pragma_table_info).
 */
export async function copyArticles(db: DB, count: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const max = async (t: 'article' | 'claim' | 'figure') =>
      Number((await trx.selectFrom(t).select((eb) => eb.fn.max('id').as('m')).executeTakeFirst())?.m ?? 0);
    const [a, c, f] = [await max('article'), await max('claim'), await max('figure')];
    const n = Math.min(count, a);
    if (n === 0) return 0;
    const copy = async (table: string, replace: Record<string, string>, where: string) => {
      const cols = await columnsOf(trx, table);
      const list = cols.map((x) => `"${x}"`).join(', ');
      const select = cols.map((x) => replace[x] ?? `"${x}"`).join(', ');
      await sql.raw(`insert into "${table}" (${list}) select ${select} from "${table}" where ${where}`).execute(trx);
    };
    await copy('article', { id: `id + ${a}` }, `id <= ${n}`);
    await copy('claim', { id: `id + ${c}`, article_id: `article_id + ${a}` }, `article_id <= ${n}`);
    await copy('figure', { id: `id + ${f}`, claim_id: `claim_id + ${c}`, measure_id: 'null' }, `claim_id in (select id from claim where article_id <= ${n})`);
    return n;
  });
}
