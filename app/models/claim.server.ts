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
  dismissedAt: string | null;
  mergedInto: number | null;
  version: number;
  updatedAt: string;
}

export interface ClaimWithArticle extends Claim {
  articleTitle: string;
}

function baseQuery(db: DB) {
  return db
    .selectFrom('claim')
    .leftJoin('user as assignee', 'assignee.id', 'claim.assignee_id')
    .leftJoin('user as signer', 'signer.id', 'claim.signoff_by')
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
      'claim.dismissed_at',
      'claim.merged_into',
      'claim.version',
      'claim.updated_at',
    ]);
}

type ClaimRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toClaim(r: ClaimRow): Claim {
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
    assignee: r.assignee_name,
    signoff: r.signoff,
    signoffBy: r.signoff_name,
    signoffById: r.signoff_by,
    signoffAt: r.signoff_at,
    signoffComment: r.signoff_comment,
    dismissedAt: r.dismissed_at,
    mergedInto: r.merged_into,
    version: r.version,
    updatedAt: r.updated_at,
  };
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
 * and bumps the version; false when someone else saved first.
 */
export async function updateClaim(
  db: DB,
  change: { id: number; version: number; now: string; set: ClaimUpdate },
): Promise<boolean> {
  const result = await db
    .updateTable('claim')
    .set((eb) => ({ ...change.set, version: eb('version', '+', 1), updated_at: change.now }))
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface QueueItem {
  id: number;
  articleId: number;
  articleTitle: string;
  text: string;
  status: ClaimStatus;
  signoff: Signoff;
  assignee: string | null;
  updatedAt: string;
}

/** Live claims assigned to a user, or awaiting sign-off, most recently changed first. */
export async function listQueue(
  db: DB,
  filter: { assigneeId?: number; signoff?: Signoff },
  limit = 200,
): Promise<QueueItem[]> {
  let q = baseQuery(db)
    .innerJoin('article', 'article.id', 'claim.article_id')
    .select('article.title as article_title')
    .where('claim.dismissed_at', 'is', null);
  if (filter.assigneeId !== undefined) q = q.where('claim.assignee_id', '=', filter.assigneeId);
  if (filter.signoff !== undefined) q = q.where('claim.signoff', '=', filter.signoff);
  const rows = await q.orderBy('claim.updated_at', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    articleTitle: r.article_title,
    text: r.text,
    status: r.status as ClaimStatus,
    signoff: r.signoff,
    assignee: r.assignee_name,
    updatedAt: r.updated_at,
  }));
}
