/**
 * The guards that enforce app/utils/permissions.ts, in the style of Immich's
 * access checks: a route names what it is about to do, never a role.
 */
import type { User } from '../models/user.server';
import { can, PERMISSIONS, type Permission } from './permissions';
import { requireUser } from './session.server';

/**
 * Throws a 403 Response unless this user holds the permission (for an intent
 * that needs more than the route's own action, with the user already in hand).
 */
export function assertAccess(user: User, permission: Permission): void {
  if (!can(user.role, permission)) {
    throw new Response(`This needs the ${PERMISSIONS[permission]} role; you are signed in as ${user.role}.`, { status: 403 });
  }
}

/**
 * The signed-in user when they hold the permission. Throws a redirect to
 * /login for a visitor, a 403 for a cross-site post or a user without it.
 */
export async function requireAccess(request: Request, permission: Permission): Promise<User> {
  const user = await requireUser(request);
  assertAccess(user, permission);
  return user;
}
