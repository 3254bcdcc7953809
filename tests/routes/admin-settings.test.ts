import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action } from '../../app/routes/admin.settings';
import { getSettings } from '../../app/models/setting.server';
import { deskRatingLabels } from '../../app/services/desk-settings.server';
import { DEFAULT_RATING_LABELS } from '../../app/domain/claims/rating';
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

  it.each([
    [{ ratingLabel2: 'Half true' }, 'ratingLabel2', /already names rating 3/],
    [{ ratingLabel4: 'x'.repeat(41) }, 'ratingLabel4', /At most 40 characters/],
    [{ siteUrl: 'https://desk.example', orgUrl: 'desk.example' }, 'orgUrl', /http:\/\/ or https:\/\//],
  ])('refuses %j with 400 and the message beside the field, saving nothing', async (over, field, message) => {
    const res = await call(action, post('/admin/settings', admin, form({ orgName: 'Desk Check', siteUrl: 'https://desk.example/checks', ...over })));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string> };
    expect(body.errors[field]).toMatch(message);
    expect(await deskRatingLabels(db)).toEqual(DEFAULT_RATING_LABELS);
  });

  it('saves the desk’s rating names with history; empty keeps the scale’s own', async () => {
    const res = await call(action, post('/admin/settings', admin, form({ orgName: 'Desk Check', siteUrl: 'https://desk.example/checks', ratingLabel2: ' Misleading ', ratingLabel5: '' })));
    expect(res.status).toBe(200);
    expect(await deskRatingLabels(db)).toEqual({ ...DEFAULT_RATING_LABELS, 2: 'Misleading' });
    const rev = await db.selectFrom('revision').selectAll().where('action', '=', 'set-rating-labels').executeTakeFirstOrThrow();
    expect(JSON.parse(rev.after!)).toEqual({ rating_label_2: 'Misleading' });
    expect((await verifyHistory(db)).broken).toBeNull();
  });

  it('is for admins only', async () => {
    const res = await call(action, post('/admin/settings', checker, form({ orgName: 'Mine', orgUrl: '', siteUrl: '' })));
    expect(res.status).toBe(403);
    expect((await getSettings(db, ['org_name'])).org_name).toBe('Desk Check');
  });
});
