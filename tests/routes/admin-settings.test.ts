import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action } from '../../app/routes/admin.settings';
import { getSettings } from '../../app/models/setting.server';
import { verifyHistory } from '../../app/services/history.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { call, post } from '../helpers/route';

describe('/admin/settings', () => {
  let db: DB;
  let admin: string;
  let checker: string;
  beforeAll(async () => {
    db = await useTestDb();
    admin = (await signedIn(db, 'admin')).cookie;
    checker = (await signedIn(db, 'checker')).cookie;
  });
  const form = (v: Record<string, string>) => new URLSearchParams(v);

  it('saves the organisation and site, and records the change in the history', async () => {
    const res = await call(action, post('/admin/settings', admin, form({ orgName: 'Desk Check', orgUrl: 'https://desk.example', siteUrl: 'https://desk.example/checks/' })));
    expect(res.status).toBe(200);
    expect(await getSettings(db, ['org_name', 'site_url'])).toEqual({ org_name: 'Desk Check', site_url: 'https://desk.example/checks' });
    const rev = await db.selectFrom('revision').selectAll().where('action', '=', 'set-publisher').executeTakeFirstOrThrow();
    expect(JSON.parse(rev.after!)).toMatchObject({ org_name: 'Desk Check' });
    expect((await verifyHistory(db)).broken).toBeNull();
  });

  it('refuses a javascript: site URL with 400 and keeps the saved one', async () => {
    const res = await call(action, post('/admin/settings', admin, form({ orgName: 'X', orgUrl: '', siteUrl: 'javascript:alert(1)' })));
    expect(res.status).toBe(400);
    expect((await getSettings(db, ['site_url'])).site_url).toBe('https://desk.example/checks');
  });

  it('is for admins only', async () => {
    const res = await call(action, post('/admin/settings', checker, form({ orgName: 'Mine', orgUrl: '', siteUrl: '' })));
    expect(res.status).toBe(403);
    expect((await getSettings(db, ['org_name'])).org_name).toBe('Desk Check');
  });
});
