import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * What the migrations need to say differently per engine. One migration
 * history serves SQLite and PostgreSQL; a migration branches only where the
 * engines differ (ADR 018).
 */

/** True when the migration runs against PostgreSQL. */
export function onPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** A surrogate key: `integer primary key autoincrement` on SQLite, an identity column on PostgreSQL. */
export function idColumn(db: Kysely<any>) {
  return (c: ColumnDefinitionBuilder) =>
    onPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
}

/** A floating-point column: SQLite's REAL is 8 bytes; PostgreSQL's `real` is 4, so `double precision` there. */
export function realType(db: Kysely<any>): 'real' | 'double precision' {
  return onPostgres(db) ? 'double precision' : 'real';
}

/**
 * A point in time: ISO-8601 UTC text on SQLite, `timestamptz` on PostgreSQL
 * (read back as the same ISO string: db/connection.ts).
 */
export function timestampType(db: Kysely<any>): 'text' | 'timestamptz' {
  return onPostgres(db) ? 'timestamptz' : 'text';
}
