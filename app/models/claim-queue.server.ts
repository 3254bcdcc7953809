import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/connection';
import type { Database } from '../../db/schema';
import { FINAL_STATUSES, type ClaimStatus } from '../domain/claims/status';
import type { Signoff } from '../domain/claims/signoff';
import type { QueueSignoff } from '../domain/lists/list-filters';

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
  /** The version the queue was loaded at (a bulk sign-off is checked against it). */
  version: number;
  updatedAt: string;
}

/** What narrows a queue (all optional): the claim's status, rating, assignee (a user id or 'none'), proposer and sign-off state. */
export interface QueueWhere {
  status?: string;
  rating?: string;
  assignee?: number | 'none';
  proposer?: number;
  signoff?: QueueSignoff;
}

/** Whose claims: a user's own (assigned to them, or sent back on a status they proposed), or every proposal waiting for an editor. */
export type QueueScope = { mineOf: number } | { awaitingSignoff: true };

type ClaimEb = ExpressionBuilder<Database, 'claim'>;

/**
 * Complete for sign-off (the SQL form of missingForSignoff): the stored
 * `claim.ready` (a generated column over the verdict, the status and the
 * trigger-kept live evidence count: ADR 035), so the pending list is one
 * range of claim_signoff_ready and no evidence row is read.
 */
function complete(eb: ClaimEb, ready: boolean) {
  return eb('claim.ready', '=', ready ? 1 : 0);
}

function filtered(db: DB, w: QueueWhere) {
  let q = db.selectFrom('claim').where('claim.dismissedAt', 'is', null);
  if (w.status) q = q.where('claim.status', '=', w.status as ClaimStatus);
  if (w.rating) q = q.where('claim.rating', '=', w.rating);
  if (w.assignee === 'none') q = q.where('claim.assigneeId', 'is', null);
  else if (w.assignee !== undefined) q = q.where('claim.assigneeId', '=', w.assignee);
  if (w.proposer !== undefined) q = q.where('claim.proposedBy', '=', w.proposer);
  if (w.signoff === 'awaiting') q = q.where('claim.signoff', '=', 'pending').where((eb) => complete(eb, true));
  if (w.signoff === 'incomplete') q = q.where('claim.signoff', '=', 'pending').where((eb) => complete(eb, false));
  if (w.signoff === 'sent-back') q = q.where('claim.signoff', '=', 'returned');
  if (w.signoff === 'approved' || w.signoff === 'none') q = q.where('claim.signoff', '=', w.signoff);
  return q;
}

/**
 * The scope as separate index ranges, each in change order: a user's queue
 * is their assigned claims (claim_assignee_ready) plus those sent back on
 * their proposals and not assigned to them (claim_proposer_live); the
 * editors' one is the pending sign-offs (claim_signoff_ready). Separate
 * ranges instead of an OR, which made SQLite fetch and sort every match.
 */
function branches(db: DB, scope: QueueScope, w: QueueWhere) {
  if ('awaitingSignoff' in scope) {
    // A proposal always has a final status: asking for another is an empty list, not a scan.
    if (w.status && !FINAL_STATUSES.includes(w.status as ClaimStatus)) return [];
    return [filtered(db, { ...w, signoff: w.signoff ?? 'awaiting' }).where('claim.signoff', '=', 'pending')];
  }
  const me = scope.mineOf;
  return [
    filtered(db, w).where('claim.assigneeId', '=', me),
    filtered(db, w)
      .where('claim.proposedBy', '=', me)
      .where('claim.signoff', '=', 'returned')
      .where((eb) => eb.or([eb('claim.assigneeId', 'is', null), eb('claim.assigneeId', '<>', me)])),
  ];
}

/**
 * One page of a queue, most recently changed first (ties: newest id). Each
 * range yields at most offset + limit ids; the page is cut from their merge
 * and only its rows are read in full (names, article title; the evidence
 * count is the claim's stored one).
 */
export async function listQueuePage(db: DB, scope: QueueScope, w: QueueWhere, page: { limit: number; offset: number }): Promise<QueueItem[]> {
  const keys = (
    await Promise.all(
      branches(db, scope, w).map((b) =>
        b.select(['claim.id', 'claim.updatedAt']).orderBy('claim.updatedAt', 'desc').orderBy('claim.id', 'desc').limit(page.offset + page.limit).execute(),
      ),
    )
  ).flat();
  keys.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id));
  const ids = keys.slice(page.offset, page.offset + page.limit).map((k) => k.id);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('claim')
    .innerJoin('article', 'article.id', 'claim.articleId')
    .leftJoin('user as assignee', 'assignee.id', 'claim.assigneeId')
    .leftJoin('user as proposer', 'proposer.id', 'claim.proposedBy')
    .select([
      'claim.id',
      'claim.articleId',
      'article.title as articleTitle',
      'claim.text',
      'claim.status',
      'claim.rating',
      'claim.verdict',
      'claim.signoff',
      'claim.signoffComment',
      'assignee.name as assignee',
      'proposer.name as proposer',
      'claim.version',
      'claim.updatedAt',
      'claim.evidenceCount',
    ])
    .where('claim.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id)!)
    .filter(Boolean)
    .map((r) => ({ ...r, status: r.status as ClaimStatus, evidenceCount: Number(r.evidenceCount) }));
}

/**
 * How many claims a queue holds, counted up to `cap` (a count past it reads
 * `cap`: the page says "500+"), so a desk with 50,000 open proposals does
 * not count them all on every view.
 */
export async function countQueue(db: DB, scope: QueueScope, w: QueueWhere, cap = 1000): Promise<number> {
  let total = 0;
  for (const b of branches(db, scope, w)) {
    const row = await db
      .selectFrom(b.select(sql<number>`1`.as('one')).limit(cap - total).as('q'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    total += Number(row.n);
    if (total >= cap) break;
  }
  return total;
}
