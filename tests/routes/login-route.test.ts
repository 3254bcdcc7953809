import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action } from '../../app/routes/login';
import { useTestDb } from '../helpers/test-db';
import { PASSWORD, signedIn } from '../helpers/users';
import { call, post } from '../helpers/route';

describe('the sign-in form', () => {
  let db: DB;
  beforeAll(async () => {
    db = await useTestDb();
    await signedIn(db, 'checker', 'signin-form@example.test');
  });

  const signIn = (fields: Record<string, string>, ip = '198.51.100.7') =>
    call(action, post('/login', null, new URLSearchParams(fields)), {}, { clientAddress: ip });

  it('answers a form without a password 400 with the field error, keeping the email and never echoing a password', async () => {
    const res = await signIn({ email: '  signin-form@example.test ', password: '' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors).toEqual({ password: 'Enter your password' });
    expect(body.result.initialValue.email).toBe('  signin-form@example.test ');
    expect(body.result.initialValue).not.toHaveProperty('password');
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it('answers a form without an email 400 beside the email field, and the password typed is not sent back', async () => {
    const res = await signIn({ email: '   ', password: 'a typed secret' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors).toEqual({ email: 'Enter your email' });
    expect(JSON.stringify(body)).not.toContain('a typed secret');
  });

  it('refuses a wrong password 401 and an over-long one the same way, with the email kept for the form', async () => {
    for (const password of ['not the password', 'x'.repeat(1025)]) {
      const res = await signIn({ email: 'signin-form@example.test', password }, '198.51.100.8');
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body.error).toBe('Wrong email or password');
      expect(body.result.initialValue).toEqual({ email: 'signin-form@example.test' });
    }
  });

  it('signs in with the trimmed email and answers a throttled address 429 with Retry-After', async () => {
    const ok = await signIn({ email: ' signin-form@example.test ', password: PASSWORD, redirectTo: '/queue' }, '198.51.100.9');
    expect(ok.status).toBe(302);
    expect(ok.headers.get('Location')).toBe('/queue');
    for (let i = 0; i < 5; i++) expect((await signIn({ email: 'signin-form@example.test', password: 'wrong again' }, '198.51.100.10')).status).toBe(401);
    const locked = await signIn({ email: 'signin-form@example.test', password: PASSWORD }, '198.51.100.10');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await locked.json()).error).toMatch(/^Too many failed sign-ins/);
  });
});
