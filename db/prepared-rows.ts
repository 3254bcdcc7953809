import type SQLite from 'better-sqlite3';
import type { CompiledQuery, Compilable, Kysely } from 'kysely';
import { sqliteHandleOf } from './connection';

/**
 * A placeholder for a value given at each run: build the query with slots
 * where those values go (`slot(0)`, `slot(1)`…), compiled once.
 */
export type Slot = (index: number) => never;

/**
 * Runs the query again with these values in its slots (`values[i]` into
 * `slot(i)`), on `conn` (the connection the caller holds, see onOneConnection),
 * and answers its rows as arrays of column values in select order.
 */
export type PreparedRows = (conn: Kysely<any>, values: readonly unknown[]) => Promise<unknown[][]>;

class SlotValue {
  constructor(readonly index: number) {}
}

/**
 * Compiles the query `build` makes once and returns a runner for it. On
 * SQLite the statement is prepared once on the better-sqlite3 handle and
 * read raw (rows as arrays: no statement prepared per run, no object per
 * row, no key mapping); on PostgreSQL (or a Kysely without a known SQLite
 * handle) the compiled query runs through Kysely with the new values and
 * each row object is read in column order. For queries run thousands of
 * times with the same shape, such as an export's pages.
 *
 * @throws Error when a slot the builder asked for is not exactly one
 *   parameter of the compiled query, or (from the runner) when a value is
 *   missing: programming errors.
 */
export function prepareRows(db: Kysely<any>, build: (slot: Slot) => Compilable): PreparedRows {
  const asked = new Set<number>();
  const compiled = build(((i: number) => {
    asked.add(i);
    return new SlotValue(i);
  }) as unknown as Slot).compile();
  const slots: Array<[position: number, index: number]> = [];
  compiled.parameters.forEach((p, position) => {
    if (p instanceof SlotValue) slots.push([position, p.index]);
  });
  const found = new Set(slots.map(([, i]) => i));
  if (found.size !== slots.length || found.size !== asked.size) throw new Error('prepareRows: each slot must be a parameter of the compiled query exactly once');
  const fill = (values: readonly unknown[]): unknown[] => {
    const params = compiled.parameters.slice();
    for (const [position, index] of slots) {
      if (index >= values.length) throw new Error(`prepareRows: no value for slot ${index}`);
      params[position] = values[index];
    }
    return params;
  };
  const handle = sqliteHandleOf(db);
  if (handle) {
    let statement: SQLite.Statement | null = null;
    return async (_conn, values) => {
      statement ??= handle.prepare(compiled.sql).raw(true);
      return statement.all(...fill(values)) as unknown[][];
    };
  }
  return async (conn, values) => {
    const query: CompiledQuery = { ...compiled, parameters: fill(values) };
    const result = await conn.executeQuery<Record<string, unknown>>(query);
    return result.rows.map((row) => Object.values(row));
  };
}

/**
 * Runs `work` holding one connection of `db`, so that raw SQLite reads
 * (prepareRows) never run inside another request's open transaction on
 * the shared handle; PostgreSQL runs them on one pooled connection.
 * Answers what `work` answers; throws what it throws.
 */
export function onOneConnection<T>(db: Kysely<any>, work: (conn: Kysely<any>) => Promise<T>): Promise<T> {
  return db.connection().execute(work);
}
