import type { DB } from '../../db/connection';
import type { ClaimUpdate, NewClaim } from '../../db/schema';
import type { ClaimStatus } from '../domain/claims/status';
import type { Signoff } from '../domain/claims/signoff';

export interface Claim {
  id: number;
  articleId: number;
  start: number;
  end: number;
  quote: string;
  text: string;
  checkworthiness: number;
  reasons: string[];
  attribution: string | null;
  status: ClaimStatus;
  rating: string | null;
  verdict: string | null;
  assigneeId: number | null;
  assignee: string | null;
  signoff: Signoff;
  signoffBy: string | null;
  signoffById: number | null;
  signoffAt: string | null;
  signoffComment: string | null;
  /** The version and content hash the approval was given at (null unless approved). */
  signoffVersion: number | null;
  signoffHash: string | null;
  /** An admin's reason for approving their own proposal or verdict. */
  signoffOverride: string | null;
  proposedById: number | null;
  proposedBy: string | null;
  judgedById: number | null;
  dismissedAt: string | null;
  mergedInto: number | null;
  version: number;
  updatedAt: string;
}

/** A claim's own columns, without the names joined from other tables (what an UPDATE … RETURNING gives). */
export type ClaimRecord = Omit<Claim, 'assignee' | 'signoffBy' | 'proposedBy'>;

export interface ClaimWithArticle extends Claim {
  articleTitle: string;
}

function baseQuery(db: DB) {
  return db
    .selectFrom('claim')
    .leftJoin('user as assignee', 'assignee.id', 'claim.assignee_id')
    .leftJoin('user as signer', 'signer.id', 'claim.signoff_by')
    .leftJoin('user as proposer', 'proposer.id', 'claim.proposed_by')
    .select([
      'claim.id',
      'claim.article_id',
      'claim.anchor_start',
      'claim.anchor_end',
      'claim.quote',
      'claim.text',
      'claim.checkworthiness',
      'claim.reasons',
      'claim.attribution',
      'claim.status',
      'claim.rating',
      'claim.verdict',
      'claim.assignee_id',
      'assignee.name as assignee_name',
      'claim.signoff',
      'claim.signoff_by',
      'signer.name as signoff_name',
      'claim.signoff_at',
      'claim.signoff_comment',
      'claim.signoff_version',
      'claim.signoff_hash',
      'claim.signoff_override',
      'claim.proposed_by',
      'proposer.name as proposed_name',
      'claim.judged_by',
      'claim.dismissed_at',
      'claim.merged_into',
      'claim.version',
      'claim.updated_at',
    ]);
}

type ClaimRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

/** The claim table's own columns, for RETURNING. */
const OWN_COLUMNS = [
  'id',
  'article_id',
  'anchor_start',
  'anchor_end',
  'quote',
  'text',
  'checkworthiness',
  'reasons',
  'attribution',
  'status',
  'rating',
  'verdict',
  'assignee_id',
  'signoff',
  'signoff_by',
  'signoff_at',
  'signoff_comment',
  'signoff_version',
  'signoff_hash',
  'signoff_override',
  'proposed_by',
  'judged_by',
  'dismissed_at',
  'merged_into',
  'version',
  'updated_at',
] as const;

type OwnRow = Omit<ClaimRow, 'assignee_name' | 'signoff_name' | 'proposed_name'>;

function toRecord(r: OwnRow): ClaimRecord {
  return {
    id: r.id,
    articleId: r.article_id,
    start: r.anchor_start,
    end: r.anchor_end,
    quote: r.quote,
    text: r.text,
    checkworthiness: r.checkworthiness,
    reasons: JSON.parse(r.reasons) as string[],
    attribution: r.attribution,
    status: r.status as ClaimStatus,
    rating: r.rating,
    verdict: r.verdict,
    assigneeId: r.assignee_id,
    signoff: r.signoff,
    signoffById: r.signoff_by,
    signoffAt: r.signoff_at,
    signoffComment: r.signoff_comment,
    signoffVersion: r.signoff_version,
    signoffHash: r.signoff_hash,
    signoffOverride: r.signoff_override,
    proposedById: r.proposed_by,
    judgedById: r.judged_by,
    dismissedAt: r.dismissed_at,
    mergedInto: r.merged_into,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

function toClaim(r: ClaimRow): Claim {
  return { ...toRecord(r), assignee: r.assignee_name, signoffBy: r.signoff_name, proposedBy: r.proposed_name };
}

export async function insertClaim(db: DB, claim: NewClaim): Promise<number> {
  const row = await db.insertInto('claim').values(claim).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** An article's claims in reading order, dismissed ones included (the UI sets them apart). */
export async function listClaimsOfArticle(db: DB, articleId: number): Promise<Claim[]> {
  const rows = await baseQuery(db)
    .where('claim.article_id', '=', articleId)
    .orderBy('claim.anchor_start')
    .orderBy('claim.id')
    .execute();
  return rows.map(toClaim);
}

export async function findClaim(db: DB, id: number): Promise<ClaimWithArticle | undefined> {
  const row = await baseQuery(db)
    .innerJoin('article', 'article.id', 'claim.article_id')
    .select('article.title as article_title')
    .where('claim.id', '=', id)
    .executeTakeFirst();
  return row ? { ...toClaim(row), articleTitle: row.article_title } : undefined;
}

/** The next live claim after this one in its article (for merging), if any. */
export async function findNextClaim(db: DB, claim: { id: number; articleId: number; start: number }) {
  const row = await baseQuery(db)
    .where('claim.article_id', '=', claim.articleId)
    .where('claim.dismissed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('claim.anchor_start', '>', claim.start),
        eb.and([eb('claim.anchor_start', '=', claim.start), eb('claim.id', '>', claim.id)]),
      ]),
    )
    .orderBy('claim.anchor_start')
    .orderBy('claim.id')
    .limit(1)
    .executeTakeFirst();
  return row ? toClaim(row) : undefined;
}

/**
 * Applies changes only if the claim is still at `version` (optimistic lock)
 * and bumps the version. Returns the claim as written (UPDATE … RETURNING),
 * or undefined when someone else saved first.
 */
export async function updateClaim(
  db: DB,
  change: { id: number; version: number; now: string; set: ClaimUpdate },
): Promise<ClaimRecord | undefined> {
  const row = await db
    .updateTable('claim')
    .set((eb) => ({ ...change.set, version: eb('version', '+', 1), updated_at: change.now }))
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .returning(OWN_COLUMNS)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export interface QueueItem {
  id: number;
  articleId: number;
  articleTitle: string;
  text: string;
  status: ClaimStatus;
  rating: string | null;
  verdict: string | null;
  signoff: Signoff;
  /** The editor's comment when the claim was sent back. */
  signoffComment: string | null;
  assignee: string | null;
  proposer: string | null;
  evidenceCount: number;
  updatedAt: string;
}

/**
 * Live claims for a queue, most recently changed first: `mineOf` a user (assigned
 * to them, or sent back on a status they proposed), or by sign-off state.
 */
export async function listQueue(
  db: DB,
  filter: { mineOf?: number; signoff?: Signoff },
  limit = 200,
): Promise<QueueItem[]> {
  let q = baseQuery(db)
    .innerJoin('article', 'article.id', 'claim.article_id')
    .select((eb) => [
      'article.title as article_title',
      eb
        .selectFrom('evidence')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('evidence.claim_id', '=', 'claim.id')
        .where('evidence.removed_at', 'is', null)
        .as('evidence_count'),
    ])
    .where('claim.dismissed_at', 'is', null);
  const mineOf = filter.mineOf;
  if (mineOf !== undefined) {
    q = q.where((eb) =>
      eb.or([eb('claim.assignee_id', '=', mineOf), eb.and([eb('claim.signoff', '=', 'returned'), eb('claim.proposed_by', '=', mineOf)])]),
    );
  }
  if (filter.signoff !== undefined) q = q.where('claim.signoff', '=', filter.signoff);
  const rows = await q.orderBy('claim.updated_at', 'desc').orderBy('claim.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    articleTitle: r.article_title,
    text: r.text,
    status: r.status as ClaimStatus,
    rating: r.rating,
    verdict: r.verdict,
    signoff: r.signoff,
    signoffComment: r.signoff_comment,
    assignee: r.assignee_name,
    proposer: r.proposed_name,
    evidenceCount: Number(r.evidence_count ?? 0),
    updatedAt: r.updated_at,
  }));
}

/** The claims of an article, every one (for changes to the article that touch them all). */
export async function listClaimIdsOfArticle(db: DB, articleId: number): Promise<number[]> {
  const rows = await db.selectFrom('claim').select('id').where('article_id', '=', articleId).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** A claim's own approvable fields and its article's citation, for the approved-content hash. */
export interface ClaimContentRow {
  id: number;
  status: string;
  signoff: Signoff;
  signoffHash: string | null;
  claim: { text: string; quote: string; attribution: string | null; status: string; rating: string | null; verdict: string | null };
  article: { title: string; url: string | null; publisher: string | null; publishedAt: string | null };
}

export async function listClaimContent(db: DB, claimIds: number[]): Promise<ClaimContentRow[]> {
  if (claimIds.length === 0) return [];
  const rows = await db
    .selectFrom('claim')
    .innerJoin('article', 'article.id', 'claim.article_id')
    .select([
      'claim.id',
      'claim.text',
      'claim.quote',
      'claim.attribution',
      'claim.status',
      'claim.rating',
      'claim.verdict',
      'claim.signoff',
      'claim.signoff_hash',
      'article.title',
      'article.url',
      'article.publisher',
      'article.published_at',
    ])
    .where('claim.id', 'in', claimIds)
    .orderBy('claim.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    signoff: r.signoff,
    signoffHash: r.signoff_hash,
    claim: { text: r.text, quote: r.quote, attribution: r.attribution, status: r.status, rating: r.rating, verdict: r.verdict },
    article: { title: r.title, url: r.url, publisher: r.publisher, publishedAt: r.published_at },
  }));
}

/** Of these claims, the ones an editor has approved (the ones a change would reopen). */
export async function listApprovedClaimIds(db: DB, claimIds: number[]): Promise<number[]> {
  if (claimIds.length === 0) return [];
  const rows = await db.selectFrom('claim').select('id').where('id', 'in', claimIds).where('signoff', '=', 'approved').execute();
  return rows.map((r) => r.id);
}

/** Approved claims whose approval predates content binding (no hash recorded). */
export async function listUnboundApprovedClaimIds(db: DB): Promise<number[]> {
  const rows = await db.selectFrom('claim').select('id').where('signoff', '=', 'approved').where('signoff_hash', 'is', null).execute();
  return rows.map((r) => r.id);
}

/**
 * Takes an approval back: sign-off `signoff` (pending), approver, time, hash
 * and override cleared, version bumped (so a page open on the old version
 * cannot approve it). Returns what the approval was (for the revision) and
 * the claim as written.
 */
export async function updateClaimSignoff(db: DB, change: { id: number; now: string; signoff: Signoff }) {
  const before = await db
    .selectFrom('claim')
    .select(['signoff', 'signoff_by', 'signoff_at', 'signoff_version', 'signoff_hash', 'signoff_override'])
    .where('id', '=', change.id)
    .executeTakeFirstOrThrow();
  const after = await db
    .updateTable('claim')
    .set((eb) => ({
      signoff: change.signoff,
      signoff_by: null,
      signoff_at: null,
      signoff_version: null,
      signoff_hash: null,
      signoff_override: null,
      version: eb('version', '+', 1),
      updated_at: change.now,
    }))
    .where('id', '=', change.id)
    .returning(OWN_COLUMNS)
    .executeTakeFirstOrThrow();
  return { before, after: toRecord(after) };
}

/** Bumps the version (and change time) of claims whose figures or evidence changed, so an older page cannot approve them. */
export async function touchClaims(db: DB, ids: number[], now: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('claim')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
    .where('id', 'in', ids)
    .execute();
}
