import { sql } from 'kysely';
import type { DB } from '../../db/connection';
import type { ClaimStatus } from '../domain/claims/status';

export interface ClaimHit {
  claimId: number;
  articleId: number;
  articleTitle: string;
  status: ClaimStatus;
  /** Snippet with matches between \u0002 and \u0003 (rendered as <mark> by the UI, never as HTML). */
  snippet: string;
}

export interface ArticleHit {
  articleId: number;
  title: string;
  publisher: string | null;
  snippet: string;
}

// Control characters as match markers: they cannot occur in stored text, so
// the UI can split on them and render marks without ever parsing HTML.
const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Claims matching an FTS5 expression, best bm25 first. */
export async function searchClaims(
  db: DB,
  q: { match: string; status: ClaimStatus | null; limit: number; offset: number },
): Promise<{ hits: ClaimHit[]; total: number }> {
  const statusFilter = q.status ? sql`and claim.status = ${q.status}` : sql``;
  const rows = await sql<{
    claim_id: number;
    article_id: number;
    article_title: string;
    status: ClaimStatus;
    snippet: string;
  }>`
    select claim.id as claim_id, claim.article_id, article.title as article_title, claim.status,
      snippet(claim_fts, 0, ${OPEN}, ${CLOSE}, '…', 24) as snippet
    from claim_fts
    join claim on claim.id = claim_fts.rowid
    join article on article.id = claim.article_id
    where claim_fts match ${q.match} and claim.dismissed_at is null ${statusFilter}
    order by bm25(claim_fts), claim.id
    limit ${q.limit} offset ${q.offset}`.execute(db);
  // bm25() cannot share a query with a window function, so the total is counted apart.
  const count = await sql<{ total: number }>`
    select count(*) as total from claim_fts join claim on claim.id = claim_fts.rowid
    where claim_fts match ${q.match} and claim.dismissed_at is null ${statusFilter}`.execute(db);
  return {
    total: Number(count.rows[0]?.total ?? 0),
    hits: rows.rows.map((r) => ({
      claimId: r.claim_id,
      articleId: r.article_id,
      articleTitle: r.article_title,
      status: r.status,
      snippet: r.snippet,
    })),
  };
}

/** Articles whose title or text match, best bm25 first (title weighted higher). */
export async function searchArticles(db: DB, q: { match: string; limit: number }): Promise<ArticleHit[]> {
  const rows = await sql<{ article_id: number; title: string; publisher: string | null; snippet: string }>`
    select article.id as article_id, article.title, article.publisher,
      snippet(article_fts, 1, ${OPEN}, ${CLOSE}, '…', 24) as snippet
    from article_fts
    join article on article.id = article_fts.rowid
    where article_fts match ${q.match}
    order by bm25(article_fts, 5.0, 1.0), article.id
    limit ${q.limit}`.execute(db);
  return rows.rows.map((r) => ({ articleId: r.article_id, title: r.title, publisher: r.publisher, snippet: r.snippet }));
}
