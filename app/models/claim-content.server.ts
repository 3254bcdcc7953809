import type { DB } from '../../db/connection';
import type { Signoff } from '../domain/claims/signoff';

// What an editor's approval is bound to (app/domain/claims/approved-content.ts)
// and which claims carry one: the reads the sign-off binding service makes.

/** A claim's own approvable fields and its article's citation, for the approved-content hash. */
export interface ClaimContentRow {
  id: number;
  status: string;
  signoff: Signoff;
  signoffHash: string | null;
  claim: { text: string; quote: string; attribution: string | null; status: string; rating: string | null; verdict: string | null };
  article: { title: string; url: string | null; publisher: string | null; publishedAt: string | null };
}

/** The approvable content of these claims, in id order. Throws only what the database throws. */
export async function listClaimContent(db: DB, claimIds: number[]): Promise<ClaimContentRow[]> {
  if (claimIds.length === 0) return [];
  const rows = await db
    .selectFrom('claim')
    .innerJoin('article', 'article.id', 'claim.articleId')
    .select([
      'claim.id',
      'claim.text',
      'claim.quote',
      'claim.attribution',
      'claim.status',
      'claim.rating',
      'claim.verdict',
      'claim.signoff',
      'claim.signoffHash',
      'article.title',
      'article.url',
      'article.publisher',
      'article.publishedAt',
    ])
    .where('claim.id', 'in', claimIds)
    .orderBy('claim.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    signoff: r.signoff,
    signoffHash: r.signoffHash,
    claim: { text: r.text, quote: r.quote, attribution: r.attribution, status: r.status, rating: r.rating, verdict: r.verdict },
    article: { title: r.title, url: r.url, publisher: r.publisher, publishedAt: r.publishedAt },
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
  const rows = await db.selectFrom('claim').select('id').where('signoff', '=', 'approved').where('signoffHash', 'is', null).execute();
  return rows.map((r) => r.id);
}
