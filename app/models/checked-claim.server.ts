import { sql } from 'kysely';
import { isPostgres, type DB } from '../../db/connection';
import type { ClaimReviewItem } from '../domain/archive/parse-claimreview';

/** One checked claim as the app shows it: a published review's fields, or a desk claim's copy of them. */
export interface CheckedClaim extends Omit<ClaimReviewItem, 'url'> {
  id: number;
  /** The published review's URL; null for a desk claim. */
  url: string | null;
  /** The desk claim this row mirrors; null for a published fact-check. */
  claimId: number | null;
}

/** The stems the matching code made for a checked claim (space-separated). */
export interface CheckedClaimTerms {
  claimTerms: string;
  titleTerms: string;
  /** Stems of names in the claim and title; null for a row written before they were stored. */
  nameTerms: string | null;
}

/** What is written for one checked claim; the terms come from the matching code. */
export interface CheckedClaimInput extends Omit<CheckedClaim, 'id'>, CheckedClaimTerms {
  nameTerms: string;
}

/** A row found by the full-text index, with its stems and the index's own score (higher is better). */
export interface MatchCandidate extends CheckedClaim, CheckedClaimTerms {
  lexical: number;
}

/** Corpus statistics for weighting query stems: number of checked claims and, per stem, how many hold it. */
export interface MatchStats {
  docs: number;
  df: Map<string, number>;
}

const columns = sql`c.id, c.url, c.claim_id as "claimId", c.claim, c.title, c.claimant, c.rating,
  c.rating_value as "ratingValue", c.publisher, c.reviewed_at as "reviewedAt"`;

const termColumns = sql`c.claim_terms as "claimTerms", c.title_terms as "titleTerms", c.name_terms as "nameTerms"`;

/** The distinct stems of a checked claim's claim and title (what match_term counts it under). */
function stemsOf(t: { claimTerms: string; titleTerms: string }): Set<string> {
  return new Set(`${t.claimTerms} ${t.titleTerms}`.split(' ').filter(Boolean));
}

/** Rows per statement when counting stems: well under SQLite's variable limit. */
const TERM_CHUNK = 400;

/** Adds `delta` (+1 or -1) to the number of checked claims holding each stem; a stem nobody holds any more is removed. */
async function countStems(db: DB, stems: string[], delta: 1 | -1): Promise<void> {
  for (let i = 0; i < stems.length; i += TERM_CHUNK) {
    const chunk = stems.slice(i, i + TERM_CHUNK);
    if (delta > 0) {
      await db
        .insertInto('matchTerm')
        .values(chunk.map((term) => ({ term, docs: 1 })))
        .onConflict((oc) => oc.column('term').doUpdateSet((eb) => ({ docs: eb('matchTerm.docs', '+', 1) })))
        .execute();
    } else {
      await db.updateTable('matchTerm').set((eb) => ({ docs: eb('docs', '-', 1) })).where('term', 'in', chunk).execute();
      await db.deleteFrom('matchTerm').where('term', 'in', chunk).where('docs', '<=', 0).execute();
    }
  }
}

/** Keeps the stem counts in step when a checked claim's stems change from `before` (undefined: new) to `after` (undefined: deleted). */
async function restem(db: DB, before: { claimTerms: string; titleTerms: string } | undefined, after: { claimTerms: string; titleTerms: string } | undefined) {
  const old = before ? stemsOf(before) : new Set<string>();
  const now = after ? stemsOf(after) : new Set<string>();
  await countStems(db, [...old].filter((t) => !now.has(t)), -1);
  await countStems(db, [...now].filter((t) => !old.has(t)), 1);
}

/**
 * Inserts a checked claim or updates the one with the same URL (published
 * reviews) or the same desk claim id, in place, and keeps the stem counts
 * (match_term) in step. Returns its id and whether it was new. `now` is an
 * ISO timestamp. Run it inside a transaction when several run at once.
 */
export async function upsertCheckedClaim(db: DB, c: CheckedClaimInput, now: string): Promise<{ id: number; created: boolean }> {
  const existing = await db
    .selectFrom('checkedClaim')
    .select(['id', 'claimTerms', 'titleTerms'])
    .where((eb) => (c.url !== null ? eb('url', '=', c.url) : eb('claimId', '=', c.claimId)))
    .executeTakeFirst();
  const values = {
    url: c.url,
    claimId: c.claimId,
    claim: c.claim,
    title: c.title,
    claimant: c.claimant,
    rating: c.rating,
    ratingValue: c.ratingValue,
    publisher: c.publisher,
    reviewedAt: c.reviewedAt,
    claimTerms: c.claimTerms,
    titleTerms: c.titleTerms,
    nameTerms: c.nameTerms,
    updatedAt: now,
  };
  await restem(db, existing, c);
  if (existing) {
    await db.updateTable('checkedClaim').set(values).where('id', '=', existing.id).execute();
    return { id: existing.id, created: false };
  }
  const row = await db
    .insertInto('checkedClaim')
    .values({ ...values, createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, created: true };
}

/** Removes the archive copy of a desk claim (its status is no longer final). */
export async function deleteDeskCheckedClaim(db: DB, claimId: number): Promise<void> {
  const copy = await db.selectFrom('checkedClaim').select(['claimTerms', 'titleTerms']).where('claimId', '=', claimId).executeTakeFirst();
  if (!copy) return;
  await restem(db, copy, undefined);
  // "Not the same claim" marks name the desk claim, not this row: they stay for when it is copied again.
  await db.deleteFrom('checkedClaim').where('claimId', '=', claimId).execute();
}

/** One checked claim by id, or undefined. */
export async function getCheckedClaim(db: DB, id: number): Promise<CheckedClaim | undefined> {
  const r = await sql<CheckedClaim>`select ${columns} from checked_claim c where c.id = ${id}`.execute(db);
  return r.rows[0];
}

/** How many checked claims the archive holds: published ones and desk ones. */
export async function countCheckedClaims(db: DB): Promise<{ published: number; desk: number }> {
  const r = await sql<{ published: number; desk: number }>`
    select count(url) as published, count(claim_id) as desk from checked_claim`.execute(db);
  return { published: Number(r.rows[0]?.published ?? 0), desk: Number(r.rows[0]?.desk ?? 0) };
}

/**
 * Corpus statistics for the given stems, read from the stem counts
 * (match_term, one primary-key lookup per stem: no posting list is walked).
 * The number of documents is the highest checked-claim id (equal to the
 * count while nothing is deleted, close to it after; no table scan).
 */
export async function matchStats(db: DB, terms: string[]): Promise<MatchStats> {
  const df = new Map<string, number>();
  const unique = [...new Set(terms)].slice(0, TERM_CHUNK); // a text's distinct stems; more would say nothing new
  // One round trip: the stems' counts, and the document count under the empty stem (no stem is empty).
  const r = await sql<{ term: string; docs: number }>`
    select term, docs from match_term where term in (${sql.join(unique.length ? unique : [''])})
    union all select '' as term, coalesce(max(id), 0) as docs from checked_claim`.execute(db);
  let docs = 0;
  for (const row of r.rows) {
    if (row.term === '') docs = Number(row.docs);
    else df.set(row.term, Number(row.docs));
  }
  return { docs, df };
}

/**
 * Counts every stem again from the full-text index (after checked claims
 * were written in bulk without upsertCheckedClaim, as the bench does).
 * SQLite: FTS5's vocabulary table; PostgreSQL: ts_stat over the tsvectors.
 */
export async function recountMatchTerms(db: DB): Promise<void> {
  await db.deleteFrom('matchTerm').execute();
  if (isPostgres(db)) {
    await sql`insert into match_term (term, docs) select word, ndoc from ts_stat('select search from checked_claim')`.execute(db);
  } else {
    await sql`insert into match_term (term, docs) select term, doc from checked_claim_vocab`.execute(db);
  }
}

/**
 * The checked claims whose stems share any of `terms`, best first by the
 * index's BM25 over claim (weight 1) and title (weight `titleWeight`), at
 * most `limit`. SQLite: FTS5 MATCH and bm25(); PostgreSQL: the generated
 * tsvector and ts_rank over the same stems (scores differ in scale; the
 * ranking uses them relative to the best candidate).
 * Stems are [a-z0-9]+ (made by the matching code), so quoting them is safe.
 */
export async function findMatchCandidates(
  db: DB,
  q: { terms: string[]; limit: number; titleWeight: number },
): Promise<MatchCandidate[]> {
  const unique = [...new Set(q.terms)].filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
  if (!unique.length) return [];
  if (isPostgres(db)) {
    // ts_rank over the same stems: claim words weighted 1 (A), title words titleWeight (B).
    const query = unique.map((t) => `'${t}'`).join(' | ');
    // ts_rank takes weights in 0…1: scale both so the larger is 1 (the ratio is what ranks).
    const scale = Math.max(1, q.titleWeight);
    const r = await sql<MatchCandidate>`
      select ${columns}, ${termColumns}, hit.score as lexical
      from (select id, ts_rank(array[0, 0, ${q.titleWeight / scale}, ${1 / scale}]::float4[], search, to_tsquery('simple', ${query})) as score
            from checked_claim where search @@ to_tsquery('simple', ${query})
            order by score desc, id limit ${q.limit}) hit
      join checked_claim c on c.id = hit.id
      order by hit.score desc, c.id`.execute(db);
    return r.rows.map((row) => ({ ...row, lexical: Number(row.lexical) }));
  }
  const match = unique.map((t) => `"${t}"`).join(' OR ');
  const r = await sql<MatchCandidate>`
    select ${columns}, ${termColumns}, -hit.score as lexical
    from (select rowid, bm25(checked_claim_fts, 1.0, ${q.titleWeight}) as score
          from checked_claim_fts where checked_claim_fts match ${match}
          order by score limit ${q.limit}) hit
    join checked_claim c on c.id = hit.rowid
    order by hit.score, c.id`.execute(db);
  return r.rows.map((row) => ({ ...row, lexical: Number(row.lexical) }));
}

/** An approved desk claim whose archive copy is missing or older than the claim. */
export interface DeskClaimToArchive {
  claimId: number;
  text: string;
  articleTitle: string;
  status: string;
  rating: string | null;
  signoffAt: string | null;
  /** The approved-content hash the editor's approval recorded (ADR 011). */
  signoffHash: string;
  updatedAt: string;
}

/**
 * Desk claims an editor has approved (sign-off `approved` with a recorded
 * hash, a final status, not dismissed or merged) whose archive copy is
 * missing or older than the claim, and archive copies of desk claims that
 * no longer qualify (their claim ids, to delete). Whether an approval is
 * still current (content unchanged) is for the caller to check by hash.
 */
export async function listDeskArchiveChanges(
  db: DB,
  finalStatuses: readonly string[],
): Promise<{ stale: DeskClaimToArchive[]; gone: number[] }> {
  const stale = await sql<DeskClaimToArchive>`
    select claim.id as "claimId", claim.text, article.title as "articleTitle", claim.status, claim.rating,
      claim.signoff_at as "signoffAt", claim.signoff_hash as "signoffHash", claim.updated_at as "updatedAt"
    from claim
    join article on article.id = claim.article_id
    left join checked_claim c on c.claim_id = claim.id
    where claim.signoff = 'approved' and claim.signoff_hash is not null
      and claim.status in (${sql.join([...finalStatuses])}) and claim.dismissed_at is null and claim.merged_into is null
      and (c.id is null or c.updated_at < claim.updated_at)`.execute(db);
  const gone = await sql<{ claimId: number }>`
    select c.claim_id as "claimId" from checked_claim c join claim on claim.id = c.claim_id
    where claim.signoff <> 'approved' or claim.signoff_hash is null
      or claim.status not in (${sql.join([...finalStatuses])}) or claim.dismissed_at is not null or claim.merged_into is not null`.execute(db);
  return { stale: stale.rows, gone: gone.rows.map((r) => r.claimId) };
}
