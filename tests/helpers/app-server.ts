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
  execFileSync(process.execPath, ['build/scripts/migrate.js'], { env, stdio: 'ignore' });
  execFileSync(process.execPath, ['build/scripts/seed.js'], { env, stdio: 'ignore' });
  const child: ChildProcess = spawn('node', ['server.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/login`);
      return {
        url,
        databaseUrl,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`the app server did not start:\n${log}`);
}
