import type { DB } from '../../db/connection';
import type { User } from './user.server';

/** Stores a session (its id is the random value the cookie carries; times as ISO strings). Throws the database's foreign-key error for an unknown user. */
export async function insertSession(
  db: DB,
  session: { id: string; userId: number; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('session')
    .values({ id: session.id, userId: session.userId, createdAt: session.now, expiresAt: session.expiresAt })
    .execute();
}

/** The signed-in user of a live session, or undefined when expired, unknown or deactivated. */
export async function findSessionUser(
  db: DB,
  sessionId: string,
  now: string,
): Promise<(User & { expiresAt: string }) | undefined> {
  const row = await db
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.userId')
    .select(['user.id', 'user.email', 'user.name', 'user.role', 'user.active', 'session.expiresAt'])
    .where('session.id', '=', sessionId)
    .where('session.expiresAt', '>', now)
    .where('user.active', '=', 1)
    .executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, email: row.email, name: row.name, role: row.role, active: true, expiresAt: row.expiresAt };
}

/** Moves a session's expiry to `expiresAt` (ISO time); an unknown id changes nothing. */
export async function extendSession(db: DB, sessionId: string, expiresAt: string): Promise<void> {
  await db.updateTable('session').set({ expiresAt: expiresAt }).where('id', '=', sessionId).execute();
}

/** Deletes a session (signing out); an unknown id changes nothing. */
export async function deleteSession(db: DB, sessionId: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

/** Ends every session of a user (deactivated, or their password was reset). */
export async function deleteSessionsOfUser(db: DB, userId: number): Promise<void> {
  await db.deleteFrom('session').where('userId', '=', userId).execute();
}
