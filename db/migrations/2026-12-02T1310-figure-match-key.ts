import type { Kysely } from 'kysely';
import { figureClasses } from '../../app/domain/figures/classes';

// The key figures are matched on across articles (event class, counted class,
// unit), stored on each figure and indexed, so suggestions on import read
// their rivals with one indexed query however large the desk grows (issue 14).
// The classes come from the lexicons; rows from before this migration are
// filled here with the classes of today's lexicons.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('figure').addColumn('event_class', 'text').execute();
  await db.schema.alterTable('figure').addColumn('counted_class', 'text').execute();
  let after = 0;
  for (;;) {
    const rows: Array<{ id: number; event: string | null; counted: string | null }> = await db
      .selectFrom('figure')
      .select(['id', 'event', 'counted'])
      .where('id', '>', after)
      .where('event', 'is not', null)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const c = figureClasses(r);
      await db.updateTable('figure').set({ event_class: c.eventClass, counted_class: c.countedClass }).where('id', '=', r.id).execute();
    }
    after = rows[rows.length - 1].id;
  }
  // Equality on all three keeps each key's rows in id order (the rowid ends every SQLite index).
  await db.schema.createIndex('figure_match_key').on('figure').columns(['event_class', 'unit', 'counted_class']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('figure_match_key').execute();
  await db.schema.alterTable('figure').dropColumn('counted_class').execute();
  await db.schema.alterTable('figure').dropColumn('event_class').execute();
}
