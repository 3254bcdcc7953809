import type { DB } from '../../db/connection';
import type { ClaimUpdate, NewClaim } from '../../db/schema';
import type { ClaimStatus } from '../domain/claims/status';
import type { Signoff } from '../domain/claims/signoff';
import { claimSearchText } from '../domain/search/normalise';

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

/**
 * The claim table's own columns as the Claim read-model names them (a span
 * as start and end, ids of people as `…Id` beside their names), for SELECT
 * and for UPDATE … RETURNING.
 */
const OWN_COLUMNS = [
  'id',
  'articleId',
  'anchorStart as start',
  'anchorEnd as end',
  'quote',
  'text',
  'checkworthiness',
  'reasons',
  'attribution',
  'status',
  'rating',
  'verdict',
  'assigneeId',
  'signoff',
  'signoffBy as signoffById',
  'signoffAt',
  'signoffComment',
  'signoffVersion',
  'signoffHash',
  'signoffOverride',
  'proposedBy as proposedById',
  'judgedBy as judgedById',
  'dismissedAt',
  'mergedInto',
  'version',
  'updatedAt',
] as const;

/** The columns the Claim read-model names otherwise than the table does (ClaimUpdate key → Claim key). */
export const CLAIM_FIELD_OF_COLUMN: Partial<Record<keyof ClaimUpdate, keyof Claim>> = Object.fromEntries(
  OWN_COLUMNS.filter((c) => c.includes(' as ')).map((c) => c.split(' as ') as [string, string]),
);

function baseQuery(db: DB) {
  return db
    .selectFrom('claim')
    .leftJoin('user as assignee', 'assignee.id', 'claim.assigneeId')
    .leftJoin('user as signer', 'signer.id', 'claim.signoffBy')
    .leftJoin('user as proposer', 'proposer.id', 'claim.proposedBy')
    .select(OWN_COLUMNS.map((c) => `claim.${c}` as const))
    .select(['assignee.name as assignee', 'signer.name as signoffBy', 'proposer.name as proposedBy']);
}

/** Reads the JSON and narrows the text columns the row stores as plain strings. */
function toRecord<R extends { reasons: string; status: string }>(r: R): Omit<R, 'reasons' | 'status'> & { reasons: string[]; status: ClaimStatus } {
  return { ...r, reasons: JSON.parse(r.reasons) as string[], status: r.status as ClaimStatus };
}

/** Inserts a claim with its search text (wording and quote normalised, ADR 024); returns its id. */
export async function insertClaim(db: DB, claim: Omit<NewClaim, 'searchText'>): Promise<number> {
  const values = { ...claim, searchText: claimSearchText(claim.text, claim.quote) };
  const row = await db.insertInto('claim').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * `set` with the claim's search text recomputed when it changes the wording
 * or the quote (the other one read from the row as it stands). Every write
 * of `text` or `quote` goes through here, so the index never lags (ADR 024).
 */
export async function withSearchText<S extends { text?: string; quote?: string }>(db: DB, id: number, set: S): Promise<S & { searchText?: string }> {
  if (set.text === undefined && set.quote === undefined) return set;
  const stored =
    set.text === undefined || set.quote === undefined
      ? await db.selectFrom('claim').select(['text', 'quote']).where('id', '=', id).executeTakeFirst()
      : undefined;
  const text = set.text ?? stored?.text ?? '';
  const quote = set.quote ?? stored?.quote ?? '';
  return { ...set, searchText: claimSearchText(text, quote) };
}

/** An article's claims in reading order, dismissed ones included (the UI sets them apart). */
export async function listClaimsOfArticle(db: DB, articleId: number): Promise<Claim[]> {
  const rows = await baseQuery(db)
    .where('claim.articleId', '=', articleId)
    .orderBy('claim.anchorStart')
    .orderBy('claim.id')
    .execute();
  return rows.map(toRecord);
}

/** One claim (dismissed or not) with its article's title, or undefined when no claim has this id. */
export async function findClaim(db: DB, id: number): Promise<ClaimWithArticle | undefined> {
  const row = await baseQuery(db)
    .innerJoin('article', 'article.id', 'claim.articleId')
    .select('article.title as articleTitle')
    .where('claim.id', '=', id)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The next live claim after this one in its article (for merging), if any. */
export async function findNextClaim(db: DB, claim: { id: number; articleId: number; start: number }) {
  const row = await baseQuery(db)
    .where('claim.articleId', '=', claim.articleId)
    .where('claim.dismissedAt', 'is', null)
    .where((eb) =>
      eb.or([
        eb('claim.anchorStart', '>', claim.start),
        eb.and([eb('claim.anchorStart', '=', claim.start), eb('claim.id', '>', claim.id)]),
      ]),
    )
    .orderBy('claim.anchorStart')
    .orderBy('claim.id')
    .limit(1)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/**
 * Applies changes only if the claim is still at `version` (optimistic lock)
 * and bumps the version. Returns the claim as written (UPDATE … RETURNING),
 * or undefined when someone else saved first.
 */
export async function updateClaim(
  db: DB,
  change: { id: number; version: number; now: string; set: Omit<ClaimUpdate, 'searchText'> },
): Promise<ClaimRecord | undefined> {
  const set = await withSearchText(db, change.id, change.set);
  const row = await db
    .updateTable('claim')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updatedAt: change.now }))
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .returning(OWN_COLUMNS)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The claims of an article, every one (for changes to the article that touch them all). */
export async function listClaimIdsOfArticle(db: DB, articleId: number): Promise<number[]> {
  const rows = await db.selectFrom('claim').select('id').where('articleId', '=', articleId).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Takes an approval back: sign-off `signoff` (pending), approver, time, hash
 * and override cleared, version bumped (so a page open on the old version
 * cannot approve it). Returns what the approval was (for the revision) and
 * the claim as written.
 *
 * @throws NoResultError (Kysely) when no claim has this id.
 */
export async function updateClaimSignoff(db: DB, change: { id: number; now: string; signoff: Signoff }) {
  const before = await db
    .selectFrom('claim')
    .select(['signoff', 'signoffBy', 'signoffAt', 'signoffVersion', 'signoffHash', 'signoffOverride'])
    .where('id', '=', change.id)
    .executeTakeFirstOrThrow();
  const after = await db
    .updateTable('claim')
    .set((eb) => ({
      signoff: change.signoff,
      signoffBy: null,
      signoffAt: null,
      signoffVersion: null,
      signoffHash: null,
      signoffOverride: null,
      version: eb('version', '+', 1),
      updatedAt: change.now,
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
    .set((eb) => ({ version: eb('version', '+', 1), updatedAt: now }))
    .where('id', 'in', ids)
    .execute();
}
