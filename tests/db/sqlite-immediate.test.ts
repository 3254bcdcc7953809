import SQLite from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseBusyError, openDatabase, type DB } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';

/** Another process's connection (as `npm run import` would hold one), without any busy wait of its own. */
function otherWriter(file: string) {
  const other = new SQLite(file);
  other.pragma('busy_timeout = 0');
  return other;
}

/** A setting row: the smallest table a write can go to. */
const setting = (key: string, value: string) => ({ key, value, updatedBy: null, updatedAt: '2026-01-01T00:00:00Z' });

const settingCount = async (db: DB) =>
  Number((await db.selectFrom('setting').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('writes while another process holds the database', () => {
  let file: string;
  let db: DB;
  beforeEach(async () => {
    file = resolve('tmp', `busy-${randomBytes(4).toString('hex')}.db`);
    db = openDatabase(file);
    await migrateToLatest(db);
  });
  afterEach(() => db.destroy());

  it('waits for the other writer without blocking, keeps reading meanwhile, then commits', async () => {
    const other = otherWriter(file);
    other.exec('BEGIN IMMEDIATE');
    let committed = false;
    const save = db
      .transaction()
      .execute((trx) => trx.insertInto('setting').values(setting('org_name', 'Desk A')).execute())
      .then(() => (committed = true));
    // The save is waiting for the lock, yet this process still answers reads.
    expect(await settingCount(db)).toBe(0);
    expect(committed).toBe(false);
    other.exec('COMMIT');
    other.close();
    await save;
    expect(await settingCount(db)).toBe(1);
  });

  it('takes the write lock when the transaction begins (BEGIN IMMEDIATE), so nothing fails part-way', async () => {
    let opened!: () => void;
    const isOpen = new Promise<void>((r) => (opened = r));
    let proceed!: () => void;
    const gate = new Promise<void>((r) => (proceed = r));
    const tx = db.transaction().execute(async (trx) => {
      await trx.selectFrom('setting').selectAll().execute();
      opened();
      await gate;
      await trx.insertInto('setting').values(setting('org_url', 'https://desk.example')).execute();
    });
    await isOpen;
    const other = otherWriter(file);
    expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked/);
    other.close();
    proceed();
    await tx;
    expect(await settingCount(db)).toBe(1);
  });

  it('retries a lone write (no transaction) until the lock is free', async () => {
    const other = otherWriter(file);
    other.exec('BEGIN IMMEDIATE');
    const write = db.insertInto('setting').values(setting('site_url', 'https://site.example')).execute();
    expect(await settingCount(db)).toBe(0);
    other.exec('COMMIT');
    other.close();
    await write;
    expect(await settingCount(db)).toBe(1);
  });

  it('gives up with DatabaseBusyError after its deadline and writes nothing', async () => {
    const impatient = openDatabase(file, { retry: { deadlineMs: 30 } });
    const other = otherWriter(file);
    other.exec('BEGIN IMMEDIATE');
    await expect(
      impatient.transaction().execute((trx) => trx.insertInto('setting').values(setting('org_name', 'X')).execute()),
    ).rejects.toBeInstanceOf(DatabaseBusyError);
    other.exec('ROLLBACK');
    other.close();
    await impatient.destroy();
    expect(await settingCount(db)).toBe(0);
  });
});
