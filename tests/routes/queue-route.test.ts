import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action, loader } from '../../app/routes/queue';
import { saveRatingLabels } from '../../app/services/desk-settings.server';
import { importArticle } from '../../app/services/import-article.server';
import { setClaimStatus } from '../../app/services/claim-status.server';
import { setRating } from '../../app/services/claim-edit.server';
import { addEvidence } from '../../app/services/evidence.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { seedText } from '../helpers/seed-article';
import { call, get, post } from '../helpers/route';

describe('bulk sign-off from the queue', () => {
  let db: DB;
  let editor: Awaited<ReturnType<typeof signedIn>>;
  let checker: Awaited<ReturnType<typeof signedIn>>;
  let ids: number[];

  async function propose(claimId: number, by: number) {
    const actor = { id: by, now: new Date() };
    await addEvidence(db, {
      claimId,
      sourceId: null,
      newSource: { url: `https://example.org/r-${claimId}`, title: `Report ${claimId}`, publisher: 'OCHA', kind: 'un_ngo_report', publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
      stance: 'supports',
      excerpt: '',
      note: '',
      figure: { text: '', asOf: '' },
      actor,
    });
    await setRating(db, { claimId, version: null, rating: 'True', verdict: 'Matches.', actor });
    await setClaimStatus(db, { claimId, status: 'verified', version: null, actorId: by, now: new Date() });
  }
  const version = async (id: number) => (await db.selectFrom('claim').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
  const signoff = async (id: number) => (await db.selectFrom('claim').select('signoff').where('id', '=', id).executeTakeFirstOrThrow()).signoff;

  beforeAll(async () => {
    db = await useTestDb();
    editor = await signedIn(db, 'editor');
    checker = await signedIn(db, 'checker');
    await importArticle(db, { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null }, { id: null, now: new Date() });
    ids = (await db.selectFrom('claim').select('id').orderBy('id').limit(3).execute()).map((r) => r.id);
    await propose(ids[0], checker.user.id);
    await propose(ids[1], editor.user.id);
    await propose(ids[2], checker.user.id);
  });

  it('approves each claim it may and reports per claim what was refused', async () => {
    const body = new URLSearchParams();
    body.append('intent', 'bulk-approve');
    body.append('pick', `${ids[0]}:${await version(ids[0])}`);
    body.append('pick', `${ids[1]}:${await version(ids[1])}`);
    body.append('pick', `${ids[2]}:${(await version(ids[2])) - 1}`);
    const res = await call(action, post('/queue', editor.cookie, body));
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: { claimId: number; ok: boolean; error?: string }[] };
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(results[1].error).toMatch(/another editor must approve it/);
    expect(results[2].error).toMatch(/changed since you loaded/);
    expect([await signoff(ids[0]), await signoff(ids[1]), await signoff(ids[2])]).toEqual(['approved', 'pending', 'pending']);
  });

  it('sends back several with one comment, and needs the comment', async () => {
    const pick = `${ids[2]}:${await version(ids[2])}`;
    const none = await call(action, post('/queue', editor.cookie, new URLSearchParams({ intent: 'bulk-return', pick })));
    expect(none.status).toBe(400);
    const res = await call(action, post('/queue', editor.cookie, new URLSearchParams({ intent: 'bulk-return', pick, comment: 'Second source please' })));
    expect(((await res.json()) as { results: { ok: boolean }[] }).results).toEqual([{ claimId: ids[2], ok: true }]);
    expect(await signoff(ids[2])).toBe('returned');
  });

  it('is for editors: a checker gets 403', async () => {
    const res = await call(action, post('/queue', checker.cookie, new URLSearchParams({ intent: 'bulk-approve', pick: `${ids[1]}:1` })));
    expect(res.status).toBe(403);
  });
});

describe('the queue names ratings as the desk does', () => {
  let db: DB;
  let editor: Awaited<ReturnType<typeof signedIn>>;
  let checker: Awaited<ReturnType<typeof signedIn>>;
  type Row = { id: number; rating: string | null; ratingShown: string | null };
  type Page = { mine: Row[]; awaiting: Row[] | null; ratingOptions: { value: string; label: string }[] };
  const queue = async (cookie: string, query = '') => (await (await call(loader, get(`/queue${query}`, cookie))).json()) as Page;

  beforeAll(async () => {
    db = await useTestDb();
    editor = await signedIn(db, 'editor');
    checker = await signedIn(db, 'checker');
    await importArticle(db, { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null }, { id: null, now: new Date() });
    const [a, b] = (await db.selectFrom('claim').select('id').orderBy('id').limit(2).execute()).map((r) => r.id);
    const actor = { id: checker.user.id, now: new Date() };
    await setRating(db, { claimId: a, version: null, rating: 'True', verdict: 'The agency’s own figures agree.', actor });
    await setRating(db, { claimId: b, version: null, rating: 'Mostly false', verdict: 'Only one count supports it.', actor });
    await db.updateTable('claim').set({ assigneeId: checker.user.id }).where('id', 'in', [a, b]).execute();
    await setClaimStatus(db, { claimId: a, status: 'verified', version: null, actorId: checker.user.id, now: new Date() });
    await saveRatingLabels(db, { 5: 'Accurate', 2: 'Misleading' }, { id: editor.user.id, now: new Date() });
  });

  it('shows the desk’s names in the rating column, not the stored scale names', async () => {
    const shown = (await queue(checker.cookie)).mine.map((r) => r.ratingShown).filter(Boolean).sort();
    expect(shown).toEqual(['Accurate', 'Misleading']);
    expect((await queue(checker.cookie)).mine.map((r) => r.ratingShown)).not.toContain('True');
  });

  it('offers the desk’s names in the rating filter, still filtering on the stored rating', async () => {
    const page = await queue(checker.cookie, '?rating=Mostly+false');
    expect(page.ratingOptions).toContainEqual({ value: 'Mostly false', label: 'Misleading' });
    expect(page.ratingOptions).toContainEqual({ value: 'Half true', label: 'Half true' });
    expect(page.mine.map((r) => r.ratingShown)).toEqual(['Misleading']);
  });
});
