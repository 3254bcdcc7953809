import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import type { Role } from '../../app/models/user.server';
import { ACTION_ACCESS, can, LOADER_ACCESS, type Access } from '../../app/utils/permissions';
import { CROSS_SITE_MESSAGE } from '../../app/utils/same-origin.server';
import { useTestDb } from '../helpers/test-db';
import { freshSession, PASSWORD } from '../helpers/users';
import { BASE, call } from '../helpers/route';
import { createUser } from '../../app/services/auth.server';
import { importArticle } from '../../app/services/import-article.server';
import { seedText } from '../helpers/seed-article';

type Handler = Parameters<typeof call>[0];
interface RouteModule {
  id: string;
  path: string;
  params: Record<string, string>;
  action?: Handler;
  loader?: Handler;
}

const ROUTES_DIR = fileURLToPath(new URL('../../app/routes/', import.meta.url));
const ROUTE_FILE = /\.(tsx|ts|jsx|js)$/;

/** Every route module in app/routes as Remix's flat routes sees it: files, and folders with a route file. */
async function discoverRoutes(): Promise<RouteModule[]> {
  const found: RouteModule[] = [];
  for (const entry of readdirSync(ROUTES_DIR).sort()) {
    const full = join(ROUTES_DIR, entry);
    let file: string | undefined;
    let name: string;
    if (statSync(full).isDirectory()) {
      file = ['route.tsx', 'route.ts', 'route.jsx', 'route.js'].map((f) => join(full, f)).find((f) => existsSync(f));
      name = entry;
    } else {
      if (!ROUTE_FILE.test(entry)) continue;
      file = full;
      name = entry.replace(ROUTE_FILE, '');
    }
    if (!file) continue;
    const mod = (await import(pathToFileURL(file).href)) as { action?: Handler; loader?: Handler };
    // "claims.$id" → /claims/1 with params { id: '1' } (also "claims.$id_.matches", whose "_" only escapes the parent layout); "_index" and "_layout" segments add nothing.
    const params: Record<string, string> = {};
    const segments = name
      .split('.')
      .filter((s) => !s.startsWith('_'))
      .map((s) => {
        if (s === '$') return (params['*'] = '1');
        if (s.startsWith('$')) return (params[s.slice(1).replace(/_$/, '')] = '1');
        return s.replace(/[[\]]/g, '');
      });
    found.push({ id: `routes/${name}`, path: `/${segments.join('/')}`, params, action: mod.action, loader: mod.loader });
  }
  return found;
}

const routes = await discoverRoutes();
const withAction = routes.filter((r) => typeof r.action === 'function');

const IDENTITIES = ['anonymous', 'checker', 'editor', 'admin'] as const;
type Identity = (typeof IDENTITIES)[number];

function postTo(route: RouteModule, headers: Record<string, string>): Request {
  const body = new FormData();
  body.set('intent', 'probe');
  return new Request(`${BASE}${route.path}`, { method: 'POST', body, headers });
}

/** What the role table promises for this identity: 'login' (sent to sign in), 'forbidden' or 'allowed'. */
function expected(access: Access, who: Identity): 'login' | 'forbidden' | 'allowed' {
  if (access === 'anyone') return 'allowed';
  if (who === 'anonymous') return 'login';
  return can(who, access) ? 'allowed' : 'forbidden';
}

describe('the role table', () => {
  it('finds the route modules with actions (the walk is not empty)', () => {
    expect(withAction.map((r) => r.id)).toEqual(expect.arrayContaining(['routes/login', 'routes/claims.$id', 'routes/admin.users']));
  });

  it('lists every route module that exports an action', () => {
    const missing = withAction.map((r) => r.id).filter((id) => !(id in ACTION_ACCESS));
    expect(missing, 'add these routes to ACTION_ACCESS in app/utils/permissions.ts and the README role table').toEqual([]);
  });

  it('names no route that has no action', () => {
    const stale = Object.keys(ACTION_ACCESS).filter((id) => !withAction.some((r) => r.id === id));
    expect(stale).toEqual([]);
  });

  it('names only route modules with a loader in LOADER_ACCESS', () => {
    const stale = Object.keys(LOADER_ACCESS).filter((id) => !routes.some((r) => r.id === id && r.loader));
    expect(stale).toEqual([]);
  });
});

describe('every action, posted as each role', () => {
  let db: DB;
  beforeAll(async () => {
    db = await useTestDb();
    for (const role of ['checker', 'editor', 'admin'] as Role[]) {
      await createUser(db, { email: `${role}@example.test`, name: `Test ${role}`, role, password: PASSWORD }, new Date());
    }
  });

  // A new session for every request: posting to /logout ends the one it used.
  const cookieOf = async (who: Identity) => (who === 'anonymous' ? null : freshSession(db, `${who}@example.test`));

  describe.each(withAction.map((r) => [r.id, r] as const))('%s', (id, route) => {
    it.each(IDENTITIES)('as %s gets what the role table says', async (who) => {
      const access = ACTION_ACCESS[id];
      expect(access, `${id} is missing from ACTION_ACCESS`).toBeDefined();
      const cookie = await cookieOf(who);
      const res = await call(route.action!, postTo(route, { Origin: BASE, ...(cookie ? { Cookie: cookie } : {}) }), route.params);
      const location = res.headers.get('Location') ?? '';
      const outcome =
        res.status === 401 || (res.status >= 300 && res.status < 400 && location.startsWith('/login?'))
          ? 'login'
          : res.status === 403
            ? 'forbidden'
            : 'allowed';
      expect({ outcome, status: res.status }).toMatchObject({ outcome: expected(access, who) });
      // A refused or odd request is a 4xx with a message; a 500 is a bug.
      expect(res.status).toBeLessThan(500);
    });

    it('refuses a post from another site even with an admin session', async () => {
      const cookie = await cookieOf('admin');
      const attempts: Record<string, string>[] = [
        { Origin: 'https://evil.example' },
        { Origin: 'null' },
        { Referer: 'https://evil.example/form.html' },
        {},
        { Origin: 'http://localhost.evil.example' },
      ];
      for (const headers of attempts) {
        const res = await call(route.action!, postTo(route, { ...headers, Cookie: cookie! }), route.params);
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(await res.text()).toBe(CROSS_SITE_MESSAGE);
      }
    });
  });

  // Signing out reads no form: any post ends the session.
  describe.each(withAction.filter((r) => r.id !== 'routes/logout').map((r) => [r.id, r] as const))('%s, sent something that is not a form', (_id, route) => {
    const bodies: Array<[string, Record<string, string>, BodyInit | null, number]> = [
      ['JSON', { 'Content-Type': 'application/json' }, JSON.stringify({ intent: 'status', status: 'verified' }), 415],
      ['plain text', { 'Content-Type': 'text/plain' }, 'intent=status&status=verified', 415],
      ['no content type', {}, null, 415],
      ['broken multipart', { 'Content-Type': 'multipart/form-data; boundary=XYZ' }, '--XYZ\r\nContent-Disposition: form-data; name="intent"\r\n\r\nstat', 400],
    ];
    it.each(bodies)('answers %s with a 4xx that says what to send, never a 500', async (_what, headers, body, status) => {
      const cookie = await cookieOf('admin');
      const request = new Request(`${BASE}${route.path}`, { method: 'POST', body, headers: { ...headers, Origin: BASE, Cookie: cookie! } });
      const res = await call(route.action!, request, route.params);
      expect(res.status).toBe(status);
    });
  });

  it('accepts a same-site Referer when the browser sent no Origin', async () => {
    const route = withAction.find((r) => r.id === 'routes/claims.$id')!;
    const res = await call(
      route.action!,
      postTo(route, { Referer: `${BASE}/articles/1`, Cookie: (await cookieOf('checker'))! }),
      route.params,
    );
    expect(res.status).toBe(400); // past the origin check, refused only for the made-up intent
  });

  it('lets only the roles the table names load exports and admin pages', async () => {
    // An article to export, and a real file name for the selection route's $file.
    const { articleId } = await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    const sample: Record<string, string> = { id: String(articleId), file: 'selection.md' };
    for (const [id, permission] of Object.entries(LOADER_ACCESS)) {
      const route = routes.find((r) => r.id === id)!;
      const params = Object.fromEntries(Object.keys(route.params).map((k) => [k, sample[k] ?? route.params[k]]));
      for (const who of IDENTITIES) {
        const cookie = await cookieOf(who);
        const res = await call(route.loader!, new Request(`${BASE}${route.path}`, { headers: cookie ? { Cookie: cookie } : {} }), params);
        const want = who === 'anonymous' ? 302 : can(who, permission) ? 200 : 403;
        expect(res.status, `${id} as ${who}`).toBe(want);
      }
    }
  });
});
