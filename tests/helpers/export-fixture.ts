import type { DB } from '../../db/connection';
import { importArticle } from '../../app/services/import-article.server';
import { approveVerdict, setClaimStatus } from '../../app/services/claim-status.server';
import { assignClaim, setRating } from '../../app/services/claim-edit.server';
import { addEvidence } from '../../app/services/evidence.server';
import { createUser } from '../../app/services/auth.server';
import { listClaimsOfArticle } from '../../app/models/claim.server';
import { listFiguresOfClaims } from '../../app/models/figure.server';
import { insertMeasure } from '../../app/models/measure.server';
import { setFiguresMeasure } from '../../app/models/member-figure.server';
import { putSetting } from '../../app/models/setting.server';
import type { ClaimStatus } from '../../app/domain/claims/status';
import type { SourceKind } from '../../app/domain/sources/source-input';
import { seedText } from './seed-article';
import { PASSWORD } from './users';

/** The fixed clock of the export goldens. */
export const FIXED_NOW = new Date('2026-11-25T09:30:00.000Z');
export const ORG = { name: 'Claimdesk Fact Check', url: 'https://factcheck.example', site: 'https://factcheck.example' };

const source = (url: string, title: string, publisher: string, kind: SourceKind = 'un_ngo_report') => ({
  url,
  title,
  publisher,
  kind,
  publishedAt: '2020-02-20',
  accessedAt: '2020-02-28',
  archivedUrl: null,
  notes: null,
});

/**
 * The seed article (demo/saraqeb.txt, through the real import service) with a
 * fixed set of verdicts, on a fixed clock: four claims signed off, one
 * awaiting sign-off, the rest unreviewed; one measure with three figures.
 */
export async function seedExportFixture(db: DB) {
  const at = (minutes: number) => new Date(FIXED_NOW.getTime() - (120 - minutes) * 60_000);
  const checker = await createUser(db, { email: 'chris@example.test', name: 'Chris Checker', role: 'checker', password: PASSWORD }, at(0));
  const editor = await createUser(db, { email: 'eda@example.test', name: 'Eda Editor', role: 'editor', password: PASSWORD }, at(0));
  const { articleId } = await importArticle(
    db,
    {
      text: seedText,
      format: 'text',
      title: null,
      url: 'https://news.example/2020/02/27/saraqeb',
      publisher: 'Anadolu Agency',
      publishedAt: '2020-02-27',
      fileName: 'saraqeb.txt',
    },
    { id: checker.id, now: at(1) },
  );
  const claims = await listClaimsOfArticle(db, articleId);
  const find = (needle: string) => claims.find((c) => c.quote.includes(needle))!;
  let minute = 2;
  const asChecker = () => ({ id: checker.id, now: at(minute++) });
  const asEditor = () => ({ id: editor.id, now: at(minute++) });

  async function review(needle: string, v: { rating: string; verdict: string; status: ClaimStatus; approve: boolean; evidence?: Parameters<typeof addEvidence>[1][] }) {
    const claim = find(needle);
    await assignClaim(db, { claimId: claim.id, version: null, assigneeId: checker.id, actor: asChecker() });
    for (const e of v.evidence ?? []) await addEvidence(db, { ...e, claimId: claim.id, actor: asChecker() });
    await setRating(db, { claimId: claim.id, version: null, rating: v.rating, verdict: v.verdict, actor: asChecker() });
    const a = asChecker();
    await setClaimStatus(db, { claimId: claim.id, status: v.status, version: null, actorId: a.id, now: a.now });
    if (v.approve) await approveVerdict(db, { claimId: claim.id, version: null, actor: asEditor() });
    return claim.id;
  }

  const displaced = await review('948,000', {
    rating: 'True',
    verdict: 'OCHA counted 948,000 people displaced in north-west Syria between 1 December 2019 and 20 February 2020.',
    status: 'verified',
    approve: true,
    evidence: [
      {
        claimId: 0,
        sourceId: null,
        newSource: source('https://reliefweb.int/report/syria/flash-update-9', 'Flash Update #9: north-west Syria', 'OCHA'),
        stance: 'supports',
        excerpt: 'Some 948,000 people have been displaced since 1 December 2019.',
        note: '',
        figure: { text: '948,000 people displaced', asOf: '2020-02-20' },
        actor: { id: null, now: FIXED_NOW },
      },
      {
        claimId: 0,
        sourceId: null,
        newSource: source('https://www.unhcr.org/sy/idlib-displacement', 'Idlib: displacement overview', 'UNHCR'),
        stance: 'context',
        excerpt: '',
        note: 'Same order of magnitude; counts families, not people.',
        actor: { id: null, now: FIXED_NOW },
      },
    ],
  });
  await review('More than 300 civilians', {
    rating: 'Mostly true',
    verdict: 'SOHR documented 298 civilian deaths to 26 February; the count passed 300 by the day of publication.',
    status: 'verified',
    approve: true,
    evidence: [
      {
        claimId: 0,
        sourceId: null,
        newSource: source('https://www.syriahr.com/en/?p=156000', 'Civilian death toll since December', 'SOHR', 'news_report'),
        stance: 'supports',
        excerpt: '298 civilians killed, among them 85 children.',
        note: '',
        actor: { id: null, now: FIXED_NOW },
      },
    ],
  });
  await review('Nine civilians', {
    rating: 'Mostly false',
    verdict: 'Local monitors counted six civilians killed on Wednesday; "nine" includes three deaths from the day before.',
    status: 'misleading',
    approve: true,
    evidence: [
      {
        claimId: 0,
        sourceId: null,
        newSource: source('https://monitor.example/idlib/daily-casualties', 'Daily casualty log, north-west Syria', 'Local monitors', 'news_report'),
        stance: 'refutes',
        excerpt: 'Six civilians were recorded killed on the Wednesday, three more on the Tuesday.',
        note: '',
        actor: { id: null, now: FIXED_NOW },
      },
    ],
  });
  await review('18 Turkish soldiers', {
    rating: 'False',
    verdict: 'Turkish officials confirmed 16 soldiers killed in February, not 18.',
    status: 'false',
    approve: true,
    evidence: [
      {
        claimId: 0,
        sourceId: null,
        newSource: source('https://defence.example/press/february-losses', 'Statement on February losses', 'Ministry of Defence', 'official_statistics'),
        stance: 'refutes',
        excerpt: 'Sixteen soldiers lost their lives in February.',
        note: '',
        actor: { id: null, now: FIXED_NOW },
      },
    ],
  });
  // Proposed, not yet signed off: a draft.
  await review('Nearly a million Syrians', {
    rating: 'Mostly true',
    verdict: 'Consistent with OCHA’s 948,000.',
    status: 'verified',
    approve: false,
  });

  const measureId = await insertMeasure(db, {
    label: 'People displaced in north-west Syria since 1 Dec 2019',
    unit: 'people',
    counted: 'people',
    event: 'displaced',
    place: 'Idlib',
    periodStart: '2019-12-01',
    periodEnd: null,
    acceptedLow: 900_000,
    acceptedHigh: 1_000_000,
    rationale: 'OCHA’s count to 20 February; later reports round it to “nearly a million”.',
    createdBy: editor.id,
    now: at(100).toISOString(),
  });
  const figures = await listFiguresOfClaims(db, claims.map((c) => c.id));
  const members = figures.filter((f) => /948,000|nearly a million/i.test(f.text));
  await setFiguresMeasure(db, members.map((f) => f.id), measureId);

  const now = at(101).toISOString();
  await putSetting(db, { key: 'org_name', value: ORG.name, actorId: editor.id, now });
  await putSetting(db, { key: 'org_url', value: ORG.url, actorId: editor.id, now });
  await putSetting(db, { key: 'site_url', value: ORG.site, actorId: editor.id, now });

  return { articleId, checker, editor, displaced, measureId, claimCount: claims.length };
}
