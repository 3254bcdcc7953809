import { createHash } from 'node:crypto';
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { urlKey } from '../../app/domain/sources/source-input';

// Import by URL, article versions and stealth edits (issue 17, ADR 020).
// Frozen once landed: later changes go in a new migration.

function onPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function idColumn(db: Kysely<any>) {
  return (c: ColumnDefinitionBuilder) => (onPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());
}

function keyOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return urlKey(url);
  } catch {
    return null;
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  // A fetched page kept as evidence: the bytes exactly as they arrived (after
  // content-encoding), for an article version or for a library source.
  await db.schema
    .createTable('snapshot')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('article_id', 'integer', (c) => c.references('article.id'))
    .addColumn('source_id', 'integer', (c) => c.references('source.id'))
    .addColumn('requested_url', 'text', (c) => c.notNull())
    .addColumn('final_url', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text')
    .addColumn('bytes', onPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('fetched_by', 'integer', (c) => c.references('user.id'))
    .execute();
  await db.schema.createIndex('snapshot_article').on('snapshot').column('article_id').execute();
  await db.schema.createIndex('snapshot_source').on('snapshot').column('source_id').execute();

  // Every text an article has had; article.body/raw stay the current one.
  await db.schema
    .createTable('article_version')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('raw_sha256', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_sha256', 'text', (c) => c.notNull())
    .addColumn('snapshot_id', 'integer', (c) => c.references('snapshot.id'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('article_version_number', ['article_id', 'number'])
    .execute();

  await db.schema.alterTable('article').addColumn('url_key', 'text').execute();
  await db.schema.createIndex('article_url_key').on('article').column('url_key').execute();

  // Where the claim's text stands in the newest version: null (as imported or
  // unchanged), 'changed' (with a word diff) or 'removed'.
  await db.schema.alterTable('claim').addColumn('source_state', 'text').execute();
  await db.schema.alterTable('claim').addColumn('source_diff', 'text').execute();
  await db.schema.alterTable('claim').addColumn('source_version', 'integer').execute();

  // A figure re-read from a changed sentence keeps its former reading beside the new one.
  await db.schema.alterTable('figure').addColumn('previous_text', 'text').execute();
  await db.schema.alterTable('figure').addColumn('previous_low', onPostgres(db) ? 'double precision' : 'real').execute();
  await db.schema.alterTable('figure').addColumn('previous_high', onPostgres(db) ? 'double precision' : 'real').execute();
  await db.schema.alterTable('figure').addColumn('withdrawn_at', 'text').execute();

  // Every existing article becomes version 1 of itself.
  const articles = await db.selectFrom('article').select(['id', 'url', 'raw', 'format', 'body', 'body_sha256', 'imported_by', 'imported_at']).execute();
  for (const a of articles) {
    await db
      .insertInto('article_version')
      .values({
        article_id: a.id,
        number: 1,
        raw: a.raw,
        raw_sha256: createHash('sha256').update(a.raw).digest('hex'),
        format: a.format,
        body: a.body,
        body_sha256: a.body_sha256,
        snapshot_id: null,
        origin: 'import',
        summary: null,
        created_by: a.imported_by,
        created_at: a.imported_at,
      })
      .execute();
    const key = keyOf(a.url);
    if (key) await db.updateTable('article').set({ url_key: key }).where('id', '=', a.id).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['previous_text', 'previous_low', 'previous_high', 'withdrawn_at']) await db.schema.alterTable('figure').dropColumn(c).execute();
  for (const c of ['source_state', 'source_diff', 'source_version']) await db.schema.alterTable('claim').dropColumn(c).execute();
  await db.schema.dropIndex('article_url_key').execute();
  await db.schema.alterTable('article').dropColumn('url_key').execute();
  await db.schema.dropTable('article_version').execute();
  await db.schema.dropTable('snapshot').execute();
}
