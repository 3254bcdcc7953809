/**
 * npm run user -- COMMAND   manages accounts from the terminal.
 *
 *   add EMAIL --role checker|editor|admin [--name NAME]
 *   set-role EMAIL ROLE
 *   reset-password EMAIL
 *   deactivate EMAIL
 *   reactivate EMAIL
 *   list
 *
 * `add` and `reset-password` ask for the password on a terminal (empty:
 * generate one); otherwise they generate one and print it once.
 * Exit status: 0 done, 1 refused (unknown account, last admin, …), 2 usage.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { z } from 'zod';
import { closeDb, getDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { listUserAccounts } from '../app/models/user.server';
import { NotFoundError } from '../app/services/errors';
import {
  AccountError,
  accountByEmail,
  addAccount,
  changeRole,
  deactivateAccount,
  reactivateAccount,
  resetPassword,
} from '../app/services/user-admin.server';
import { emailField, nameField, newPasswordField, roleField } from '../app/utils/user-input';
import { parseCli } from './lib/cli';

const USAGE = `usage: npm run user -- add EMAIL --role checker|editor|admin [--name NAME]
       npm run user -- set-role EMAIL ROLE
       npm run user -- reset-password EMAIL
       npm run user -- deactivate EMAIL
       npm run user -- reactivate EMAIL
       npm run user -- list`;

class UsageError extends Error {}

function field<T extends z.ZodTypeAny>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`${what}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  return r.data;
}

/** Reads a line without echoing it (a terminal only). */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/** On a terminal, the password the operator types (checked twice); elsewhere null, meaning "generate". */
async function choosePassword(): Promise<string | null> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return null;
  for (;;) {
    const first = await askHidden('Password (leave empty to generate one): ');
    if (first === '') return null;
    const checked = newPasswordField.safeParse(first);
    if (!checked.success) {
      console.log(checked.error.issues[0]?.message);
      continue;
    }
    if ((await askHidden('Again: ')) === first) return first;
    console.log('The two passwords differ; try again.');
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(
    USAGE,
    { options: { role: { type: 'string' }, name: { type: 'string' } }, allowPositionals: true },
    argv,
  );
  const [command, emailArg, roleArg] = positionals;
  if (!command) {
    console.log(USAGE);
    return 2;
  }
  const db = getDb();
  await migrateToLatest(db);
  const now = new Date();

  if (command === 'list') {
    for (const u of await listUserAccounts(db)) {
      console.log(`${u.email.padEnd(32)} ${u.role.padEnd(8)} ${u.active ? 'active     ' : 'deactivated'} ${u.name}`);
    }
    return 0;
  }
  if (!['add', 'set-role', 'reset-password', 'deactivate', 'reactivate'].includes(command)) {
    throw new UsageError(`unknown command "${command}"`);
  }
  const email = field(emailField, emailArg ?? '', 'email');

  switch (command) {
    case 'add': {
      const role = field(roleField, values.role ?? roleArg, '--role');
      const name = field(nameField, values.name ?? email.split('@')[0], '--name');
      const typed = await choosePassword();
      const { user, generatedPassword } = await addAccount(db, { email, name, role, password: typed }, now);
      console.log(`Added ${user.name} <${user.email}> as ${user.role}.`);
      if (generatedPassword) console.log(`Password (shown once): ${generatedPassword}`);
      return 0;
    }
    case 'set-role': {
      const role = field(roleField, roleArg ?? values.role, 'role');
      const user = await changeRole(db, { userId: (await accountByEmail(db, email)).id, role, actorId: null });
      console.log(`${user.email} is now ${user.role}.`);
      return 0;
    }
    case 'reset-password': {
      const target = await accountByEmail(db, email);
      const typed = await choosePassword();
      const { user, password } = await resetPassword(db, { userId: target.id, password: typed });
      console.log(`New password for ${user.email}; their open sessions were signed out.`);
      if (!typed) console.log(`Password (shown once): ${password}`);
      return 0;
    }
    case 'deactivate': {
      const user = await deactivateAccount(db, { userId: (await accountByEmail(db, email)).id, actorId: null });
      console.log(`${user.email} is deactivated: they cannot sign in and were signed out.`);
      return 0;
    }
    default: {
      const user = await reactivateAccount(db, { userId: (await accountByEmail(db, email)).id });
      console.log(`${user.email} can sign in again.`);
      return 0;
    }
  }
}

let status: number;
try {
  status = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`error: ${e.message}\n${USAGE}`);
    status = 2;
  } else if (e instanceof AccountError || e instanceof NotFoundError) {
    console.error(`error: ${e.message}`);
    status = 1;
  } else {
    throw e;
  }
} finally {
  await closeDb();
}
process.exit(status!);
