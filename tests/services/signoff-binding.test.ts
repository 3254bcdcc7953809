import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { approveVerdict, setClaimStatus } from '../../app/services/claim-status.server';
import { editWording, restoreWording, setRating } from '../../app/services/claim-edit.server';
import { mergeWithNext, splitClaim } from '../../app/services/claim-structure.server';
import { addEvidence, removeEvidenceLink } from '../../app/services/evidence.server';
import { correctFigure, previewConventions, setConventions } from '../../app/services/figure-conventions.server';
import { editSource } from '../../app/services/sources.server';
import { claimTimeline } from '../../app/services/history.server';
import { exportItems, prepareExport } from '../../app/services/export.server';
import { reopenUnboundApprovals } from '../../app/services/signoff-binding.server';
import { findClaim, listClaimsOfArticle } from '../../app/models/claim.server';
import { loadQueue } from '../../app/services/queue.server';
import { listEvidenceOfClaims } from '../../app/models/evidence.server';
import { listFiguresOfClaims } from '../../app/models/figure.server';
import { findSource } from '../../app/models/source.server';
import { parseExportFilters } from '../../app/domain/export/export-filters';
import type { SourceKind } from '../../app/domain/sources/source-input';
import { StaleEditError } from '../../app/services/errors';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';
import { signedIn } from '../helpers/users';

describe('an approval binds to what was approved', () => {
  let db: DB;
  let checker: number;
  let editor: number;
  let articleId: number;
  const as = (id: number) => ({ id, now: new Date() });
  const claimWith = async (needle: string) => {
    const found = (await listClaimsOfArticle(db, articleId)).find((c) => c.quote.includes(needle) && !c.dismissedAt);
    if (!found) throw new Error(`no claim quoting "${needle}"`);
    return found.id;
  };

  /** A checker's complete verdict (rating, explanation, one source), approved by an editor. */
  async function approved(needle: string, sourceUrl: string) {
    const id = await claimWith(needle);
    await addEvidence(db, {
      claimId: id,
      sourceId: null,
      newSource: {
        url: sourceUrl,
        title: `Monitoring report on ${needle}`,
        publisher: 'A monitoring group',
        kind: 'un_ngo_report',
        publishedAt: '2020-02-21',
        accessedAt: '2020-03-01',
        archivedUrl: null,
        notes: null,
      },
      stance: 'supports',
      excerpt: `The report gives the same count for ${needle}.`,
      note: '',
      actor: as(checker),
    });
    await setRating(db, { claimId: id, version: null, rating: 'True', verdict: `The report confirms ${needle}.`, actor: as(checker) });
    await setClaimStatus(db, { claimId: id, status: 'verified', version: null, actorId: checker, now: new Date() });
    const before = (await findClaim(db, id))!;
    await approveVerdict(db, { claimId: id, version: before.version, actor: as(editor) });
    return id;
  }

  async function exported(drafts = false) {
    const out = new Map<number, { draft: boolean; signoff: string; signedOffBy: string | null }>();
    for await (const item of exportItems(db, parseExportFilters(new URLSearchParams(drafts ? 'drafts=1' : ''), articleId))) {
      if (item.type === 'claim') out.set(item.claim.id, item.claim);
    }
    return out;
  }

  async function expectReopened(id: number, reason: RegExp) {
    const claim = (await findClaim(db, id))!;
    expect(claim.signoff).toBe('pending');
    expect(claim.signoffBy).toBeNull();
    expect(claim.signoffHash).toBeNull();
    const { entries } = await claimTimeline(db, id);
    const reopened = entries.filter((e) => e.action === 'signoff-reopened').at(-1);
    expect(reopened?.note).toMatch(reason);
    // Back in the editors' queue, and no longer signed off in any export.
    expect((await loadQueue(db, { id: editor, isEditor: true })).awaiting!.map((q) => q.id)).toContain(id);
    expect((await exported()).has(id)).toBe(false);
    const withDrafts = (await exported(true)).get(id)!;
    expect(withDrafts).toMatchObject({ draft: true, signoff: 'pending', signedOffBy: null });
  }

  beforeAll(async () => {
    db = await useTestDb();
    checker = (await signedIn(db, 'checker')).user.id;
    editor = (await signedIn(db, 'editor')).user.id;
    articleId = (
      await importArticle(
        db,
        { text: seedText, format: 'text', title: null, url: 'https://news.example/saraqeb', publisher: 'A wire', publishedAt: '2020-02-27', fileName: null },
        as(checker),
      )
    ).articleId;
  });

  it('records the version and content hash, and exports the claim as signed off', async () => {
    const id = await approved('948,000', 'https://monitor.example/displaced');
    const claim = (await findClaim(db, id))!;
    expect(claim.signoff).toBe('approved');
    expect(claim.signoffHash).toMatch(/^[0-9a-f]{64}$/);
    expect(claim.signoffVersion).toBe(claim.version - 1);
    expect((await exported()).get(id)).toMatchObject({ draft: false, signoff: 'approved', signedOffBy: 'Test editor' });
  });

  it('refuses an approval from a page that saw an older version', async () => {
    const id = await claimWith('Ten Turkish soldiers');
    await setRating(db, { claimId: id, version: null, rating: 'True', verdict: 'Confirmed by the ministry.', actor: as(checker) });
    await setClaimStatus(db, { claimId: id, status: 'verified', version: null, actorId: checker, now: new Date() });
    const seen = (await findClaim(db, id))!.version;
    await setRating(db, { claimId: id, version: null, rating: 'Mostly true', verdict: 'The ministry said nine.', actor: as(checker) });
    await expect(approveVerdict(db, { claimId: id, version: seen, actor: as(editor) })).rejects.toBeInstanceOf(StaleEditError);
  });

  it('a wording edit reopens it, and restoring the approved wording from the history does not approve it again', async () => {
    const id = await approved('More than 300 civilians', 'https://monitor.example/civilians');
    const approvedText = (await findClaim(db, id))!.text;
    await editWording(db, { claimId: id, version: null, text: 'Over 300 civilians were killed since December.', actor: as(checker) });
    await expectReopened(id, /wording changed/);
    const { entries } = await claimTimeline(db, id);
    const original = entries.find((e) => e.restorableWording && e.diffs.some((d) => d.field === 'text'))!;
    await restoreWording(db, { claimId: id, revisionId: original.id, version: null, actor: as(checker) });
    const restored = (await findClaim(db, id))!;
    expect(restored.text).toBe(approvedText);
    expect(restored.signoff).toBe('pending');
    expect((await exported()).has(id)).toBe(false);
    // Approving again is what makes it signed off.
    await approveVerdict(db, { claimId: id, version: restored.version, actor: as(editor) });
    expect((await exported()).get(id)?.draft).toBe(false);
    // A restore while approved reopens it too.
    const later = (await claimTimeline(db, id)).entries.filter((e) => e.restorableWording).at(-1)!;
    await restoreWording(db, { claimId: id, revisionId: later.id, version: null, actor: as(checker) });
    await expectReopened(id, /wording changed/);
  });

  it('a rating, verdict or status change reopens it', async () => {
    const id = await approved('Nine civilians', 'https://monitor.example/nine');
    await setRating(db, { claimId: id, version: null, rating: 'Mostly true', verdict: 'Six were killed on Wednesday, three the day before.', actor: as(checker) });
    await expectReopened(id, /rating or verdict changed/);
    await approveVerdict(db, { claimId: id, version: null, actor: as(editor) });
    await setClaimStatus(db, { claimId: id, status: 'misleading', version: null, actorId: checker, now: new Date() });
    await expectReopened(id, /status changed/);
  });

  it('adding or removing evidence reopens it', async () => {
    const id = await approved('18 Turkish soldiers', 'https://monitor.example/soldiers');
    await addEvidence(db, {
      claimId: id,
      sourceId: null,
      newSource: { url: 'https://ministry.example/statement', title: 'Ministry statement', publisher: 'Ministry', kind: 'official_statistics', publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
      stance: 'refutes',
      excerpt: 'The ministry gives a lower count.',
      note: '',
      actor: as(checker),
    });
    await expectReopened(id, /evidence was added/);
    await approveVerdict(db, { claimId: id, version: null, actor: as(editor) });
    const [first] = await listEvidenceOfClaims(db, [id]);
    await removeEvidenceLink(db, { claimId: id, evidenceId: first.id, actor: as(checker) });
    await expectReopened(id, /evidence was removed/);
  });

  it('a figure correction reopens it', async () => {
    const id = await claimWith('948,000');
    expect((await findClaim(db, id))!.signoff).toBe('approved'); // since the first test
    const [figure] = await listFiguresOfClaims(db, [id]);
    await correctFigure(db, { figureId: figure.id, low: '940000', high: '950000', actor: as(checker) });
    await expectReopened(id, /figure "948,000.*" was corrected/);
  });

  it('editing a cited source reopens the claims that cite it', async () => {
    const id = await approved('Two Turkish soldiers', 'https://monitor.example/two-soldiers');
    const [ev] = await listEvidenceOfClaims(db, [id]);
    const source = (await findSource(db, ev.sourceId))!;
    await editSource(db, {
      sourceId: source.id,
      version: source.version,
      fields: { url: source.url, title: 'A retitled monitoring report', publisher: source.publisher, kind: source.kind as SourceKind, publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
      actor: as(checker),
    });
    await expectReopened(id, /source .* was edited/);
  });

  it('splitting or merging reopens it, and the split-off part awaits its own sign-off', async () => {
    const id = await approved('Backed by Russian air power', 'https://monitor.example/villages');
    const { newClaimId } = await splitClaim(db, { claimId: id, version: null, startsWith: 'captured dozens', actor: as(checker) });
    await expectReopened(id, /split/);
    expect((await findClaim(db, newClaimId))!).toMatchObject({ status: 'verified', signoff: 'pending' });
    await approveVerdict(db, { claimId: id, version: null, actor: as(editor) });
    await mergeWithNext(db, { claimId: id, version: null, actor: as(checker) });
    await expectReopened(id, /merged/);
  });

  it('shows how many signed-off claims a conventions switch reopens, then reopens exactly those', async () => {
    const id = await approved('thousands of troops into Idlib', 'https://monitor.example/troops');
    const preview = await previewConventions(db, 'acled');
    expect(preview.reopens).toBeGreaterThanOrEqual(1);
    const approvedBefore = (await listClaimsOfArticle(db, articleId)).filter((c) => c.signoff === 'approved').length;
    const result = await setConventions(db, { name: 'acled', actor: as(editor) });
    expect(result.reopened).toBe(preview.reopens);
    const approvedAfter = (await listClaimsOfArticle(db, articleId)).filter((c) => c.signoff === 'approved').length;
    expect(approvedBefore - approvedAfter).toBe(preview.reopens);
    await expectReopened(id, /conventions switch to "acled" changed its figures/);
    await setConventions(db, { name: 'default', actor: as(editor) });
  });

  it('exports a claim whose content no longer matches the approval as a draft, even if nothing reopened it', async () => {
    const id = await approved('reopened the road for traffic', 'https://monitor.example/road');
    // A write that bypassed the services (a bug, or someone with the database file).
    await db.updateTable('claim').set({ verdict: 'Quietly rewritten.' }).where('id', '=', id).execute();
    expect((await exported()).has(id)).toBe(false);
    expect((await exported(true)).get(id)).toMatchObject({ draft: true, signedOffBy: null });
    const md = await prepareExport(db, {
      filters: parseExportFilters(new URLSearchParams('drafts=1'), articleId),
      editor: { name: 'Test editor' },
      now: new Date(),
      options: { format: 'md' },
    });
    let text = '';
    for await (const c of md.chunks) text += c;
    expect(text).toContain('Quietly rewritten.');
    expect(text).not.toMatch(/Quietly rewritten\.[\s\S]{0,40}signed off by Test editor/);
  });

  it('reopens approvals that were given before approvals recorded their content', async () => {
    const id = await approved('retook a key northwestern town', 'https://monitor.example/town');
    await db.updateTable('claim').set({ signoffHash: null }).where('id', '=', id).execute();
    expect(await reopenUnboundApprovals(db, new Date())).toBe(1);
    await expectReopened(id, /before approvals recorded what they approved/);
  });
});
