import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { reextractArticle, reviseArticle } from '../../app/services/article-revision.server';
import { approveVerdict, bulkSignoff, returnVerdict, setClaimStatus } from '../../app/services/claim-status.server';
import { assignClaim, dismissClaim, editWording, restoreClaim, setRating } from '../../app/services/claim-edit.server';
import { mergeWithNext, splitClaim } from '../../app/services/claim-structure.server';
import { addEvidence, removeEvidenceLink } from '../../app/services/evidence.server';
import { addClaimByHand } from '../../app/services/claim-by-hand.server';
import { findClaim, listClaimsOfArticle } from '../../app/models/claim.server';
import { listEvidenceOfClaims } from '../../app/models/evidence.server';
import { copyArticles } from '../../app/models/desk-copy.server';
import { countArticlePage, listArticlePage } from '../../app/models/article-list.server';
import { missingForSignoff } from '../../app/domain/claims/signoff';
import type { ClaimStatus } from '../../app/domain/claims/status';
import { loadQueue } from '../../app/services/queue.server';
import { useTestDb } from '../helpers/test-db';
import { seedText } from '../helpers/seed-article';
import { signedIn } from '../helpers/users';

// The stored per-article counts (article_progress, kept by triggers: ADR 035)
// and each claim's live-evidence count and readiness (claim.evidence_count,
// claim.ready) compared with a fresh count after every kind of claim write.
describe('stored article progress and claim readiness follow every write', () => {
  let db: DB;
  let checker: number;
  let editor: number;
  const articles: number[] = [];
  const as = (id: number) => ({ id, now: new Date() });
  const claimWith = async (articleId: number, needle: string) => {
    const found = (await listClaimsOfArticle(db, articleId)).find((c) => c.quote.includes(needle) && !c.dismissedAt);
    if (!found) throw new Error(`no live claim quoting "${needle}"`);
    return found.id;
  };

  /** Every article's stored counts next to the same counts taken from the claims now. */
  async function expectCountsFresh(step: string) {
    const counted = (cond: string) => sql.raw(`coalesce(sum(case when claim.id is not null and claim.dismissed_at is null and ${cond} then 1 else 0 end), 0)`);
    const fresh = await sql<Record<string, number>>`
      select article.id as article_id,
        ${counted('true')} as claims,
        ${counted(`claim.status = 'unreviewed'`)} as unreviewed,
        ${counted(`claim.status = 'in_progress'`)} as in_progress,
        ${counted(`claim.status in ('verified', 'false', 'misleading', 'unverifiable')`)} as reviewed,
        ${counted(`claim.signoff = 'pending'`)} as pending,
        ${counted(`claim.signoff = 'returned'`)} as returned,
        ${counted(`claim.signoff = 'approved'`)} as approved
      from article left join claim on claim.article_id = article.id
      group by article.id order by article.id`.execute(db.withoutPlugins());
    const stored = await sql<Record<string, number>>`
      select article_id, claims, unreviewed, in_progress, reviewed, pending, returned, approved
      from article_progress order by article_id`.execute(db.withoutPlugins());
    const rows = (r: Array<Record<string, number>>) => r.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, Number(v)])));
    expect(rows(stored.rows), step).toEqual(rows(fresh.rows));
    await expectClaimsFresh(step);
    return rows(stored.rows);
  }

  /** Every claim's stored live-evidence count and readiness next to a fresh count and missingForSignoff. */
  async function expectClaimsFresh(step: string) {
    const claims = await sql<{ id: number; status: ClaimStatus; verdict: string | null; evidence_count: number; ready: number; fresh: number }>`
      select id, status, verdict, evidence_count, ready,
        (select count(*) from evidence where evidence.claim_id = claim.id and evidence.removed_at is null) as fresh
      from claim order by id`.execute(db.withoutPlugins());
    const got = claims.rows.map((c) => ({ id: c.id, evidence: Number(c.evidence_count), ready: Number(c.ready) }));
    const want = claims.rows.map((c) => ({
      id: c.id,
      evidence: Number(c.fresh),
      ready: missingForSignoff({ status: c.status, verdict: c.verdict, evidenceCount: Number(c.fresh) }).length === 0 ? 1 : 0,
    }));
    expect(got, step).toEqual(want);
  }

  async function complete(articleId: number, needle: string, url: string) {
    const id = await claimWith(articleId, needle);
    await addEvidence(db, {
      claimId: id,
      sourceId: null,
      newSource: { url, title: `A report on ${needle}`, publisher: 'Monitor', kind: 'un_ngo_report', publishedAt: null, accessedAt: null, archivedUrl: null, notes: null },
      stance: 'supports',
      excerpt: 'The report agrees.',
      note: '',
      actor: as(checker),
    });
    await setRating(db, { claimId: id, version: null, rating: 'True', verdict: 'A monitor counted the same.', actor: as(checker) });
    await setClaimStatus(db, { claimId: id, status: 'verified', version: null, actorId: checker, now: new Date() });
    return id;
  }

  beforeAll(async () => {
    db = await useTestDb();
    checker = (await signedIn(db, 'checker')).user.id;
    editor = (await signedIn(db, 'editor')).user.id;
  });

  it('counts an import', async () => {
    for (const title of ['First copy', 'Second copy']) {
      const input = { text: seedText, format: 'text' as const, title, url: null, publisher: 'A wire', publishedAt: '2020-02-27', fileName: null };
      articles.push((await importArticle(db, input, as(checker))).articleId);
    }
    const rows = await expectCountsFresh('after import');
    expect(rows[0].claims).toBeGreaterThan(10);
    expect(rows[0].unreviewed).toBe(rows[0].claims);
  });

  it('follows status changes, sign-off, send-back and bulk sign-off', async () => {
    const [a] = articles;
    const inProgress = await claimWith(a, 'Turkish soldiers');
    await setClaimStatus(db, { claimId: inProgress, status: 'in_progress', version: null, actorId: checker, now: new Date() });
    await expectCountsFresh('in progress');
    const approved = await complete(a, '948,000', 'https://monitor.example/a');
    await expectCountsFresh('proposed');
    await approveVerdict(db, { claimId: approved, version: null, actor: as(editor) });
    await expectCountsFresh('approved');
    const returned = await complete(a, 'More than 300 civilians', 'https://monitor.example/b');
    await returnVerdict(db, { claimId: returned, version: null, comment: 'Which monitor?', actor: as(editor) });
    await expectCountsFresh('sent back');
    await assignClaim(db, { claimId: returned, version: null, assigneeId: editor, actor: as(checker) });
    const third = await complete(a, 'Nine civilians', 'https://monitor.example/c');
    const v = (await findClaim(db, third))!.version;
    const awaiting = (await loadQueue(db, { id: editor, isEditor: true })).awaiting!;
    expect(awaiting.map((q) => q.id)).toEqual([third]);
    expect(awaiting[0].evidenceCount).toBe(1);
    await bulkSignoff(db, { items: [{ claimId: third, version: v }], decision: 'approve', actor: as(editor) });
    await expectCountsFresh('bulk approved');
  });

  it('follows an approval lapsing (wording edit, evidence removed) and the article list reads the counts', async () => {
    const [a] = articles;
    const id = await claimWith(a, 'Nine civilians');
    await editWording(db, { claimId: id, version: null, text: 'Nine civilians were killed on a Wednesday.', actor: as(checker) });
    expect((await findClaim(db, id))!.signoff).toBe('pending');
    await expectCountsFresh('lapsed by wording');
    await approveVerdict(db, { claimId: id, version: null, actor: as(editor) });
    const [ev] = await listEvidenceOfClaims(db, [id]);
    await removeEvidenceLink(db, { claimId: id, evidenceId: ev.id, actor: as(checker) });
    const rows = await expectCountsFresh('lapsed by evidence');
    const [page] = await listArticlePage(db, { progress: 'awaiting' }, { limit: 25, offset: 0 });
    expect(page.id).toBe(a);
    const first = rows.find((r) => r.article_id === a)!;
    expect(page).toMatchObject({ claimCount: first.claims, reviewedCount: first.reviewed, awaitingCount: first.pending, signedOffCount: first.approved });
    expect(await countArticlePage(db, { progress: 'awaiting' })).toBe(1);
    expect(await countArticlePage(db, { progress: 'unreviewed' })).toBe(2);
  });

  it('follows dismiss, restore, split, merge and a claim added by hand', async () => {
    const [a] = articles;
    const id = await claimWith(a, '948,000');
    await dismissClaim(db, { claimId: id, version: null, actor: as(checker) });
    await expectCountsFresh('dismissed');
    await restoreClaim(db, { claimId: id, version: null, actor: as(checker) });
    await expectCountsFresh('restored');
    const split = await claimWith(a, 'Backed by Russian air power');
    await splitClaim(db, { claimId: split, version: null, startsWith: 'captured dozens', actor: as(checker) });
    await expectCountsFresh('split');
    await mergeWithNext(db, { claimId: split, version: null, actor: as(checker) });
    await expectCountsFresh('merged');
    const text = seedText;
    const start = text.indexOf('Saraqeb');
    await addClaimByHand(db, { articleId: a, start, end: start + 'Saraqeb'.length, actor: as(checker) }).catch(() => undefined);
    await expectCountsFresh('by hand');
  });

  it('follows a revision that changes an approved passage, and a re-extraction', async () => {
    const [a] = articles;
    const id = await claimWith(a, '948,000');
    await setClaimStatus(db, { claimId: id, status: 'verified', version: null, actorId: checker, now: new Date() });
    await approveVerdict(db, { claimId: id, version: null, actor: as(editor) }).catch(() => undefined);
    await expectCountsFresh('before revision');
    const revised = seedText.replace('948,000', '951,000').replace(/\n[^\n]*Turkish soldiers[^\n]*\n/, '\n');
    await reviseArticle(db, a, { text: revised, format: 'text', page: null, origin: 'paste' }, as(checker));
    await expectCountsFresh('revised');
    await reextractArticle(db, a, as(checker));
    await expectCountsFresh('re-extracted');
  });

  it('counts copied articles (the bench desk copy)', async () => {
    await copyArticles(db, 2);
    const rows = await expectCountsFresh('copied');
    expect(rows).toHaveLength(4);
  });
});
