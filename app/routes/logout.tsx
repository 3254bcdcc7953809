import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { getDb } from '../../db/connection';
import { logout } from '../services/auth.server';
import { clearedSessionCookie, sessionIdOf } from '../utils/session.server';
import { requireSameOrigin } from '../utils/same-origin.server';

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const id = sessionIdOf(request);
  if (id) await logout(getDb(), id);
  return redirect('/login', { headers: { 'Set-Cookie': clearedSessionCookie(request) } });
}

export const loader = () => redirect('/articles');
