import type { DB } from '../../db/connection';
import {
  countActiveAdmins,
  findUserByEmail,
  findUserById,
  listUserAccounts,
  updateUserActive,
  updateUserPassword,
  updateUserRole,
  type Role,
  type User,
  type UserAccount,
} from '../models/user.server';
import { deleteSessionsOfUser } from '../models/session.server';
import { generatePassword, hashPassword } from '../utils/password.server';
import { insertRevision } from '../models/revision.server';
import { createUser } from './auth.server';
import { deleteAttemptRunsWithPrefix, listAttemptRunsWithPrefix } from '../models/login-attempt.server';
import { lockedUntil, MAX_FAILURES, pairPrefix } from '../domain/auth/login-throttle';
import { NotFoundError, RuleError } from './errors';

/** Account changes go into the same tamper-evident history as claims (never a password or hash). */
async function record(trx: DB, user: User, actorId: number | null, action: string, before: unknown, after: unknown) {
  await insertRevision(trx, { entity: 'user', entityId: user.id, claimId: null, actorId, at: new Date().toISOString(), action, before, after });
}

/** A refused account change; `field` names the form field to show it beside ('user' when none fits). */
export class AccountError extends RuleError {
  constructor(
    message: string,
    readonly field: 'email' | 'role' | 'password' | 'user' = 'user',
  ) {
    super(message, field);
    this.name = 'AccountError';
  }
}

async function existing(db: DB, userId: number): Promise<User> {
  const user = await findUserById(db, userId);
  if (!user) throw new NotFoundError(`User ${userId}`);
  return user;
}

/**
 * The account with this email (any case).
 *
 * @throws NotFoundError when no account has it.
 */
export async function accountByEmail(db: DB, email: string): Promise<User> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError(`The account for ${email}`);
  return user;
}

/** Someone must always be able to manage accounts. */
async function keepAnAdmin(db: DB, user: User, what: string): Promise<void> {
  if (user.role === 'admin' && user.active && (await countActiveAdmins(db)) <= 1) {
    throw new AccountError(`${user.email} is the only active admin, so they cannot be ${what}.`, 'role');
  }
}

/**
 * Creates an account; with no password given, generates one and returns it to show once.
 *
 * @throws AccountError (field "email") when an account already has that email.
 * @throws RuleError (field "password") when a given password is shorter than
 *   MIN_PASSWORD_LENGTH (createUser; the form refuses one first).
 */
export async function addAccount(
  db: DB,
  input: { email: string; name: string; role: Role; password?: string | null; actorId?: number | null },
  now: Date,
): Promise<{ user: User; generatedPassword: string | null }> {
  const generatedPassword = input.password ? null : generatePassword();
  const password = input.password || generatedPassword!;
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email)) {
      throw new AccountError(`There is already an account for ${input.email.toLowerCase()}.`, 'email');
    }
    const user = await createUser(trx, { email: input.email, name: input.name, role: input.role, password }, now);
    await record(trx, user, input.actorId ?? null, 'account-add', null, { email: user.email, name: user.name, role: user.role });
    return { user, generatedPassword };
  });
}

/**
 * Gives an account another role, with a revision.
 *
 * @throws AccountError when the actor changes their own role, or it would leave no active admin.
 * @throws NotFoundError when the account does not exist.
 */
export async function changeRole(db: DB, input: { userId: number; role: Role; actorId: number | null }): Promise<User> {
  if (input.userId === input.actorId) throw new AccountError('You cannot change your own role; ask another admin.', 'role');
  return db.transaction().execute(async (trx) => {
    const user = await existing(trx, input.userId);
    if (input.role !== 'admin') await keepAnAdmin(trx, user, 'given another role');
    await updateUserRole(trx, user.id, input.role);
    await record(trx, user, input.actorId, 'account-role', { role: user.role }, { role: input.role });
    return { ...user, role: input.role };
  });
}

/**
 * Sets a new password (given, or generated and returned) and ends the user's sessions.
 *
 * @throws NotFoundError when the account does not exist.
 */
export async function resetPassword(
  db: DB,
  input: { userId: number; password?: string | null; actorId?: number | null },
): Promise<{ user: User; password: string }> {
  const password = input.password || generatePassword();
  const hash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const user = await existing(trx, input.userId);
    await updateUserPassword(trx, user.id, hash);
    await deleteSessionsOfUser(trx, user.id);
    await record(trx, user, input.actorId ?? null, 'account-password-reset', null, null);
    return { user, password };
  });
}

/**
 * The account stays (history names it) but cannot sign in, and its open sessions end now.
 *
 * @throws AccountError when the actor deactivates themselves, or it is the last active admin.
 * @throws NotFoundError when the account does not exist.
 */
export async function deactivateAccount(db: DB, input: { userId: number; actorId: number | null }): Promise<User> {
  if (input.userId === input.actorId) throw new AccountError('You cannot deactivate your own account.', 'user');
  return db.transaction().execute(async (trx) => {
    const user = await existing(trx, input.userId);
    await keepAnAdmin(trx, user, 'deactivated');
    await updateUserActive(trx, user.id, false);
    await deleteSessionsOfUser(trx, user.id);
    await record(trx, user, input.actorId, 'account-deactivate', { active: true }, { active: false });
    return { ...user, active: false };
  });
}

/**
 * Lets a deactivated account sign in again, with a revision.
 *
 * @throws NotFoundError when the account does not exist.
 */
export async function reactivateAccount(db: DB, input: { userId: number; actorId?: number | null }): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const user = await existing(trx, input.userId);
    await updateUserActive(trx, user.id, true);
    await record(trx, user, input.actorId ?? null, 'account-reactivate', { active: false }, { active: true });
    return { ...user, active: true };
  });
}

/**
 * Which of these accounts are locked from some address now: email → when the
 * last of those locks ends and from how many addresses (one key-range read per account).
 */
export async function signInLocks(db: DB, emails: string[], now: Date): Promise<Map<string, { until: string; addresses: number }>> {
  const out = new Map<string, { until: string; addresses: number }>();
  for (const email of emails) {
    const locks = (await listAttemptRunsWithPrefix(db, pairPrefix(email), MAX_FAILURES))
      .map((run) => lockedUntil(run, now))
      .filter((d): d is Date => d !== null);
    if (locks.length) out.set(email, { until: new Date(Math.max(...locks.map((d) => d.getTime()))).toISOString(), addresses: locks.length });
  }
  return out;
}

/**
 * Clears an account's failed sign-ins from every address (an admin's unlock), in the history; returns the user.
 *
 * @throws NotFoundError when the account does not exist.
 */
export async function unlockSignIn(db: DB, input: { userId: number; actorId: number | null }): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const user = await existing(trx, input.userId);
    const cleared = await deleteAttemptRunsWithPrefix(trx, pairPrefix(user.email));
    await record(trx, user, input.actorId, 'unlock-sign-in', null, { addresses: cleared });
    return user;
  });
}

/** Every account for the admin page, active first, with its role and creation time. Throws nothing of its own. */
export async function listAccounts(db: DB): Promise<UserAccount[]> {
  return listUserAccounts(db);
}
