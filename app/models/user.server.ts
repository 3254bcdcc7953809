import type { DB } from '../../db/connection';
import type { UserTable } from '../../db/schema';

export type Role = UserTable['role'];

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
}

const columns = ['id', 'email', 'name', 'role', 'active'] as const;

function toUser(row: { id: number; email: string; name: string; role: Role; active: number }): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, active: row.active === 1 };
}

/** How many accounts there are, deactivated ones included. */
export async function countUsers(db: DB): Promise<number> {
  const row = await db.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores an account (email lower-cased, active) and returns it. Throws the database's unique-constraint error when the email already has an account. */
export async function insertUser(
  db: DB,
  user: { email: string; name: string; role: Role; passwordHash: string; now: string },
): Promise<User> {
  const row = await db
    .insertInto('user')
    .values({
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      passwordHash: user.passwordHash,
      createdAt: user.now,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** The user and their password hash, for signing in. */
export async function findUserForLogin(db: DB, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('user')
    .select([...columns, 'passwordHash'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? { ...toUser(row), passwordHash: row.passwordHash } : undefined;
}

/** Every account, active or not, by name. */
export async function listUsers(db: DB): Promise<User[]> {
  const rows = await db.selectFrom('user').select(columns).orderBy('name').execute();
  return rows.map(toUser);
}

/** One account, active or not, or undefined when no account has this id. */
export async function findUserById(db: DB, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('user').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export interface UserAccount extends User {
  createdAt: string;
}

/** Every account, active first, for the admin page. */
export async function listUserAccounts(db: DB): Promise<UserAccount[]> {
  const rows = await db
    .selectFrom('user')
    .select([...columns, 'createdAt'])
    .orderBy('active', 'desc')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...toUser(r), createdAt: r.createdAt }));
}

/** The account with this email (compared trimmed and lower-case), active or not, or undefined. */
export async function findUserByEmail(db: DB, email: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('user')
    .select(columns)
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** How many active accounts have the admin role. */
export async function countActiveAdmins(db: DB): Promise<number> {
  const row = await db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sets an account's role; an unknown id changes nothing. */
export async function updateUserRole(db: DB, id: number, role: Role): Promise<void> {
  await db.updateTable('user').set({ role }).where('id', '=', id).execute();
}

/** Sets an account's password hash (scrypt, password.server.ts); an unknown id changes nothing. */
export async function updateUserPassword(db: DB, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('user').set({ passwordHash: passwordHash }).where('id', '=', id).execute();
}

/** Deactivates or reactivates an account; an unknown id changes nothing. */
export async function updateUserActive(db: DB, id: number, active: boolean): Promise<void> {
  await db.updateTable('user').set({ active: active ? 1 : 0 }).where('id', '=', id).execute();
}
