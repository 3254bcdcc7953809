import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { parseExportFilters } from '../../app/domain/export/export-filters';
import { prepareExport, type ExportOptions } from '../../app/services/export.server';
import { reviseArticle } from '../../app/services/article-revision.server';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';
import { FIXED_NOW, seedExportFixture } from '../helpers/export-fixture';

/**
 * An editor signs off claims on version 1; a newer copy of the page adds a
 * paragraph that leaves their passages alone, so the approvals hold (ADR
 * 011). The export must still say the claims were signed off on version 1,
 * while the article heading names its newest version.
 */
async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

describe('exports name the article version each claim was signed off on', () => {
  let db: DB;
  let articleId: number;
  const run = async (options: ExportOptions) =>
    text((await prepareExport(db, { filters: parseExportFilters(new URLSearchParams(''), articleId), editor: { name: 'Eda Editor' }, now: FIXED_NOW, options })).chunks);

  beforeAll(async () => {
    db = await useTestDb();
    articleId = (await seedExportFixture(db)).articleId;
    const later = `${seedText}\n\nThe agency added on Friday that convoys had reached two camps near the border.`;
    const revised = await reviseArticle(db, articleId, { text: later, format: 'text', page: null, origin: 'paste' }, { id: null, now: new Date() });
    expect(revised.version).toBe(2);
  });

  it('JSON: each signed-off claim carries the version at sign-off beside the article’s newest', async () => {
    const json = JSON.parse(await run({ format: 'json' }));
    const article = json.articles[0];
    expect(article.version.number).toBe(2);
    const signed = article.claims.filter((c: { signoff: { state: string } }) => c.signoff.state === 'approved');
    expect(signed.length).toBeGreaterThan(0);
    for (const c of signed) expect(c.signoff.articleVersion).toBe(1);
  });

  it('Markdown and HTML: the review line says which version was signed off', async () => {
    const md = await run({ format: 'md' });
    expect(md).toContain('Checked against version 2 of the article');
    const reviewLines = md.split('\n').filter((l) => l.includes('signed off by'));
    expect(reviewLines.length).toBeGreaterThan(0);
    for (const l of reviewLines) expect(l).toContain('(version 1 of the article)');
    expect(md).not.toMatch(/signed off by [^\n]*version 2 of the article/);
    const html = await run({ format: 'html' });
    expect(html).toContain('(version 1 of the article)');
  });
});
