import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { migrations } from '../../db/migrations';

describe('migrations landed out of name order', () => {
  it('runs a migration named before one the database already ran, instead of refusing to start', async () => {
    const db = openDatabase(resolve('tmp', `unordered-${randomBytes(4).toString('hex')}.db`));
    try {
      await migrateToLatest(db);
      const names = Object.keys(migrations).sort();
      // Pretend the second-to-last migration landed after the database had run the last one.
      const late = names[names.length - 2]!;
      const raw = db.withoutPlugins();
      await sql`delete from kysely_migration where name = ${late}`.execute(raw);
      await migrations[late]!.down!(raw);
      const result = await migrateToLatest(db);
      expect(result.results?.map((r) => [r.migrationName, r.status])).toEqual([[late, 'Success']]);
    } finally {
      await db.destroy();
    }
  });
});
