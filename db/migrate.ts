import { Migrator, type MigrationResultSet } from 'kysely';
import type { DB } from './connection';
import { migrations } from './migrations';

/**
 * Brings the database to the latest migration; throws with the failing
 * migration's name. Migrations run without the CamelCasePlugin: they name
 * tables and columns as the database does (snake_case), and keep doing so.
 *
 * Migrations are named by the time their author made them, and helpers land
 * in parallel: one made earlier can land after one made later. A database
 * already past the later one still runs the earlier one (unordered
 * migrations allowed) rather than refusing to start; each migration stands
 * on its own, and a fresh database runs them in name order.
 */
export async function migrateToLatest(db: DB): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db: db.withoutPlugins(), provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String(result.error)}`);
  }
  return result;
}
