import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { startAppServer, ADMIN, type AppServer } from '../helpers/app-server';

/** Two people save the same claim at the same moment over real HTTP: exactly one wins. */
describe('concurrent saves over HTTP', () => {
  let app: AppServer;
  let db: DB;
  let cookie: string;

  beforeAll(async () => {
    app = await startAppServer({ demoArticle: true });
    db = openDatabase(app.databaseUrl.slice('file:'.length));
    const res = await fetch(`${app.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: app.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: ADMIN.email, password: ADMIN.password, redirectTo: '/articles' }),
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^claimdesk_session=/);
  });

  afterAll(async () => {
    await db?.destroy();
    await app?.stop();
  });

  const save = (claimId: number, version: number, text: string) =>
    fetch(`${app.url}/claims/${claimId}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: app.url, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ intent: 'wording', version: String(version), text }),
    });

  it('saves one, answers the other with 409 and offers its text back', async () => {
    const claim = await db.selectFrom('claim').select(['id', 'version']).orderBy('id').executeTakeFirstOrThrow();
    const alice = 'Alice: the regime reopened the road in February 2020 for the first time since 2012.';
    const bob = 'Bob: the M5 reopened to traffic for the first time since 2012.';
    const [a, b] = await Promise.all([save(claim.id, claim.version, alice), save(claim.id, claim.version, bob)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [alice, bob] : [bob, alice];
    const loserPage = await (a.status === 409 ? a : b).text();
    const saved = await db.selectFrom('claim').select(['text', 'version']).where('id', '=', claim.id).executeTakeFirstOrThrow();
    expect(saved).toEqual({ text: winner, version: claim.version + 1 });
    // Both changes are visible: one saved, the other offered back beside it.
    expect(loserPage).toContain('Yours (not saved)');
    expect(loserPage).toContain(loser);
    expect(loserPage).toContain(winner);
  });
});
