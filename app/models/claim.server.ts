import type { DB } from '../../db/connection';
import type { NewClaim } from '../../db/schema';
import type { ClaimStatus } from '../domain/claims/status';

export interface Claim {
  id: number;
  articleId: number;
  position: number;
  start: number;
  end: number;
  quote: string;
  text: string;
  checkworthiness: number;
  reasons: string[];
  attribution: string | null;
  status: ClaimStatus;
  version: number;
  updatedAt: string;
}

export interface ClaimWithArticle extends Claim {
  articleTitle: string;
}

const columns = [
  'claim.id',
  'claim.article_id',
  'claim.position',
  'claim.anchor_start',
  'claim.anchor_end',
  'claim.quote',
  'claim.text',
  'claim.checkworthiness',
  'claim.reasons',
  'claim.attribution',
  'claim.status',
  'claim.version',
  'claim.updated_at',
] as const;

type ClaimRow = {
  id: number;
  article_id: number;
  position: number;
  anchor_start: number;
  anchor_end: number;
  quote: string;
  text: string;
  checkworthiness: number;
  reasons: string;
  attribution: string | null;
  status: string;
  version: number;
  updated_at: string;
};

function toClaim(r: ClaimRow): Claim {
  return {
    id: r.id,
    articleId: r.article_id,
    position: r.position,
    start: r.anchor_start,
    end: r.anchor_end,
    quote: r.quote,
    text: r.text,
    checkworthiness: r.checkworthiness,
    reasons: JSON.parse(r.reasons) as string[],
    attribution: r.attribution,
    status: r.status as ClaimStatus,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

export async function insertClaim(db: DB, claim: NewClaim): Promise<number> {
  const row = await db.insertInto('claim').values(claim).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function listClaimsOfArticle(db: DB, articleId: number): Promise<Claim[]> {
  const rows = await db
    .selectFrom('claim')
    .select(columns)
    .where('claim.article_id', '=', articleId)
    .orderBy('claim.position')
    .execute();
  return rows.map(toClaim);
}

export async function findClaim(db: DB, id: number): Promise<ClaimWithArticle | undefined> {
  const row = await db
    .selectFrom('claim')
    .innerJoin('article', 'article.id', 'claim.article_id')
    .select([...columns, 'article.title as article_title'])
    .where('claim.id', '=', id)
    .executeTakeFirst();
  return row ? { ...toClaim(row), articleTitle: row.article_title } : undefined;
}

/**
 * Sets the status only if the claim is still at `version` (optimistic lock);
 * returns false when someone else changed it first.
 */
export async function updateClaimStatus(
  db: DB,
  change: { id: number; version: number; status: ClaimStatus; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('claim')
    .set((eb) => ({ status: change.status, version: eb('version', '+', 1), updated_at: change.now }))
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
