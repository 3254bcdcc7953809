import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ADMIN = { email: 'e2e-admin@example.test', password: 'e2e password 123' };

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

/** Ends `child`: SIGTERM, then SIGKILL if it is still running 10 s later; resolves at once if it has already exited. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

export interface AppServer {
  url: string;
  databaseUrl: string;
  stop: () => Promise<void>;
}

/** Starts the built app (`node server.js`, after the built migrate and seed) on its own port and fresh database, as `npm start` would. */
export async function startAppServer(options: { demoArticle?: boolean } = {}): Promise<AppServer> {
  const port = await freePort();
  const databaseUrl = `file:${resolve('tmp', `e2e-${randomBytes(4).toString('hex')}.db`)}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production' as const,
    CLAIMDESK_ADMIN_EMAIL: ADMIN.email,
    CLAIMDESK_ADMIN_PASSWORD: ADMIN.password,
    CLAIMDESK_DEMO_ARTICLE: options.demoArticle ? 'on' : 'off',
  };
  // The built migrations and seed, as npm start runs them (the global set-up built them).
  execFileSync(process.execPath, ['build/scripts/migrate.js'], { env, stdio: 'ignore', timeout: 120_000 });
  execFileSync(process.execPath, ['build/scripts/seed.js'], { env, stdio: 'ignore', timeout: 120_000 });
  const child: ChildProcess = spawn('node', ['server.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  // Up to a minute for a busy machine; a server that exits fails at once.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      await fetch(`${url}/login`, { signal: AbortSignal.timeout(10_000) });
      return {
        url,
        databaseUrl,
        stop: () => stopChild(child),
      };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`the app server did not start:\n${log}`);
}
