import { redirect } from '@remix-run/node';
import { getDb } from '../../db/connection';
import { SESSION_DAYS, userOfSession } from '../services/auth.server';
import type { User } from '../models/user.server';
import { requireSameOrigin } from './same-origin.server';

const COOKIE = 'claimdesk_session';

/** The session id from the Cookie header; null when absent or malformed. */
export function sessionIdOf(request: Request): string | null {
  const header = request.headers.get('Cookie') ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== COOKIE) continue;
    // A cookie that is not valid percent-encoding is no session: ignored, never a 500.
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('X-Forwarded-Proto') === 'https';
}

export function sessionCookie(request: Request, sessionId: string): string {
  const secure = isHttps(request) ? '; Secure' : '';
  return `${COOKIE}=${encodeURIComponent(sessionId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_DAYS * 86400}${secure}`;
}

export function clearedSessionCookie(request: Request): string {
  const secure = isHttps(request) ? '; Secure' : '';
  return `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
}

export async function getUser(request: Request): Promise<User | null> {
  const id = sessionIdOf(request);
  if (!id) return null;
  return (await userOfSession(getDb(), id, new Date())) ?? null;
}

/**
 * The signed-in user, or a redirect to /login that comes back here. Every
 * action calls this (directly or through requireAccess), so it is also where a
 * cross-site POST is refused (403) before anything else happens.
 */
export async function requireUser(request: Request): Promise<User> {
  requireSameOrigin(request);
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
}
