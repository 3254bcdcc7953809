import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importFromUrl, importOrRevise } from '../../app/services/import-by-url.server';
import { reextractArticle } from '../../app/services/article-revision.server';
import { FetchRefusedError } from '../../app/services/fetch-page.server';
import { currentContentHashes } from '../../app/services/signoff-binding.server';
import { listArticleVersions, findVersionBody } from '../../app/models/article-version.server';
import { findSnapshot } from '../../app/models/snapshot.server';
import { loadClaimPage } from '../../app/services/claim-page.server';
import { useTestDb } from '../helpers/test-db';
import { startPageServer } from '../helpers/page-server';
import { CEASEFIRE, DISPLACED, PAGE_V1, PAGE_V2, SCHOOLS, TALKS, TOLL_V1, TOLL_V2 } from '../fixtures/versions-page';

async function counts(db: DB) {
  const n = async (t: 'article' | 'claim' | 'figure' | 'snapshot' | 'articleVersion') =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { articles: await n('article'), claims: await n('claim'), figures: await n('figure'), snapshots: await n('snapshot'), versions: await n('articleVersion') };
}

const claimByQuote = (db: DB, articleId: number, quote: string) =>
  db.selectFrom('claim').selectAll().where('articleId', '=', articleId).where('quote', '=', quote).executeTakeFirst();

describe('import by URL and article versions', () => {
  let db: DB;
  let site: Awaited<ReturnType<typeof startPageServer>>;
  const actor = () => ({ id: null, now: new Date() });
  beforeAll(async () => {
    db = await useTestDb();
    site = await startPageServer();
    process.env.CLAIMDESK_FETCH_ALLOW = `${site.hostPort}`;
  });
  afterAll(async () => {
    delete process.env.CLAIMDESK_FETCH_ALLOW;
    await site.close();
  });

  let articleId = 0;

  it('fetches a page and keeps the snapshot as evidence with version 1', async () => {
    site.page('/idlib', PAGE_V1);
    const r = await importFromUrl(db, { url: site.url('/idlib?utm_source=x') }, actor());
    expect(r.created).toBe(true);
    expect(r.version).toBe(1);
    articleId = r.articleId;
    const [v1] = await listArticleVersions(db, articleId);
    expect(v1).toMatchObject({ number: 1, origin: 'import', httpStatus: 200, finalUrl: site.url('/idlib?utm_source=x') });
    const snap = await findSnapshot(db, v1!.snapshotId!);
    expect(snap!.bytes.toString()).toBe(PAGE_V1);
    expect(snap!.contentType).toMatch(/text\/html/);
    expect(snap!.sha256).toBe(v1!.rawSha256);
    expect(await claimByQuote(db, articleId, TOLL_V1)).toBeDefined();
    const article = await db.selectFrom('article').select(['publisher', 'body']).where('id', '=', articleId).executeTakeFirstOrThrow();
    expect(article.publisher).toBe('The Valley Post');
    expect(article.body).not.toContain('Home');
  });

  it('makes no version when the same URL answers the same bytes', async () => {
    const before = await counts(db);
    const r = await importFromUrl(db, { url: site.url('/idlib') }, actor());
    expect(r).toMatchObject({ articleId, created: false, version: null });
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a private address without the allow list, and stores nothing', async () => {
    const before = await counts(db);
    delete process.env.CLAIMDESK_FETCH_ALLOW;
    try {
      await expect(importFromUrl(db, { url: site.url('/idlib') }, actor())).rejects.toThrow(FetchRefusedError);
      await expect(importFromUrl(db, { url: site.url('/idlib') }, actor())).rejects.toThrow(/loopback address/);
    } finally {
      process.env.CLAIMDESK_FETCH_ALLOW = site.hostPort;
    }
    site.page('/report.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
    await expect(importFromUrl(db, { url: site.url('/report.pdf') }, actor())).rejects.toThrow(/application\/pdf, not a web page/);
    expect(await counts(db)).toEqual(before);
  });

  it('re-imports a changed page as version 2: claims follow their text', async () => {
    // An editor approved the toll claim before the outlet changed it.
    const toll = (await claimByQuote(db, articleId, TOLL_V1))!;
    const hash = (await currentContentHashes(db, [toll.id])).get(toll.id)!;
    await db.updateTable('claim').set({ status: 'verified', signoff: 'approved', signoffHash: hash, verdict: 'Matches SOHR' }).where('id', '=', toll.id).execute();
    const dismissedBefore = (await claimByQuote(db, articleId, DISPLACED))!;

    site.page('/idlib', PAGE_V2);
    const r = await importFromUrl(db, { url: site.url('/idlib') }, actor());
    expect(r).toMatchObject({ articleId, created: true, version: 2 });
    expect(r.summary).toMatchObject({ changed: 1, removed: 1, added: 1 });

    // Changed: same claim row, flagged with a word diff, wording and figures re-read, sign-off back to pending.
    const changed = await db.selectFrom('claim').selectAll().where('id', '=', toll.id).executeTakeFirstOrThrow();
    expect(changed.sourceState).toBe('changed');
    expect(changed.quote).toBe(TOLL_V2);
    expect(changed.text).toBe(TOLL_V2);
    expect(changed.status).toBe('verified');
    expect(changed.verdict).toBe('Matches SOHR');
    expect(changed.signoff).toBe('pending');
    const diff = JSON.parse(changed.sourceDiff!) as Array<{ kind: string; text: string }>;
    expect(diff.filter((d) => d.kind === 'removed').map((d) => d.text.trim())).toEqual(['300']);
    expect(diff.filter((d) => d.kind === 'added').map((d) => d.text.trim())).toEqual(['350']);
    const figure = await db.selectFrom('figure').selectAll().where('claimId', '=', toll.id).where('withdrawnAt', 'is', null).executeTakeFirstOrThrow();
    expect(figure).toMatchObject({ text: 'more than 350 civilians', low: 350, previousText: 'more than 300 civilians', previousLow: 300 });
    const body = (await db.selectFrom('article').select('body').where('id', '=', articleId).executeTakeFirstOrThrow()).body;
    expect(body.slice(figure.spanStart!, figure.spanEnd!)).toBe('more than 350 civilians');
    const history = await db.selectFrom('revision').selectAll().where('entity', '=', 'claim').where('entityId', '=', toll.id).orderBy('id').execute();
    const change = history.find((h) => h.action === 'source-changed')!;
    expect(change.note).toContain('"300" → "350"');
    expect(JSON.parse(change.before!).quote).toBe(TOLL_V1);
    expect(history.some((h) => h.action === 'signoff-reopened')).toBe(true);

    // Unchanged: moved with its text, nothing flagged.
    const displaced = (await claimByQuote(db, articleId, DISPLACED))!;
    expect(displaced.id).toBe(dismissedBefore.id);
    expect(displaced.sourceState).toBeNull();
    expect(body.slice(displaced.anchorStart, displaced.anchorEnd)).toBe(DISPLACED);
    expect(await claimByQuote(db, articleId, SCHOOLS)).toMatchObject({ sourceState: null });

    // Removed: kept with its old wording, flagged, no place in the text.
    const gone = (await claimByQuote(db, articleId, CEASEFIRE))!;
    expect(gone.sourceState).toBe('removed');
    expect(gone.anchorEnd).toBe(gone.anchorStart);
    expect(gone.text).toBe(CEASEFIRE);

    // The claim page shows both flags (not only the article screen).
    const changedPage = await loadClaimPage(db, toll.id);
    expect(changedPage.sourceState).toMatchObject({ claimId: toll.id, state: 'changed', version: 2 });
    expect(changedPage.sourceState!.diff!.filter((d) => d.kind !== 'same').map((d) => d.text.trim())).toEqual(['300', '350']);
    expect((await loadClaimPage(db, gone.id)).sourceState).toMatchObject({ state: 'removed', diff: null, version: 2 });
    expect((await loadClaimPage(db, displaced.id)).sourceState).toBeNull();

    // New sentence: a new unreviewed claim.
    expect(await claimByQuote(db, articleId, TALKS)).toMatchObject({ status: 'unreviewed', sourceState: null });

    // The old wording is kept in version 1.
    expect(await findVersionBody(db, articleId, 1)).toContain('more than 300 civilians');
    expect(await findVersionBody(db, articleId, 2)).toContain('more than 350 civilians');
    expect((await listArticleVersions(db, articleId)).map((v) => v.origin)).toEqual(['import', 'url']);
  });

  it('a pasted newer copy under the same URL is a version too; the same text again makes none', async () => {
    const paste = `${TOLL_V2}\n\n${DISPLACED}\n\n${SCHOOLS}\n\n${TALKS}\n\nOfficials later said 12 more civilians had died.`;
    const input = { text: paste, format: 'text' as const, title: null, url: site.url('/idlib'), publisher: null, publishedAt: null, fileName: null };
    const r = await importOrRevise(db, input, actor());
    expect(r).toMatchObject({ articleId, version: 3, created: true });
    expect((await importOrRevise(db, input, actor())).created).toBe(false);
    expect((await listArticleVersions(db, articleId)).length).toBe(3);
  });

  it('re-extraction of an unchanged text makes no version', async () => {
    const r = await reextractArticle(db, articleId, actor());
    expect(r.created).toBe(false);
  });
});
