import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { approveVerdict, returnVerdict, setClaimStatus } from '../../app/services/claim-status.server';
import { editWording, restoreWording, setRating, dismissClaim, restoreClaim } from '../../app/services/claim-edit.server';
import { splitClaim, mergeWithNext } from '../../app/services/claim-structure.server';
import { addEvidence, removeEvidenceLink } from '../../app/services/evidence.server';
import { claimTimeline } from '../../app/services/history.server';
import { findClaim, listClaimsOfArticle } from '../../app/models/claim.server';
import { listEvidenceOfClaims } from '../../app/models/evidence.server';
import { listFiguresOfClaims, listFiguresOfSources } from '../../app/models/figure.server';
import { RuleError, StaleEditError } from '../../app/services/errors';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';
import type { SourceInput } from '../../app/domain/sources/source-input';
import { signedIn } from '../helpers/users';

const source = (over: Partial<SourceInput> = {}): SourceInput => ({
  url: 'https://reliefweb.int/report/syria/flash-update-9',
  title: 'Flash Update #9: Humanitarian situation in north-west Syria',
  publisher: 'OCHA',
  kind: 'un_ngo_report',
  publishedAt: '2020-02-20',
  accessedAt: '2020-02-28',
  archivedUrl: null,
  notes: null,
  ...over,
});

describe('verification workflow', () => {
  let db: DB;
  let checker: { id: number; now: Date };
  let editor: { id: number; now: Date };
  let articleId: number;
  let displaced: number;

  beforeAll(async () => {
    db = await useTestDb();
    checker = { id: (await signedIn(db, 'checker')).user.id, now: new Date() };
    editor = { id: (await signedIn(db, 'editor')).user.id, now: new Date() };
    articleId = (
      await importArticle(
        db,
        { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
        { id: null, now: new Date() },
      )
    ).articleId;
    const claims = await listClaimsOfArticle(db, articleId);
    displaced = claims.find((c) => c.quote.includes('948,000'))!.id;
  });

  it('takes the 948,000 claim from unreviewed to an editor-approved verdict with two sources', async () => {
    await setClaimStatus(db, { claimId: displaced, status: 'in_progress', version: null, actorId: checker.id, now: new Date() });
    await addEvidence(db, {
      claimId: displaced, sourceId: null, newSource: source(), stance: 'supports',
      excerpt: 'Some 948,000 people have been displaced since 1 December.', note: '',
      figure: { text: '948,000 people displaced', asOf: '2020-02-20' }, actor: checker,
    });
    await addEvidence(db, {
      claimId: displaced, sourceId: null,
      newSource: source({ url: 'https://www.unhcr.org/news/syria-idlib', title: 'UNHCR: Idlib displacement', publisher: 'UNHCR' }),
      stance: 'supports', excerpt: '', note: 'Same order of magnitude', actor: checker,
    });
    await setRating(db, { claimId: displaced, version: null, rating: 'True', verdict: 'OCHA counted 948,000 displaced.', actor: checker });
    await setClaimStatus(db, { claimId: displaced, status: 'verified', version: null, actorId: checker.id, now: new Date() });
    expect((await findClaim(db, displaced))!.signoff).toBe('pending');
    const approved = await approveVerdict(db, { claimId: displaced, version: null, actor: editor });
    expect(approved).toMatchObject({ status: 'verified', signoff: 'approved', rating: 'True' });
    expect((await findClaim(db, displaced))!.signoffBy).toBe('Test editor');
    const evidence = await listEvidenceOfClaims(db, [displaced]);
    expect(evidence.map((e) => e.sourcePublisher)).toEqual(['OCHA', 'UNHCR']);
    const recorded = await listFiguresOfSources(db, [evidence[0].sourceId]);
    expect(recorded[0]).toMatchObject({ low: 948000, high: 948000, asOf: '2020-02-20' });
    const { entries } = await claimTimeline(db, displaced);
    expect(entries.map((e) => e.action)).toEqual([
      'extract', 'status', 'evidence-add', 'figure-record', 'evidence-add', 'rating', 'status', 'signoff-approve',
    ]);
  });

  it('recognises the same URL instead of duplicating the source', async () => {
    const before = await listEvidenceOfClaims(db, [displaced]);
    await addEvidence(db, {
      claimId: displaced, sourceId: null,
      newSource: source({ url: 'http://reliefweb.int/report/syria/flash-update-9/?utm_source=twitter#top', title: 'Different title' }),
      stance: 'context', excerpt: '', note: '', actor: checker,
    });
    const after = await listEvidenceOfClaims(db, [displaced]);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)!.sourceId).toBe(before[0].sourceId);
    await removeEvidenceLink(db, { claimId: displaced, evidenceId: after.at(-1)!.id, actor: checker });
    expect(await listEvidenceOfClaims(db, [displaced])).toHaveLength(before.length);
  });

  it('an editor sends a verdict back with a comment, and only a proposal can be approved', async () => {
    const claims = await listClaimsOfArticle(db, articleId);
    const id = claims.find((c) => c.quote.startsWith('Nine civilians'))!.id;
    await expect(approveVerdict(db, { claimId: id, version: null, actor: editor })).rejects.toBeInstanceOf(RuleError);
    await setClaimStatus(db, { claimId: id, status: 'false', version: null, actorId: checker.id, now: new Date() });
    await expect(returnVerdict(db, { claimId: id, version: null, comment: ' ', actor: editor })).rejects.toThrow(/why/);
    const back = await returnVerdict(db, { claimId: id, version: null, comment: 'Check the date: Wednesday or Tuesday?', actor: editor });
    expect(back).toMatchObject({ status: 'in_progress', signoff: 'returned', signoffComment: 'Check the date: Wednesday or Tuesday?' });
  });

  it('refuses a stale wording edit and keeps the first one', async () => {
    const claim = (await findClaim(db, displaced))!;
    await editWording(db, { claimId: displaced, version: claim.version, text: 'The U.N. says 948,000 people have been displaced.', actor: checker });
    const stale = editWording(db, { claimId: displaced, version: claim.version, text: 'Mine', actor: editor });
    await expect(stale).rejects.toBeInstanceOf(StaleEditError);
    expect((await findClaim(db, displaced))!.text).toBe('The U.N. says 948,000 people have been displaced.');
  });

  it('restores an earlier wording as a new revision', async () => {
    const { entries } = await claimTimeline(db, displaced);
    const original = entries.find((e) => e.action === 'extract')!;
    expect(original.restorableWording).toBe(true);
    const restored = await restoreWording(db, { claimId: displaced, revisionId: original.id, version: null, actor: checker });
    expect(restored.text).toBe(restored.quote);
    const after = await claimTimeline(db, displaced);
    expect(after.entries.length).toBe(entries.length + 1);
    const last = after.entries.at(-1)!;
    expect(last.note).toMatch(/restored the wording of revision/);
    expect(last.diffs[0].parts.some((p) => p.kind === 'removed' && p.text.includes('says'))).toBe(true);
  });

  it('splits a claim in two with its figures following their part, and merges them back', async () => {
    const claims = await listClaimsOfArticle(db, articleId);
    const both = claims.find((c) => c.quote.startsWith('Opposition activists said regime forces shelled'));
    const target = both ?? claims.find((c) => c.quote.includes('Ten Turkish soldiers'))!;
    const quote = target.quote;
    const splitAt = quote.includes('Ten Turkish') && quote.indexOf('Ten Turkish') > 0 ? 'Ten Turkish' : quote.split(' ').slice(4).join(' ');
    const { kept, newClaimId } = await splitClaim(db, { claimId: target.id, version: null, startsWith: splitAt, actor: checker });
    const second = (await findClaim(db, newClaimId))!;
    expect(kept.quote + ' ' + second.quote).toBe(quote);
    const figs = await listFiguresOfClaims(db, [target.id, newClaimId]);
    for (const f of figs) {
      const owner = f.claimId === target.id ? kept : second;
      expect(f.start!).toBeGreaterThanOrEqual(owner.start);
      expect(f.end!).toBeLessThanOrEqual(owner.end);
    }
    const merged = await mergeWithNext(db, { claimId: target.id, version: null, actor: checker });
    expect(merged.quote).toBe(quote);
    expect((await findClaim(db, newClaimId))!).toMatchObject({ mergedInto: target.id });
    expect((await findClaim(db, newClaimId))!.dismissedAt).not.toBeNull();
  });

  it('dismisses a non-claim and restores it, keeping it in the database', async () => {
    const [first] = await listClaimsOfArticle(db, articleId);
    await dismissClaim(db, { claimId: first.id, version: null, actor: checker });
    expect((await findClaim(db, first.id))!.dismissedAt).not.toBeNull();
    await restoreClaim(db, { claimId: first.id, version: null, actor: checker });
    expect((await findClaim(db, first.id))!.dismissedAt).toBeNull();
  });
});

describe('sign-off guards', () => {
  it('refuses a status that contradicts the rating, and a rating that contradicts the status, when the second is set', async () => {
    const db = await useTestDb();
    const checker = { id: (await signedIn(db, 'checker')).user.id, now: new Date() };
    const editor = { id: (await signedIn(db, 'editor')).user.id, now: new Date() };
    const { articleId } = await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    const [claim] = await listClaimsOfArticle(db, articleId);
    await setRating(db, { claimId: claim.id, version: null, rating: 'Mostly false', verdict: 'Wrong date.', actor: checker });
    await expect(setClaimStatus(db, { claimId: claim.id, status: 'verified', version: null, actorId: checker.id, now: new Date() })).rejects.toThrow(
      /"Verified" contradicts the rating "Mostly false": change the rating first/,
    );
    expect((await findClaim(db, claim.id))!).toMatchObject({ status: 'unreviewed', signoff: 'none' });
    await setRating(db, { claimId: claim.id, version: null, rating: 'True', verdict: 'Right date after all.', actor: checker });
    await expect(setClaimStatus(db, { claimId: claim.id, status: 'false', version: null, actorId: checker.id, now: new Date() })).rejects.toThrow(
      /"False" contradicts the rating "True"/,
    );
    await setClaimStatus(db, { claimId: claim.id, status: 'verified', version: null, actorId: checker.id, now: new Date() });
    await expect(setRating(db, { claimId: claim.id, version: null, rating: 'False', verdict: 'Wrong date.', actor: checker })).rejects.toThrow(
      /The rating "False" contradicts the status "Verified": change the status first/,
    );
    expect((await findClaim(db, claim.id))!).toMatchObject({ status: 'verified', rating: 'True' });
    // The approval path still checks it (for verdicts set before the rule).
    await db.updateTable('claim').set({ rating: 'Mostly false' }).where('id', '=', claim.id).execute();
    await expect(approveVerdict(db, { claimId: claim.id, version: null, actor: editor })).rejects.toThrow(/cannot be rated "Mostly false"/);
  });

  it('checks a status key against the status the checker saw', async () => {
    const db = await useTestDb();
    const { articleId } = await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
    const [claim] = await listClaimsOfArticle(db, articleId);
    await setClaimStatus(db, { claimId: claim.id, status: 'false', version: null, expected: 'unreviewed', actorId: null, now: new Date() });
    // A colleague's wording edit does not block the next status key…
    await editWording(db, { claimId: claim.id, version: null, text: 'Reworded.', actor: { id: null, now: new Date() } });
    await setClaimStatus(db, { claimId: claim.id, status: 'misleading', version: null, expected: 'false', actorId: null, now: new Date() });
    // …but a key pressed on a status someone else has since changed is refused.
    await expect(
      setClaimStatus(db, { claimId: claim.id, status: 'verified', version: null, expected: 'false', actorId: null, now: new Date() }),
    ).rejects.toBeInstanceOf(StaleEditError);
    expect((await findClaim(db, claim.id))!.status).toBe('misleading');
  });
});
