/**
 * The PostgreSQL server's own time for a page (bench:pages, bench:search):
 * while `capturePg` runs a loader, every SELECT/WITH text sent through `pg`
 * is recorded with its parameters; `serverTime` runs those queries again,
 * one after another on one connection, under EXPLAIN (ANALYZE, BUFFERS,
 * timing off) and sums their planning and execution times. On this shared
 * machine wall time mostly measures the wait for a core; this is the
 * server's work for the page.
 */
import pg from 'pg';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

let capturing: CapturedQuery[] | null = null;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (capturing && typeof args[0] === 'string' && /^\s*(select|with)\b/i.test(args[0])) capturing.push({ sql: args[0], params: (args[1] as unknown[]) ?? [] });
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

/** Runs `run` once and returns the SELECT/WITH queries it sent to PostgreSQL (in the order sent). Throws what `run` throws. */
export async function capturePg(run: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const got: CapturedQuery[] = [];
  capturing = got;
  try {
    await run();
  } finally {
    capturing = null;
  }
  return got;
}

/**
 * The server's time for `queries` on DATABASE_URL, in ms: `execution` the
 * sum of EXPLAIN ANALYZE "Execution Time", `planning` the sum of "Planning
 * Time" (the app sends unprepared statements, so each is planned per
 * request), and the slowest query's analysed plan as text. Queries that
 * fail to explain are skipped; connection errors are thrown. `warm`: a
 * connected client to run them on (kept by the caller across runs, as the
 * app's pool keeps its connections: a new connection's first plans read
 * the catalogs, ~3 ms more); without it, a new connection per call.
 */
export async function serverTime(queries: CapturedQuery[], warm?: pg.Client): Promise<{ execution: number; planning: number; slowest: string }> {
  const client = warm ?? new pg.Client({ connectionString: process.env.DATABASE_URL });
  if (!warm) await client.connect();
  const send = query as (this: pg.Client, text: string, values: unknown[]) => Promise<pg.QueryResult<{ 'QUERY PLAN': string }>>;
  let execution = 0;
  let planning = 0;
  let worst = { ms: -1, sql: '', plan: [] as string[] };
  try {
    for (const q of queries) {
      const r = await send.call(client, `explain (analyze, buffers, timing off) ${q.sql}`, q.params).catch(() => null);
      const plan = (r?.rows ?? []).map((x) => x['QUERY PLAN']);
      const time = (label: string) => Number(plan.find((l) => l.startsWith(label))?.replace(/[^\d.]/g, '') ?? NaN);
      const ms = time('Execution Time');
      if (Number.isNaN(ms)) continue;
      execution += ms;
      planning += time('Planning Time') || 0;
      if (ms > worst.ms) worst = { ms, sql: q.sql, plan };
    }
  } finally {
    if (!warm) await client.end();
  }
  return { execution, planning, slowest: `    slowest query, ${worst.ms.toFixed(1)} ms: ${worst.sql.slice(0, 400)}\n${worst.plan.map((l) => `      ${l}`).join('\n')}` };
}
