/**
 * SQLite binds at most 32,766 variables per statement (SQLITE_MAX_VARIABLE_NUMBER
 * since 3.32; https://www.sqlite.org/limits.html), so an `IN (…)` list over
 * an unbounded set of ids is run in batches of this size.
 */
export const IN_BATCH = 10_000;

/** Runs `query` over `ids` in batches of IN_BATCH and concatenates the rows, in batch order. */
export async function inBatches<I, R>(ids: readonly I[], query: (batch: I[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += IN_BATCH) out.push(...(await query(ids.slice(i, i + IN_BATCH))));
  return out;
}
