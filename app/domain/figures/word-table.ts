/**
 * Lexicon tables are written as plain objects (data that reads well), but
 * read as Maps: one hashed lookup per word, and only the table's own words.
 * `w in TABLE` on a plain object also finds what every object inherits, so
 * "constructor" would read as a number word.
 */
const MAPS = new WeakMap<object, Map<string, unknown>>();

/**
 * The own entries of `table` as a Map, built on first use and kept for the
 * table's life (lexicon tables never change once loaded).
 *
 * @example wordTable({ one: 1 }).get('constructor') // undefined
 */
export function wordTable<V>(table: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  let m = MAPS.get(table) as Map<string, V> | undefined;
  if (!m) {
    m = new Map(Object.entries(table));
    MAPS.set(table, m);
  }
  return m;
}
