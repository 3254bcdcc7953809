import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action, loader, type ActionResult } from '../../app/routes/admin.users';
import { loader as articlesLoader } from '../../app/routes/articles._index';
import { login } from '../../app/services/auth.server';
import { changeRole, deactivateAccount } from '../../app/services/user-admin.server';
import { useTestDb } from '../helpers/test-db';
import { PASSWORD, signedIn } from '../helpers/users';
import { call, get, post } from '../helpers/route';

type Failure = Extract<ActionResult, { ok: false }>;
type Success = Extract<ActionResult, { ok: true }>;

describe('/admin/users', () => {
  let db: DB;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  const send = (fields: Record<string, string | number>, cookie = admin.cookie) =>
    call(action, post('/admin/users', cookie, new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)]))));
  const userCount = async () =>
    Number((await db.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const row = (email: string) =>
    db.selectFrom('user').select(['id', 'role', 'active', 'name']).where('email', '=', email).executeTakeFirstOrThrow();

  beforeAll(async () => {
    db = await useTestDb();
    admin = await signedIn(db, 'admin');
  });

  it('lists every account for an admin and refuses an editor', async () => {
    const editor = await signedIn(db, 'editor');
    const res = await call(loader, get('/admin/users', admin.cookie));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { users: { email: string }[] };
    expect(body.users.map((u) => u.email)).toEqual(expect.arrayContaining(['admin@example.test', 'editor@example.test']));
    expect(JSON.stringify(body)).not.toMatch(/password|scrypt/);
    expect((await call(loader, get('/admin/users', editor.cookie))).status).toBe(403);
    expect((await send({ intent: 'add', name: 'X', email: 'x@example.test', role: 'admin' }, editor.cookie)).status).toBe(403);
    expect(await userCount()).toBe(2);
  });

  it('adds a user with a generated password shown once, which signs in', async () => {
    const res = await send({ intent: 'add', name: 'Rania Haddad', email: 'Rania@Example.org', role: 'checker', password: '' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = (await res.json()) as Success;
    expect(body.message).toBe('Added Rania Haddad (rania@example.org) as checker.');
    expect(body.password).toMatch(/^[\w-]{16}$/);
    await expect(login(db, { email: 'rania@example.org', password: body.password! }, new Date())).resolves.toBeTruthy();
  });

  it('adds a user with the password the admin typed, and does not show it', async () => {
    const res = await send({ intent: 'add', name: 'Tom', email: 'tom@example.org', role: 'editor', password: 'typed password 1' });
    expect(((await res.json()) as Success).password).toBeUndefined();
    await expect(login(db, { email: 'tom@example.org', password: 'typed password 1' }, new Date())).resolves.toBeTruthy();
  });

  it.each([
    [{ name: '', email: 'a@example.org', role: 'checker' }, 'name', /Enter the name/],
    [{ name: 'A', email: 'not-an-email', role: 'checker' }, 'email', /name@example\.org/],
    [{ name: 'A', email: 'a@example.org', role: 'owner' }, 'role', /checker, editor or admin/],
    [{ name: 'A', email: 'a@example.org', role: 'checker', password: 'short' }, 'password', /at least 10/],
  ])('refuses %j with 400, a message beside the field, and what was typed', async (fields, field, message) => {
    const before = await userCount();
    const res = await send({ intent: 'add', ...fields });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Failure;
    expect(body.errors[field as keyof Failure['errors']]).toMatch(message);
    expect(body.values).toEqual({ name: fields.name, email: fields.email, role: fields.role });
    expect(JSON.stringify(body)).not.toContain('short');
    expect(await userCount()).toBe(before);
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const res = await send({ intent: 'add', name: 'Again', email: 'TOM@example.org', role: 'checker' });
    expect(res.status).toBe(422);
    const body = (await res.json()) as Failure;
    expect(body.errors.email).toBe('There is already an account for tom@example.org.');
    expect(body.values.name).toBe('Again');
  });

  it.each([
    [{ intent: 'delete', userId: 2 }, /Unknown action "delete"/],
    [{ intent: 'deactivate' }, /lost which user/],
    [{ intent: 'set-role', userId: 'abc', role: 'editor' }, /lost which user/],
  ])('answers a malformed post %j with 400', async (fields, message) => {
    const res = await send(fields);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Failure).errors.form).toMatch(message);
  });

  it('answers 404 for a user that does not exist', async () => {
    expect((await send({ intent: 'reset-password', userId: 9999 })).status).toBe(404);
  });

  it('changes a role, effective on the user’s next request', async () => {
    const tom = await row('tom@example.org');
    const res = await send({ intent: 'set-role', userId: tom.id, role: 'admin' });
    expect(((await res.json()) as Success).message).toBe('Tom is now admin.');
    expect((await row('tom@example.org')).role).toBe('admin');
  });

  it('will not let an admin change their own role or deactivate themselves', async () => {
    const r1 = await send({ intent: 'set-role', userId: admin.user.id, role: 'checker' });
    expect(r1.status).toBe(422);
    expect(((await r1.json()) as Failure).errors.form).toMatch(/own role/);
    const r2 = await send({ intent: 'deactivate', userId: admin.user.id });
    expect(r2.status).toBe(422);
    expect((await row('admin@example.test')).role).toBe('admin');
    expect((await row('admin@example.test')).active).toBe(1);
  });

  it('resets a password: a new one shown once, the old one and open sessions stop working', async () => {
    const first = await reset('rania@example.org');
    const cookie = `claimdesk_session=${(await login(db, { email: 'rania@example.org', password: first }, new Date())).sessionId}`;
    expect((await call(articlesLoader, get('/articles', cookie))).status).toBe(200);
    const second = await reset('rania@example.org');
    expect(second).not.toBe(first);
    expect((await call(articlesLoader, get('/articles', cookie))).status).toBe(302);
    await expect(login(db, { email: 'rania@example.org', password: first }, new Date())).rejects.toThrow('Wrong email or password');
    await expect(login(db, { email: 'rania@example.org', password: second }, new Date())).resolves.toBeTruthy();
  });

  async function reset(email: string): Promise<string> {
    const res = await send({ intent: 'reset-password', userId: (await row(email)).id });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    return ((await res.json()) as Success).password!;
  }

  it('deactivates without deleting: no sign-in, open session ends; reactivation restores access', async () => {
    const carol = await signedIn(db, 'checker', 'carol@example.org');
    const res = await send({ intent: 'deactivate', userId: carol.user.id });
    expect(((await res.json()) as Success).message).toMatch(/cannot sign in/);
    expect(await row('carol@example.org')).toMatchObject({ active: 0, name: 'Test checker' });
    expect((await call(articlesLoader, get('/articles', carol.cookie))).status).toBe(302);
    await expect(login(db, { email: 'carol@example.org', password: PASSWORD }, new Date())).rejects.toThrow('Wrong email or password');
    await send({ intent: 'reactivate', userId: carol.user.id });
    await expect(login(db, { email: 'carol@example.org', password: PASSWORD }, new Date())).resolves.toBeTruthy();
  });

  it('keeps at least one active admin', async () => {
    // Tom (made admin above) demotes the original admin; then Tom is the last one and cannot be removed.
    const tom = await row('tom@example.org');
    const asTom = `claimdesk_session=${(await login(db, { email: 'tom@example.org', password: 'typed password 1' }, new Date())).sessionId}`;
    expect((await send({ intent: 'set-role', userId: admin.user.id, role: 'editor' }, asTom)).status).toBe(200);
    await expect(changeRole(db, { userId: tom.id, role: 'checker', actorId: null })).rejects.toThrow(/only active admin/);
    await expect(deactivateAccount(db, { userId: tom.id, actorId: null })).rejects.toThrow(/only active admin/);
    expect((await send({ intent: 'set-role', userId: admin.user.id, role: 'admin' }, asTom)).status).toBe(200);
  });

  it('shows an account locked from one address and lets the admin unlock it; other addresses were never locked', async () => {
    const victim = await signedIn(db, 'checker', 'locked-out@example.test');
    const now = new Date();
    for (let i = 0; i < 5; i++) await login(db, { email: 'locked-out@example.test', password: 'wrong password', ip: '203.0.113.9' }, now).catch(() => null);
    await expect(login(db, { email: 'locked-out@example.test', password: PASSWORD, ip: '203.0.113.9' }, now)).rejects.toThrow(/Too many/);
    // The user's own address is not locked.
    await expect(login(db, { email: 'locked-out@example.test', password: PASSWORD, ip: '192.0.2.33' }, now)).resolves.toBeDefined();
    const page = (await (await call(loader, get('/admin/users', admin.cookie))).json()) as { users: Array<{ email: string; lock: { addresses: number } | null }> };
    expect(page.users.find((u) => u.email === 'locked-out@example.test')?.lock).toMatchObject({ addresses: 1 });
    expect(page.users.find((u) => u.email === 'admin@example.test')?.lock).toBeNull();
    // Only an admin unlocks.
    expect((await send({ intent: 'unlock', userId: victim.user.id }, victim.cookie)).status).toBe(403);
    const res = await send({ intent: 'unlock', userId: victim.user.id });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Success).message).toMatch(/can sign in again/);
    await expect(login(db, { email: 'locked-out@example.test', password: PASSWORD, ip: '203.0.113.9' }, now)).resolves.toBeDefined();
    const after = (await (await call(loader, get('/admin/users', admin.cookie))).json()) as { users: Array<{ email: string; lock: unknown }> };
    expect(after.users.find((u) => u.email === 'locked-out@example.test')?.lock).toBeNull();
    // The unlock is in the history; an unknown user is a 404.
    const rev = await db.selectFrom('revision').select(['action', 'actorId']).where('entity', '=', 'user').where('entityId', '=', victim.user.id).where('action', '=', 'unlock-sign-in').executeTakeFirst();
    expect(rev?.actorId).toBe(admin.user.id);
    expect((await send({ intent: 'unlock', userId: 99999 })).status).toBe(404);
  });
});
