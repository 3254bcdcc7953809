import { sql, type Kysely } from 'kysely';
import { timestampType } from '../dialect';

// "Not the same claim" marks were keyed by the checked claim's row id. A
// desk claim's archive copy is deleted when its sign-off lapses and written
// again (a new id) when it is approved again, and the delete took the marks
// with it. A mark now names what it ruled out by a key that outlives the
// copy: a published review's URL, or the desk claim the copy mirrors.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('match_rejection_keyed')
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id'))
    // Exactly one of the two: the review's URL, or the desk claim its archive copy mirrors.
    .addColumn('checked_url', 'text')
    .addColumn('checked_desk_claim_id', 'integer', (c) => c.references('claim.id'))
    .addColumn('rejected_by', 'integer', (c) => c.references('user.id'))
    .addColumn('rejected_at', timestampType(db), (c) => c.notNull())
    .addCheckConstraint('match_rejection_one_key', sql`(checked_url is null) <> (checked_desk_claim_id is null)`)
    .execute();
  await sql`insert into match_rejection_keyed (claim_id, checked_url, checked_desk_claim_id, rejected_by, rejected_at)
    select r.claim_id, c.url, case when c.url is null then c.claim_id end, r.rejected_by, r.rejected_at
    from match_rejection r join checked_claim c on c.id = r.checked_claim_id`.execute(db);
  await db.schema.dropTable('match_rejection').execute();
  await db.schema.alterTable('match_rejection_keyed').renameTo('match_rejection').execute();
  // Null keys never collide, so each index holds only the marks of its kind.
  await db.schema.createIndex('match_rejection_by_url').on('match_rejection').columns(['claim_id', 'checked_url']).unique().execute();
  await db.schema.createIndex('match_rejection_by_desk_claim').on('match_rejection').columns(['claim_id', 'checked_desk_claim_id']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('match_rejection_by_id')
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claim.id'))
    .addColumn('checked_claim_id', 'integer', (c) => c.notNull().references('checked_claim.id'))
    .addColumn('rejected_by', 'integer', (c) => c.references('user.id'))
    .addColumn('rejected_at', timestampType(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('match_rejection_pk', ['claim_id', 'checked_claim_id'])
    .execute();
  // Marks of a desk claim not in the archive now have no row to point at and are dropped.
  await sql`insert into match_rejection_by_id (claim_id, checked_claim_id, rejected_by, rejected_at)
    select r.claim_id, c.id, r.rejected_by, r.rejected_at
    from match_rejection r join checked_claim c on c.url = r.checked_url or c.claim_id = r.checked_desk_claim_id`.execute(db);
  await db.schema.dropTable('match_rejection').execute();
  await db.schema.alterTable('match_rejection_by_id').renameTo('match_rejection').execute();
}
