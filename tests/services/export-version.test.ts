import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { DB } from '../../db/connection';
import { parseExportFilters } from '../../app/domain/export/export-filters';
import { prepareExport, type ExportOptions } from '../../app/services/export.server';
import { importFromUrl, importOrRevise } from '../../app/services/import-by-url.server';
import { putSetting } from '../../app/models/setting.server';
import { useTestDb } from '../helpers/test-db';
import { startPageServer } from '../helpers/page-server';
import { PAGE_V1, PAGE_V2 } from '../fixtures/versions-page';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

// Exports name the article version the claims were checked against (issue 17).
describe('every export names the article version its claims were checked against', () => {
  let db: DB;
  let site: Awaited<ReturnType<typeof startPageServer>>;
  let fetched = 0;
  let pasted = 0;
  let sha = '';
  const FETCHED_AT = new Date('2026-12-01T08:15:00.000Z');
  const REFETCHED_AT = new Date('2026-12-02T11:40:00.000Z');
  const PASTED_AT = new Date('2026-12-02T12:05:00.000Z');

  const run = async (articleId: number, options: ExportOptions) => {
    const file = await prepareExport(db, {
      filters: parseExportFilters(new URLSearchParams('drafts=1'), articleId),
      editor: { name: 'Eda Editor' },
      now: new Date('2026-12-02T13:00:00.000Z'),
      options,
    });
    return text(file.chunks);
  };

  beforeAll(async () => {
    db = await useTestDb();
    site = await startPageServer();
    process.env.CLAIMDESK_FETCH_ALLOW = site.hostPort;
    site.page('/harbour', PAGE_V1);
    fetched = (await importFromUrl(db, { url: site.url('/harbour') }, { id: null, now: FETCHED_AT })).articleId;
    site.page('/harbour', PAGE_V2);
    const v2 = await importFromUrl(db, { url: site.url('/harbour') }, { id: null, now: REFETCHED_AT });
    expect(v2).toMatchObject({ articleId: fetched, version: 2 });
    const snap = await db.selectFrom('snapshot').select(['sha256', 'fetchedAt']).where('articleId', '=', fetched).orderBy('id', 'desc').executeTakeFirstOrThrow();
    sha = snap.sha256;
    // The test server answers at once: the fetch time is the actor's clock give or take a second, so pin it.
    await db.updateTable('snapshot').set({ fetchedAt: REFETCHED_AT.toISOString() }).where('sha256', '=', sha).execute();
    pasted = (
      await importOrRevise(
        db,
        { text: 'The ferry company said 42 crossings were cancelled on Monday because of the storm.', format: 'text', title: 'Storm cancels ferries', url: null, publisher: 'Coast Times', publishedAt: null, fileName: null },
        { id: null, now: PASTED_AT },
      )
    ).articleId;
    // ClaimReview refuses unrated drafts; rate them all.
    await db.updateTable('claim').set({ rating: 'Half true' }).execute();
    await putSetting(db, { key: 'org_name', value: 'Harbour Checks', actorId: null, now: PASTED_AT.toISOString() });
    await putSetting(db, { key: 'site_url', value: 'https://checks.example', actorId: null, now: PASTED_AT.toISOString() });
  });
  afterAll(async () => {
    delete process.env.CLAIMDESK_FETCH_ALLOW;
    await site.close();
  });

  it('Markdown', async () => {
    const md = await run(fetched, { format: 'md' });
    expect(md).toContain(`*Checked against version 2 of the article, fetched 2026-12-02 11:40 UTC* · snapshot SHA-256 \`${sha}\``);
    const plain = await run(pasted, { format: 'md' });
    expect(plain).toContain('*Checked against version 1 of the article, imported 2026-12-02 12:05 UTC*');
    expect(plain).not.toContain('SHA-256');
  });

  it('print HTML', async () => {
    const html = await run(fetched, { format: 'html' });
    expect(html).toContain(`<p class="byline version">Checked against version 2 of the article, fetched 2026-12-02 11:40 UTC · snapshot SHA-256 <code>${sha}</code></p>`);
    expect(await run(pasted, { format: 'html' })).toContain('<p class="byline version">Checked against version 1 of the article, imported 2026-12-02 12:05 UTC</p>');
  });

  it('CSV, the claims and the figures tables', async () => {
    for (const table of ['claims', 'figures'] as const) {
      const rows = parse(await run(fetched, { format: 'csv', table }), { columns: true }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r).toMatchObject({ article_version: '2', article_version_at: REFETCHED_AT.toISOString(), article_snapshot_sha256: sha });
    }
    const [row] = parse(await run(pasted, { format: 'csv' }), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ article_version: '1', article_version_at: PASTED_AT.toISOString(), article_snapshot_sha256: '' });
  });

  it('JSON', async () => {
    const json = JSON.parse(await run(fetched, { format: 'json' }));
    expect(json.articles[0].version).toEqual({ number: 2, origin: 'url', at: REFETCHED_AT.toISOString(), fetched: true, snapshotSha256: sha });
    const plain = JSON.parse(await run(pasted, { format: 'json' }));
    expect(plain.articles[0].version).toEqual({ number: 1, origin: 'import', at: PASTED_AT.toISOString(), fetched: false, snapshotSha256: null });
  });

  it('ClaimReview: the appearance is the article in the version checked', async () => {
    const reviews = JSON.parse(await run(fetched, { format: 'claimreview' })) as any[];
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) {
      expect(r.itemReviewed.appearance).toMatchObject({
        '@type': 'CreativeWork',
        url: site.url('/harbour'),
        version: 2,
        description: `Checked against version 2 of the article, fetched 2026-12-02 11:40 UTC; snapshot SHA-256 ${sha}`,
        identifier: { '@type': 'PropertyValue', propertyID: 'sha256', value: sha },
      });
    }
    const [plain] = JSON.parse(await run(pasted, { format: 'claimreview' })) as any[];
    expect(plain.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      headline: 'Storm cancels ferries',
      version: 1,
      description: 'Checked against version 1 of the article, imported 2026-12-02 12:05 UTC',
    });
  });
});
