import type { DB } from '../../db/connection';
import type { Role } from '../../app/models/user.server';
import { createUser, login } from '../../app/services/auth.server';

export const PASSWORD = 'correct horse battery';

/** Creates a user with the role and returns a Cookie header for a live session. */
export async function signedIn(db: DB, role: Role, email = `${role}@example.test`) {
  const user = await createUser(db, { email, name: `Test ${role}`, role, password: PASSWORD }, new Date());
  const { sessionId } = await login(db, { email, password: PASSWORD }, new Date());
  return { user, cookie: `claimdesk_session=${encodeURIComponent(sessionId)}` };
}

/** A Cookie header for a new session of an existing user (password PASSWORD). */
export async function freshSession(db: DB, email: string): Promise<string> {
  const { sessionId } = await login(db, { email, password: PASSWORD }, new Date());
  return `claimdesk_session=${encodeURIComponent(sessionId)}`;
}
