import type { Kysely } from 'kysely';

// Indexes for pages that must stay fast at 10,000 articles (issue 15):
// exports page through claims in (article, place in the text, id) order
// with a row-value cursor; the editors' queue lists pending sign-offs and a
// checker's queue their assigned claims, newest change first, without
// sorting every such claim.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('claim_export_order').on('claim').columns(['article_id', 'anchor_start', 'id']).execute();
  await db.schema.createIndex('claim_signoff_updated').on('claim').columns(['signoff', 'updated_at', 'id']).execute();
  await db.schema.createIndex('claim_assignee_updated').on('claim').columns(['assignee_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('claim_proposed_by').on('claim').columns(['proposed_by', 'updated_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['claim_proposed_by', 'claim_assignee_updated', 'claim_signoff_updated', 'claim_export_order']) {
    await db.schema.dropIndex(name).execute();
  }
}
