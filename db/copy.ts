import { sql, type Kysely } from 'kysely';
import { isPostgres, type DB } from './connection';
import { migrations } from './migrations';
import { migrateToLatest } from './migrate';

/** Rows copied per table, in the order the tables were filled. */
export type CopyReport = Array<{ table: string; rows: number }>;

// Tables and columns the target's triggers fill as the rows they count
// arrive (ADR 035): not copied (a copied count would be counted again).
const DERIVED = new Set(['article_progress']);
const DERIVED_COLUMNS = new Set(['claim.evidence_count']);

// PostgreSQL binds at most 65,535 parameters per statement.
const MAX_PARAMS = 60_000;
const PAGE = 1000;

/**
 * Copies a whole desk (every table the migrations make, history included)
 * from `from` (SQLite or PostgreSQL) into `to`, an empty PostgreSQL
 * database, which is migrated first. Ids are kept as they are (the
 * revision chain, links and exports name them), identity sequences are
 * moved past the highest id, and generated columns (the search tsvectors)
 * and trigger-kept counts (article_progress, claim.evidence_count) are
 * left to PostgreSQL. Tables are filled parents first; a column that
 * points into its own table (a claim merged into another) is filled in a
 * second pass. One transaction: on any error the target stays empty.
 *
 * @throws Error when the source is not at the latest migration or the target already holds a desk.
 */
export async function copyDesk(fromDb: DB, toDb: DB, onTable?: (table: string, rows: number) => void): Promise<CopyReport> {
  // Tables and columns by their names in the database (snake_case), as the catalogue lists them.
  const from = fromDb.withoutPlugins();
  const to = toDb.withoutPlugins();
  if (!isPostgres(to)) throw new Error('the target must be a PostgreSQL database (postgres://…)');
  const applied = new Set(
    (await sql<{ name: string }>`select name from kysely_migration`.execute(from).catch(() => ({ rows: [] }))).rows.map((r) => r.name),
  );
  const missing = Object.keys(migrations).filter((m) => !applied.has(m));
  if (missing.length) throw new Error(`the source is not at the latest migration (missing ${missing.join(', ')}): run npm run migrate on it first`);
  await migrateToLatest(to);
  const tables = await targetTables(to);
  for (const t of ['user', 'article', 'revision']) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(to);
    if (Number(r.rows[0].n) > 0) throw new Error(`the target already holds a desk (table ${t} is not empty); copy into an empty database`);
  }
  const report: CopyReport = [];
  await to.transaction().execute(async (trx) => {
    for (const t of tables) {
      if (DERIVED.has(t.name)) continue;
      const rows = await copyTable(from, trx, t);
      report.push({ table: t.name, rows });
      onTable?.(t.name, rows);
    }
    for (const t of tables) {
      if (!t.identity) continue;
      await sql`select setval(pg_get_serial_sequence(${`"${t.name}"`}, ${t.identity}),
        coalesce((select max(${sql.ref(t.identity)}) from ${sql.table(t.name)}), 0) + 1, false)`.execute(trx);
    }
  });
  return report;
}

interface TargetTable {
  name: string;
  /** Columns to write: all but generated ones. */
  columns: string[];
  /** Columns referencing this same table, filled after all its rows exist. */
  selfRefs: string[];
  /** The identity column, if any (its sequence is reset). */
  identity: string | null;
  /** Primary key columns, to read the source in a stable order. */
  key: string[];
}

/** The target's tables (not the migration bookkeeping), parents before children. */
async function targetTables(db: Kysely<any>): Promise<TargetTable[]> {
  const cols = await sql<{ table: string; column: string; generated: string; identity: string }>`
    select c.relname as table, a.attname as column, a.attgenerated as generated, a.attidentity as identity
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      and c.relname not like 'kysely_%'
    order by c.relname, a.attnum`.execute(db);
  const fks = await sql<{ child: string; parent: string; column: string }>`
    select c.relname as child, p.relname as parent, a.attname as column
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const pks = await sql<{ table: string; column: string }>`
    select c.relname as table, a.attname as column
    from pg_index i join pg_class c on c.oid = i.indrelid
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    join pg_namespace n on n.oid = c.relnamespace
    where i.indisprimary and n.nspname = current_schema()`.execute(db);
  const byName = new Map<string, TargetTable>();
  for (const c of cols.rows) {
    const t = byName.get(c.table) ?? { name: c.table, columns: [], selfRefs: [], identity: null, key: [] };
    byName.set(c.table, t);
    if (c.generated || DERIVED_COLUMNS.has(`${c.table}.${c.column}`)) continue;
    t.columns.push(c.column);
    if (c.identity) t.identity = c.column;
  }
  for (const k of pks.rows) byName.get(k.table)?.key.push(k.column);
  const parents = new Map<string, Set<string>>();
  for (const fk of fks.rows) {
    if (fk.child === fk.parent) byName.get(fk.child)?.selfRefs.push(fk.column);
    else (parents.get(fk.child) ?? parents.set(fk.child, new Set()).get(fk.child)!).add(fk.parent);
  }
  const ordered: TargetTable[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name)) return;
    path.add(name);
    for (const p of parents.get(name) ?? []) visit(p, path);
    done.add(name);
    ordered.push(byName.get(name)!);
  };
  for (const name of [...byName.keys()].sort()) visit(name, new Set());
  return ordered;
}

/** Copies one table page by page (in primary-key order); returns the number of rows. */
async function copyTable(from: Kysely<any>, to: Kysely<any>, t: TargetTable): Promise<number> {
  const batch = Math.max(1, Math.min(PAGE, Math.floor(MAX_PARAMS / t.columns.length)));
  const order = t.key.length ? t.key : t.columns;
  let copied = 0;
  const selfRefRows: Array<Record<string, unknown>> = [];
  for (let offset = 0; ; offset += batch) {
    let q = from.selectFrom(t.name).select(t.columns);
    for (const c of order) q = q.orderBy(c);
    const rows: Array<Record<string, unknown>> = await q.limit(batch).offset(offset).execute();
    if (!rows.length) break;
    const values = rows.map((r) => {
      if (!t.selfRefs.length) return r;
      const v = { ...r };
      if (t.selfRefs.some((c) => v[c] !== null && v[c] !== undefined)) selfRefRows.push(r);
      for (const c of t.selfRefs) v[c] = null;
      return v;
    });
    await to.insertInto(t.name).values(values).execute();
    copied += rows.length;
    if (rows.length < batch) break;
  }
  for (const r of selfRefRows) {
    let u = to.updateTable(t.name).set(Object.fromEntries(t.selfRefs.map((c) => [c, r[c]])));
    for (const k of t.key) u = u.where(k, '=', r[k]);
    await u.execute();
  }
  return copied;
}
