import { sql, type Kysely } from 'kysely';

// An approval binds to what was approved: the claim version and a SHA-256 of
// its content at approval time. Four eyes need who proposed the final status
// and who last set the rating or verdict; an admin override keeps its reason.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('claim').addColumn('signoff_version', 'integer').execute();
  await db.schema.alterTable('claim').addColumn('signoff_hash', 'text').execute();
  await db.schema.alterTable('claim').addColumn('signoff_override', 'text').execute();
  await db.schema.alterTable('claim').addColumn('proposed_by', 'integer', (c) => c.references('user.id')).execute();
  await db.schema.alterTable('claim').addColumn('judged_by', 'integer', (c) => c.references('user.id')).execute();
  // Who proposed and who judged, as far as the history already tells.
  await sql`
    update claim set proposed_by = (
      select r.actor_id from revision r
      where r.claim_id = claim.id and r.entity = 'claim' and r.action = 'status'
      order by r.id desc limit 1
    ) where status in ('verified', 'false', 'misleading', 'unverifiable')`.execute(db);
  await sql`
    update claim set judged_by = (
      select r.actor_id from revision r
      where r.claim_id = claim.id and r.entity = 'claim' and r.action = 'rating'
      order by r.id desc limit 1
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['judged_by', 'proposed_by', 'signoff_override', 'signoff_hash', 'signoff_version']) {
    await db.schema.alterTable('claim').dropColumn(c).execute();
  }
}
