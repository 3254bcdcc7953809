import { randomBytes } from 'node:crypto';
import type { DB } from '../../db/connection';
import { countUsers, findUserForLogin, insertUser, type Role, type User } from '../models/user.server';
import { deleteSession, extendSession, findSessionUser, insertSession } from '../models/session.server';
import { deleteAttemptRun, deleteAttemptRunsOverAt, findAttemptRuns, saveAttemptRun } from '../models/login-attempt.server';
import {
  addressKey,
  lockedUntil,
  MAX_ADDRESS_FAILURES,
  MAX_FAILURES,
  minutesLeft,
  pairKey,
  runsOverAt,
  withAttempt,
  withoutAttempt,
} from '../domain/auth/login-throttle';
import { hashPassword, verifyPassword } from '../utils/password.server';
import { MIN_PASSWORD_LENGTH } from '../utils/user-input';
import { RuleError } from './errors';

export const SESSION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** A wrong email or password (or an inactive account): the same words whichever it was. */
export class LoginError extends Error {
  constructor() {
    // The same words whether the account exists or not.
    super('Wrong email or password');
    this.name = 'LoginError';
  }
}

/** Sign-in refused while the account/address pair or the address is locked; `until` is when the lock ends. */
export class LoginLockedError extends Error {
  constructor(
    readonly until: Date,
    now: Date,
  ) {
    // The same words for every account, existing or not.
    const minutes = minutesLeft(until, now);
    super(`Too many failed sign-ins. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`);
    this.name = 'LoginLockedError';
  }
}

type ThrottleKey = { key: string; threshold: number };

/** Longer passwords are refused before hashing (scrypt over megabytes would tie up the server); no account has one. */
const MAX_PASSWORD_LENGTH = 1024;

/**
 * Counts a sign-in attempt against its keys before the password is checked,
 * so parallel guesses cannot slip past the limit; returns when the lock ends
 * if a key is locked (nothing is counted then). The same write deletes every
 * run that is over (a quiet day old), so the table holds only live runs
 * however many addresses have tried.
 */
async function countAttempt(db: DB, keys: ThrottleKey[], now: Date): Promise<Date | null> {
  return db.transaction().execute(async (trx) => {
    await deleteAttemptRunsOverAt(trx, runsOverAt(now));
    const runs = await findAttemptRuns(trx, keys.map((k) => k.key));
    const locks = keys.map((k) => lockedUntil(runs.get(k.key), now, k.threshold)).filter((d): d is Date => d !== null);
    if (locks.length) return new Date(Math.max(...locks.map((d) => d.getTime())));
    for (const { key } of keys) await saveAttemptRun(trx, key, withAttempt(runs.get(key), now));
    return null;
  });
}

/** A successful sign-in clears the account's run from this address and takes back its counted attempt from the address. */
async function forgiveAttempt(db: DB, pair: string, address: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteAttemptRun(trx, pair);
    if (!address) return;
    const run = (await findAttemptRuns(trx, [address])).get(address);
    if (run) await saveAttemptRun(trx, address, withoutAttempt(run));
  });
}

/**
 * Checks the password and opens a session; the cookie gets only the random id.
 * Throttled per account and client address pair (`ip`, when the caller knows
 * it), so guesses from elsewhere never lock a user out: MAX_FAILURES failures
 * lock the pair, even for the right password, for a delay that doubles with
 * each further failure; MAX_ADDRESS_FAILURES from one address over any
 * accounts lock that address the same way (login-throttle.ts).
 *
 * @throws LoginLockedError while a key is locked; LoginError for a wrong
 *   email or password (the same words either way), and at once, uncounted,
 *   for a password over MAX_PASSWORD_LENGTH characters
 */
export async function login(
  db: DB,
  credentials: { email: string; password: string; ip?: string | null },
  now: Date,
): Promise<{ sessionId: string; user: User; expiresAt: Date }> {
  if (credentials.password.length > MAX_PASSWORD_LENGTH) throw new LoginError();
  const pair = pairKey(credentials.email, credentials.ip ?? null);
  const address = credentials.ip ? addressKey(credentials.ip) : null;
  const keys: ThrottleKey[] = [{ key: pair, threshold: MAX_FAILURES }];
  if (address) keys.push({ key: address, threshold: MAX_ADDRESS_FAILURES });
  const locked = await countAttempt(db, keys, now);
  if (locked) throw new LoginLockedError(locked, now);
  const found = await findUserForLogin(db, credentials.email);
  // Hash even for unknown accounts so timing does not reveal which exist.
  const ok = found
    ? await verifyPassword(credentials.password, found.passwordHash)
    : (await verifyPassword(credentials.password, DUMMY_HASH), false);
  if (!found || !ok || !found.active) throw new LoginError();
  await forgiveAttempt(db, pair, address);
  const sessionId = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY);
  await insertSession(db, { id: sessionId, userId: found.id, now: now.toISOString(), expiresAt: expiresAt.toISOString() });
  const { passwordHash: _omit, ...user } = found;
  return { sessionId, user, expiresAt };
}

const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');

/**
 * The user of a live session (undefined for an unknown or expired one);
 * renews the expiry to SESSION_DAYS from `now`, at most once a day. Throws
 * nothing of its own.
 */
export async function userOfSession(db: DB, sessionId: string, now: Date): Promise<User | undefined> {
  const found = await findSessionUser(db, sessionId, now.toISOString());
  if (!found) return undefined;
  const renewed = new Date(now.getTime() + SESSION_DAYS * DAY);
  if (renewed.getTime() - new Date(found.expiresAt).getTime() > DAY) {
    await extendSession(db, sessionId, renewed.toISOString());
  }
  const { expiresAt: _omit, ...user } = found;
  return user;
}

/** Ends the session (no error when it is already gone). */
export async function logout(db: DB, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

/**
 * Creates an account with a hashed password (the email stored lower-case).
 *
 * @throws RuleError when the password has fewer than MIN_PASSWORD_LENGTH characters.
 * @throws the database's unique-constraint error when the email already has an
 *   account (callers check first: user-admin.server.ts refuses it with AccountError).
 */
export async function createUser(
  db: DB,
  user: { email: string; name: string; role: Role; password: string },
  now: Date,
): Promise<User> {
  if (user.password.length < MIN_PASSWORD_LENGTH) throw new RuleError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`, 'password');
  return insertUser(db, {
    email: user.email,
    name: user.name,
    role: user.role,
    passwordHash: await hashPassword(user.password),
    now: now.toISOString(),
  });
}

/**
 * On an empty database, creates the first admin from the given credentials or
 * a demo admin with a random password; returns what to print once, or null.
 *
 * @throws RuleError when the given password is too short (createUser).
 */
export async function ensureFirstAdmin(
  db: DB,
  given: { email?: string; password?: string },
  now: Date,
): Promise<{ email: string; password: string | null } | null> {
  if ((await countUsers(db)) > 0) return null;
  if (given.email && given.password) {
    await createUser(db, { email: given.email, name: 'Administrator', role: 'admin', password: given.password }, now);
    return { email: given.email, password: null };
  }
  const email = 'admin@claimdesk.local';
  const password = randomBytes(9).toString('base64url');
  await createUser(db, { email, name: 'Demo Admin', role: 'admin', password }, now);
  return { email, password };
}
