import type { Kysely } from 'kysely';
import { figureScope } from '../../app/domain/measures/figure-scope';

// A figure's frame is read once, when its article is read, and stored (issue 16):
// besides its time scope (scope, scope_date), the year of the dated event and the
// narrower place its sentence gives. Measure suggestions compared figures by
// reading these again from the claim's wording on every page; now they read the
// columns. Rows from before are filled from their claim's wording, which is what
// the pages read them from until now; figures from sources (no claim) stay null.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('figure').addColumn('era', 'text').execute();
  await db.schema.alterTable('figure').addColumn('place', 'text').execute();
  let after = 0;
  for (;;) {
    const rows: Array<{ id: number; text: string }> = await db
      .selectFrom('figure')
      .innerJoin('claim', 'claim.id', 'figure.claim_id')
      .select(['figure.id as id', 'claim.text as text'])
      .where('figure.id', '>', after)
      .orderBy('figure.id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const f = figureScope(r.text);
      if (f.era === null && f.place === null) continue;
      await db.updateTable('figure').set({ era: f.era, place: f.place }).where('id', '=', r.id).execute();
    }
    after = rows[rows.length - 1].id;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('figure').dropColumn('place').execute();
  await db.schema.alterTable('figure').dropColumn('era').execute();
}
