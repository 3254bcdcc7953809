/**
 * npm run bench:hostile [-- --requests 60 --build]
 *
 * How long a page takes while hostile imports run. Starts the built server
 * (`node server.js`, as `npm start` does; `--build` or a missing build/
 * builds it first) on a free port with a throw-away database holding the demo
 * article, signs in, and times GET /articles and GET /claims/:id:
 *
 *   idle     nothing else running;
 *   hostile  while these hostile pages are imported one after another:
 *            5,000 nested <div>s (refused by the page limits), a 1 MB table
 *            of 20,000 rows (refused) and a page just inside the nesting
 *            limit that keeps Readability busy for seconds (read in the
 *            worker pool).
 *
 * Prints p50 and p95 (ms) of each (the hostile figures cover the whole pass
 * over the three pages, at least --requests requests), and what each hostile
 * import answered and how long it took. Requests are sequential, so the figures are latencies,
 * not throughput.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseCli } from '../lib/cli';

const USAGE = 'usage: npm run bench:hostile [-- --requests 60 --build]\n\nPage latency of the built server idle and while hostile pages are imported (--build rebuilds first).';
const { values } = parseCli(USAGE, { options: { requests: { type: 'string', default: '60' }, build: { type: 'boolean', default: false } } });
const REQUESTS = Number(values.requests);

// The built tree as npm start runs it: rebuilt when asked, or when missing or older than the sources.
execFileSync(process.execPath, ['scripts/build.mjs', ...(values.build ? [] : ['--if-stale'])], { stdio: 'inherit' });

const port = await new Promise<number>((ok) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const p = (srv.address() as { port: number }).port;
    srv.close(() => ok(p));
  });
});
mkdirSync('tmp', { recursive: true });
const dbFile = resolve('tmp', `bench-hostile-${randomBytes(4).toString('hex')}.db`);
const admin = { email: 'bench-admin@example.test', password: 'bench password 123' };
const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  PORT: String(port),
  HOST: '127.0.0.1',
  NODE_ENV: 'production' as const,
  CLAIMDESK_ADMIN_EMAIL: admin.email,
  CLAIMDESK_ADMIN_PASSWORD: admin.password,
  CLAIMDESK_DEMO_ARTICLE: 'on',
};
execFileSync(process.execPath, ['build/scripts/migrate.js'], { env, stdio: 'ignore' });
execFileSync(process.execPath, ['build/scripts/seed.js'], { env, stdio: 'ignore' });
const server: ChildProcess = spawn('node', ['server.js'], { env, stdio: 'ignore' });
const url = `http://127.0.0.1:${port}`;

async function stop(): Promise<void> {
  await new Promise<void>((done) => {
    server.once('exit', () => done());
    server.kill('SIGTERM');
  });
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
}

try {
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/login`);
      break;
    } catch {
      if (i > 200) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const login = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: url, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(admin),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const pages = ['/articles', '/claims/1'];

  /** Times `n` page requests, and more while `keepGoing()` holds. */
  async function timePages(n: number, keepGoing: () => boolean = () => false): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < n || keepGoing(); i++) {
      const t = performance.now();
      const res = await fetch(`${url}${pages[i % pages.length]}`, { headers: { Cookie: cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${pages[i % pages.length]} answered ${res.status}`);
      times.push(performance.now() - t);
    }
    return times;
  }
  const pct = (xs: number[], p: number) => {
    const s = xs.slice().sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  };
  const line = (label: string, xs: number[]) =>
    console.log(`${label.padEnd(34)} p50 ${pct(xs, 50).toFixed(1).padStart(7)} ms   p95 ${pct(xs, 95).toFixed(1).padStart(7)} ms   (${xs.length} requests)`);

  await timePages(6); // warm-up
  const idle = await timePages(REQUESTS);

  const hostile: Array<[string, string]> = [
    ['5,000 nested <div>s', `<html><body>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</body></html>`],
    ['1 MB table, 20,000 rows', `<html><body><table>${'<tr><td>Province</td><td>12,345</td></tr>'.repeat(20_000)}</table></body></html>`],
    [
      'slow page inside the limits',
      `<html><body>${`${'<div>'.repeat(145)}<p>The governor said 61 schools stayed shut on Monday.</p>${'</div>'.repeat(145)}`.repeat(60)}</body></html>`,
    ],
  ];
  // One pass over the hostile pages, one after another; pages are timed until the pass ends.
  let running = true;
  const outcomes: string[] = [];
  const attacker = (async () => {
    for (const [label, html] of hostile) {
      const form = new FormData();
      form.set('file', new File([html], 'page.html', { type: 'text/html' }));
      const t = performance.now();
      const res = await fetch(`${url}/articles/new`, { method: 'POST', redirect: 'manual', headers: { Origin: url, Cookie: cookie }, body: form });
      await res.arrayBuffer();
      outcomes.push(`${label}: ${res.status} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    running = false;
  })();
  const during = await timePages(REQUESTS, () => running);
  await attacker;

  console.log(`page latency (GET ${pages.join(', ')} in turn), server on ${url}`);
  line('idle', idle);
  line('while hostile imports run', during);
  console.log('hostile imports (one after another, while the pages were timed):');
  for (const o of outcomes) console.log(`  ${o}`);
} finally {
  await stop();
}
