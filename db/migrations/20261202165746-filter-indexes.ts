import type { Kysely } from 'kysely';

// Indexes for the filtered lists and queues at 10,000 articles (issues 10
// and 15, ADR 028). Each carries dismissed_at right after its equality
// columns (`dismissed_at is null` is an equality for both engines), so the
// queries on live claims read the index alone (SQLite does not count a
// partial index's WHERE column as covered, so these are not partial):
// - claim_article_live: per-article counts (claims, final statuses, pending,
//   approved) and the "has unreviewed" / "in progress" probes;
// - claim_signoff_live: the articles with a pending or approved claim;
// - claim_assignee_live / claim_proposer_live: a user's queue (assigned to
//   them; sent back on their proposals), in change order, and its counts.
// Articles filtered by publisher keep their import (id) order through
// article_publisher; a published-date range is one range of article_published_at.
export async function up(db: Kysely<any>): Promise<void> {
  const claim = (name: string, columns: string[]) => db.schema.createIndex(name).on('claim').columns(columns).execute();
  await claim('claim_article_live', ['article_id', 'dismissed_at', 'status', 'signoff']);
  await claim('claim_signoff_live', ['signoff', 'dismissed_at', 'article_id']);
  await claim('claim_assignee_live', ['assignee_id', 'dismissed_at', 'updated_at', 'id', 'signoff']);
  await claim('claim_proposer_live', ['proposed_by', 'signoff', 'dismissed_at', 'updated_at', 'id', 'assignee_id']);
  await db.schema.createIndex('article_publisher').on('article').columns(['publisher', 'id']).execute();
  await db.schema.createIndex('article_published_at').on('article').columns(['published_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['article_published_at', 'article_publisher', 'claim_proposer_live', 'claim_assignee_live', 'claim_signoff_live', 'claim_article_live']) {
    await db.schema.dropIndex(name).execute();
  }
}
