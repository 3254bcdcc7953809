import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { approveVerdict, returnVerdict, setClaimStatus } from '../../app/services/claim-status.server';
import { assignClaim, setRating } from '../../app/services/claim-edit.server';
import { addEvidence } from '../../app/services/evidence.server';
import { claimTimeline } from '../../app/services/history.server';
import { exportItems } from '../../app/services/export.server';
import { loadQueue } from '../../app/services/queue.server';
import { findClaim, listClaimsOfArticle } from '../../app/models/claim.server';
import { parseExportFilters } from '../../app/domain/export/export-filters';
import { RuleError } from '../../app/services/errors';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';
import { signedIn } from '../helpers/users';

describe('four eyes, sent-back routing and complete verdicts', () => {
  let db: DB;
  let checker: number;
  let editor: number;
  let editor2: number;
  let admin: number;
  let articleId: number;
  const as = (id: number) => ({ id, now: new Date() });
  const claimWith = async (needle: string) => (await listClaimsOfArticle(db, articleId)).find((c) => c.quote.includes(needle))!.id;
  const evidence = (claimId: number, actor: number, url: string) =>
    addEvidence(db, {
      claimId,
      sourceId: null,
      newSource: { url, title: 'Field report', publisher: 'Observers', kind: 'news_report', publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
      stance: 'supports',
      excerpt: 'The observers saw it happen.',
      note: '',
      actor: as(actor),
    });

  beforeAll(async () => {
    db = await useTestDb();
    checker = (await signedIn(db, 'checker')).user.id;
    editor = (await signedIn(db, 'editor')).user.id;
    editor2 = (await signedIn(db, 'editor', 'second-editor@example.test')).user.id;
    admin = (await signedIn(db, 'admin')).user.id;
    articleId = (
      await importArticle(db, { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null }, as(checker))
    ).articleId;
  });

  it('an editor cannot approve a status they proposed, nor a verdict whose rating they set; another editor can', async () => {
    const proposed = await claimWith('Ten Turkish soldiers');
    await evidence(proposed, editor, 'https://observers.example/ten');
    await setRating(db, { claimId: proposed, version: null, rating: 'True', verdict: 'Confirmed by two observers.', actor: as(checker) });
    await setClaimStatus(db, { claimId: proposed, status: 'verified', version: null, actorId: editor, now: new Date() });
    await expect(approveVerdict(db, { claimId: proposed, version: null, actor: as(editor) })).rejects.toThrow(/You proposed this status: another editor must approve it/);

    const judged = await claimWith('Two Turkish soldiers');
    await evidence(judged, checker, 'https://observers.example/two');
    await setClaimStatus(db, { claimId: judged, status: 'verified', version: null, actorId: checker, now: new Date() });
    await setRating(db, { claimId: judged, version: null, rating: 'Mostly true', verdict: 'One observer, one ministry.', actor: as(editor) });
    await expect(approveVerdict(db, { claimId: judged, version: null, actor: as(editor) })).rejects.toThrow(/last changed its rating or verdict/);
    expect((await findClaim(db, judged))!.signoff).toBe('pending');

    await approveVerdict(db, { claimId: judged, version: null, actor: as(editor2) });
    expect((await findClaim(db, judged))!).toMatchObject({ signoff: 'approved', signoffBy: 'Test editor', signoffOverride: null });
  });

  it('an admin may approve their own verdict only with a written reason, kept in the history and the exports', async () => {
    const id = await claimWith('18 Turkish soldiers');
    await evidence(id, admin, 'https://observers.example/eighteen');
    await setRating(db, { claimId: id, version: null, rating: 'False', verdict: 'The ministry gives 16.', actor: as(admin) });
    await setClaimStatus(db, { claimId: id, status: 'false', version: null, actorId: admin, now: new Date() });
    await expect(approveVerdict(db, { claimId: id, version: null, actor: as(admin) })).rejects.toThrow(/as an admin, write why/);
    await expect(approveVerdict(db, { claimId: id, version: null, actor: as(admin), overrideReason: '   ' })).rejects.toBeInstanceOf(RuleError);
    await approveVerdict(db, { claimId: id, version: null, actor: as(admin), overrideReason: 'Only one editor on shift tonight.' });
    const { entries } = await claimTimeline(db, id);
    expect(entries.at(-1)).toMatchObject({ action: 'signoff-approve', note: 'Admin override of the four-eyes rule: Only one editor on shift tonight.' });
    const exported = [];
    for await (const item of exportItems(db, parseExportFilters(new URLSearchParams(), articleId))) if (item.type === 'claim') exported.push(item.claim);
    expect(exported.find((c) => c.id === id)).toMatchObject({ draft: false, signoffOverride: 'Only one editor on shift tonight.' });
  });

  it('keeps incomplete proposals out of the editors’ queue, says what is missing, and refuses to approve them', async () => {
    const id = await claimWith('Nine civilians');
    await setClaimStatus(db, { claimId: id, status: 'misleading', version: null, actorId: checker, now: new Date() });
    const queued = async () => (await loadQueue(db, { id: editor, isEditor: true })).awaiting!.map((c) => c.id);
    expect(await queued()).not.toContain(id);
    await assignClaim(db, { claimId: id, version: null, assigneeId: checker, actor: as(checker) });
    const mine = (await loadQueue(db, { id: checker, isEditor: false })).mine.find((c) => c.id === id)!;
    expect(mine.missing).toEqual(['a verdict', 'at least one evidence item']);
    await expect(approveVerdict(db, { claimId: id, version: null, actor: as(editor) })).rejects.toThrow(
      /incomplete: it needs a verdict and at least one evidence item/,
    );
    await setRating(db, { claimId: id, version: null, rating: 'Half true', verdict: 'Six on Wednesday, three the day before.', actor: as(checker) });
    expect(await queued()).not.toContain(id);
    await evidence(id, checker, 'https://observers.example/nine');
    expect(await queued()).toContain(id);
    // Unverifiable needs a verdict but no evidence.
    const open = await claimWith('reopened the road for traffic');
    await setRating(db, { claimId: open, version: null, rating: '', verdict: 'No record either way.', actor: as(checker) });
    await setClaimStatus(db, { claimId: open, status: 'unverifiable', version: null, actorId: checker, now: new Date() });
    expect(await queued()).toContain(open);
  });

  it('a sent-back claim goes to its proposer’s queue (and its assignee’s), marked with the editor’s comment', async () => {
    const id = await claimWith('More than 300 civilians');
    await evidence(id, checker, 'https://observers.example/300');
    await setRating(db, { claimId: id, version: null, rating: 'Mostly true', verdict: 'Monitors count 298.', actor: as(checker) });
    await setClaimStatus(db, { claimId: id, status: 'verified', version: null, actorId: checker, now: new Date() });
    await assignClaim(db, { claimId: id, version: null, assigneeId: editor2, actor: as(editor2) });
    await returnVerdict(db, { claimId: id, version: null, comment: 'Cite the monitors’ own page, not a repost.', actor: as(editor) });
    for (const user of [checker, editor2]) {
      const row = (await loadQueue(db, { id: user, isEditor: false })).mine.find((c) => c.id === id);
      expect(row).toMatchObject({ signoff: 'returned', signoffComment: 'Cite the monitors’ own page, not a repost.', proposer: 'Test checker' });
    }
    expect((await loadQueue(db, { id: checker, isEditor: false })).returned).toBeGreaterThanOrEqual(1);
    expect((await loadQueue(db, { id: editor, isEditor: true })).mine.map((c) => c.id)).not.toContain(id);
  });
});
