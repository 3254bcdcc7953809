import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, sqliteHandleOf, type DB } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { onOneConnection, prepareRows } from '../../db/prepared-rows';

const setting = (key: string, value: string) => ({ key, value, updatedBy: null, updatedAt: '2026-01-01T00:00:00Z' });

describe('prepareRows: a query compiled once, run with new values, rows as arrays', () => {
  let db: DB;
  beforeEach(async () => {
    mkdirSync('tmp', { recursive: true });
    db = openDatabase(resolve('tmp', `prepared-${randomBytes(4).toString('hex')}.db`));
    await migrateToLatest(db);
    await db.insertInto('setting').values([setting('a', 'one'), setting('b', 'two'), setting('c', 'three')]).execute();
  });
  afterEach(() => db.destroy());

  const byKeys = (on: DB) =>
    prepareRows(on, (slot) => on.selectFrom('setting').select(['value', 'key']).where('key', 'in', [slot(0), slot(1)]).orderBy('key').limit(slot(2)));

  it('answers columns in select order, prepares the statement once on SQLite', async () => {
    const prepare = vi.spyOn(sqliteHandleOf(db)!, 'prepare');
    const run = byKeys(db);
    expect(await onOneConnection(db, (conn) => run(conn, ['a', 'c', 10]))).toEqual([['one', 'a'], ['three', 'c']]);
    expect(await onOneConnection(db, (conn) => run(conn, ['b', null, 1]))).toEqual([['two', 'b']]);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('runs through Kysely where there is no SQLite handle, with the same answer', async () => {
    const rows = await db.connection().execute(async (conn) => {
      expect(sqliteHandleOf(conn)).toBeUndefined();
      return byKeys(conn)(conn, ['c', 'a', 10]);
    });
    expect(rows).toEqual([['one', 'a'], ['three', 'c']]);
  });

  it('refuses a slot that is not a parameter of the compiled query', () => {
    expect(() => prepareRows(db, (slot) => (slot(0), db.selectFrom('setting').select('key')))).toThrow(/exactly once/);
  });

  it('never reads inside another request’s open transaction on the shared handle', async () => {
    let release!: () => void;
    let inserted!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const written = new Promise<void>((r) => (inserted = r));
    const write = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('setting').values(setting('d', 'uncommitted')).execute();
        inserted();
        await gate;
        throw new Error('rolled back');
      })
      .catch((e: Error) => e.message);
    const run = prepareRows(db, (slot) => db.selectFrom('setting').select('key').where('key', '=', slot(0)));
    await written;
    // On the same handle without the connection's lock this read would see the uncommitted row.
    const read = onOneConnection(db, (conn) => run(conn, ['d']));
    release();
    expect(await write).toBe('rolled back');
    expect(await read).toEqual([]);
  });
});
