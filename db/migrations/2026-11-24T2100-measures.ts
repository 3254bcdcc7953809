import { sql, type Kysely } from 'kysely';
import { idColumn, realType, timestampType } from '../dialect';

// Measures (quantities that competing figures estimate), figure scope and
// hand corrections, measure suggestions, and key/value settings.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('measure')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo('count'))
    .addColumn('counted', 'text')
    .addColumn('event', 'text')
    .addColumn('place', 'text')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('accepted_low', realType(db))
    .addColumn('accepted_high', realType(db))
    .addColumn('rationale', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('user.id'))
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .addColumn('updated_at', timestampType(db), (c) => c.notNull())
    .execute();

  await db.schema.alterTable('figure').addColumn('measure_id', 'integer', (c) => c.references('measure.id')).execute();
  // Scope: a cumulative toll and a one-day toll are never compared as rivals.
  await db.schema.alterTable('figure').addColumn('scope', 'text').execute();
  await db.schema.alterTable('figure').addColumn('scope_date', 'text').execute();
  // 1 when a checker set low/high by hand: a change of conventions leaves it alone.
  await db.schema.alterTable('figure').addColumn('corrected', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('figure_measure').on('figure').column('measure_id').execute();

  await db.schema
    .createTable('measure_suggestion')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('figure_id', 'integer', (c) => c.notNull().references('figure.id'))
    .addColumn('measure_id', 'integer', (c) => c.references('measure.id'))
    .addColumn('partner_figure_id', 'integer', (c) => c.references('figure.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status in ('open', 'accepted', 'rejected')`),
    )
    .addColumn('decided_by', 'integer', (c) => c.references('user.id'))
    .addColumn('decided_at', timestampType(db))
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('measure_suggestion_figure').on('measure_suggestion').column('figure_id').execute();
  await db.schema.createIndex('measure_suggestion_status').on('measure_suggestion').column('status').execute();

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('user.id'))
    .addColumn('updated_at', timestampType(db), (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('setting').execute();
  await db.schema.dropTable('measure_suggestion').execute();
  await db.schema.dropIndex('figure_measure').execute();
  for (const c of ['corrected', 'scope_date', 'scope', 'measure_id']) await db.schema.alterTable('figure').dropColumn(c).execute();
  await db.schema.dropTable('measure').execute();
}
