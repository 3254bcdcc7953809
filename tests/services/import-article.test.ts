import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { ImportInputError, type ImportInput } from '../../app/domain/articles/import-input';
import { loadArticleReview } from '../../app/services/article-review.server';
import { testingPostgres, useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';

const input = (over: Partial<ImportInput> = {}): ImportInput => ({
  text: seedText,
  format: 'text',
  title: null,
  url: null,
  publisher: null,
  publishedAt: null,
  fileName: null,
  ...over,
});

async function counts(db: DB) {
  const n = async (t: 'article' | 'claim' | 'figure' | 'revision') =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { articles: await n('article'), claims: await n('claim'), figures: await n('figure'), revisions: await n('revision') };
}

describe('importArticle', () => {
  let db: DB;
  beforeAll(async () => {
    db = await useTestDb();
  });

  it('stores the seed article with its claims, anchored quotes and figures', async () => {
    const result = await importArticle(db, input({ url: 'https://example.org/a' }), { id: null, now: new Date() });
    expect(result.claims).toBeGreaterThan(10);
    const review = await loadArticleReview(db, result.articleId);
    expect(review.article.url).toBe('https://example.org/a');
    for (const c of review.claims) expect(review.article.body.slice(c.start, c.end)).toBe(c.quote);
    for (const f of review.figures) expect(review.article.body.slice(f.start!, f.end!)).toBe(f.text);
    const displaced = review.figures.find((f) => f.text.includes('948,000'));
    expect(displaced?.low).toBe(948000);
  });

  it('rejects an empty paste and stores nothing', async () => {
    const before = await counts(db);
    await expect(importArticle(db, input({ text: '  \n ' }), { id: null, now: new Date() })).rejects.toThrow(
      ImportInputError,
    );
    expect(await counts(db)).toEqual(before);
  });

  it('leaves nothing half-imported when a write fails part-way', async () => {
    const before = await counts(db);
    // Make the figure insert fail after the article and first claims are written.
    if (testingPostgres) {
      await sql`create function fail_figures() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`.execute(db);
      await sql`create trigger fail_figures before insert on figure for each row execute function fail_figures()`.execute(db);
    } else {
      await sql`create trigger fail_figures before insert on figure begin select raise(abort, 'disk full'); end`.execute(db);
    }
    try {
      await expect(importArticle(db, input(), { id: null, now: new Date() })).rejects.toThrow(/disk full/);
    } finally {
      await sql`drop trigger fail_figures${testingPostgres ? sql` on figure` : sql``}`.execute(db);
      if (testingPostgres) await sql`drop function fail_figures`.execute(db);
    }
    expect(await counts(db)).toEqual(before);
  });
});
