import { sql, type RawBuilder } from 'kysely';
import { isPostgres, type DB } from '../../db/connection';
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

/**
 * The PostgreSQL tsquery for an FTS5 expression as toFtsQuery makes it
 * (every word quoted, all required, `"word"*` a prefix): the whole words
 * through websearch_to_tsquery (each quoted, so "or" is a word, not an
 * operator), each prefix through to_tsquery with `:*`. Words are letters
 * and digits only, so nothing in them is tsquery syntax.
 */
export function toTsquery(match: string): RawBuilder<unknown> {
  const words: string[] = [];
  const prefixes: string[] = [];
  for (const m of match.matchAll(/"([^"]*)"(\*?)/g)) {
    const word = m[1].replace(/[^\p{L}\p{N}]/gu, '');
    if (word) (m[2] ? prefixes : words).push(word);
  }
  const parts = [
    ...(words.length ? [sql`websearch_to_tsquery('english', ${words.map((w) => `"${w}"`).join(' ')})`] : []),
    ...prefixes.map((p) => sql`to_tsquery('english', ${`'${p}':*`})`),
  ];
  return parts.length ? sql.join(parts, sql` && `) : sql`''::tsquery`;
}

/**
 * The condition "this table's row matches the FTS5 expression `match`":
 * the FTS5 index on SQLite (`claim_fts`, `article_fts`), the generated
 * `search` tsvector and its GIN index on PostgreSQL. `idColumn` is the
 * row's id as a qualified column (`claim.id`).
 */
export function matchesFts(db: DB, table: 'claim' | 'article', idColumn: string, match: string): RawBuilder<boolean> {
  if (isPostgres(db)) return sql<boolean>`${sql.ref(`${table}.search`)} @@ (${toTsquery(match)})`;
  return sql<boolean>`${sql.ref(idColumn)} in (select rowid from ${sql.table(`${table}_fts`)} where ${sql.table(`${table}_fts`)} match ${match})`;
}

// ts_headline options matching the FTS5 snippets: marks as above, about 24 words.
const HEADLINE = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=24, MinWords=12`;

/**
 * Claims matching an FTS5 expression, best bm25 first. The page is chosen
 * by FTS5's rank first; snippets and joins are made for its rows only, not
 * for every match of a common word.
 */
export async function searchClaims(
  db: DB,
  q: { match: string; status: ClaimStatus | null; limit: number; offset: number },
): Promise<{ hits: ClaimHit[]; total: number }> {
  const statusFilter = q.status ? sql`and claim.status = ${q.status}` : sql``;
  if (isPostgres(db)) return searchClaimsPostgres(db, q, statusFilter);
  const rows = await sql<{
    claimId: number;
    articleId: number;
    articleTitle: string;
    status: ClaimStatus;
    snippet: string;
  }>`
    with hit as (
      select claim_fts.rowid as id, claim_fts.rank as rank
      from claim_fts
      join claim on claim.id = claim_fts.rowid
      where claim_fts match ${q.match} and claim.dismissed_at is null ${statusFilter}
      order by claim_fts.rank, claim.id
      limit ${q.limit} offset ${q.offset})
    select claim.id as claim_id, claim.article_id, article.title as article_title, claim.status,
      snippet(claim_fts, 0, ${OPEN}, ${CLOSE}, '…', 24) as snippet
    from hit
    join claim_fts on claim_fts.rowid = hit.id
    join claim on claim.id = hit.id
    join article on article.id = claim.article_id
    where claim_fts match ${q.match}
    order by hit.rank, claim.id`.execute(db);
  // bm25() cannot share a query with a window function, so the total is counted apart.
  const count = await sql<{ total: number }>`
    select count(*) as total from claim_fts join claim on claim.id = claim_fts.rowid
    where claim_fts match ${q.match} and claim.dismissed_at is null ${statusFilter}`.execute(db);
  return {
    total: Number(count.rows[0]?.total ?? 0),
    hits: rows.rows.map((r) => ({
      claimId: r.claimId,
      articleId: r.articleId,
      articleTitle: r.articleTitle,
      status: r.status,
      snippet: r.snippet,
    })),
  };
}

/**
 * PostgreSQL: the page of matches is picked by ts_rank_cd first, and only
 * its rows get a headline (ts_headline re-parses the text, so never for
 * every match of a common word).
 */
async function searchClaimsPostgres(
  db: DB,
  q: { match: string; limit: number; offset: number },
  statusFilter: RawBuilder<unknown>,
): Promise<{ hits: ClaimHit[]; total: number }> {
  const tsq = toTsquery(q.match);
  const rows = await sql<{ claimId: number; articleId: number; articleTitle: string; status: ClaimStatus; snippet: string }>`
    with hit as (
      select claim.id, ts_rank_cd(claim.search, query) as rank
      from claim, (select ${tsq} as query) q
      where claim.search @@ query and claim.dismissed_at is null ${statusFilter}
      order by rank desc, claim.id
      limit ${q.limit} offset ${q.offset})
    select claim.id as claim_id, claim.article_id, article.title as article_title, claim.status,
      ts_headline('english', claim.text, ${tsq}, ${HEADLINE}) as snippet
    from hit
    join claim on claim.id = hit.id
    join article on article.id = claim.article_id
    order by hit.rank desc, claim.id`.execute(db);
  const count = await sql<{ total: number }>`
    select count(*) as total from claim
    where claim.search @@ (${tsq}) and claim.dismissed_at is null ${statusFilter}`.execute(db);
  return {
    total: Number(count.rows[0]?.total ?? 0),
    hits: rows.rows.map((r) => ({
      claimId: r.claimId,
      articleId: r.articleId,
      articleTitle: r.articleTitle,
      status: r.status,
      snippet: r.snippet,
    })),
  };
}

/** Articles whose title or text match, best bm25 first (title weighted higher). */
export async function searchArticles(db: DB, q: { match: string; limit: number }): Promise<ArticleHit[]> {
  if (isPostgres(db)) {
    const tsq = toTsquery(q.match);
    const rows = await sql<{ articleId: number; title: string; publisher: string | null; snippet: string }>`
      with hit as (
        select article.id, ts_rank_cd(article.search, query) as rank
        from article, (select ${tsq} as query) q
        where article.search @@ query
        order by rank desc, article.id
        limit ${q.limit})
      select article.id as article_id, article.title, article.publisher,
        ts_headline('english', article.body, ${tsq}, ${HEADLINE}) as snippet
      from hit join article on article.id = hit.id
      order by hit.rank desc, article.id`.execute(db);
    return rows.rows.map((r) => ({ articleId: r.articleId, title: r.title, publisher: r.publisher, snippet: r.snippet }));
  }
  const rows = await sql<{ articleId: number; title: string; publisher: string | null; snippet: string }>`
    select article.id as article_id, article.title, article.publisher,
      snippet(article_fts, 1, ${OPEN}, ${CLOSE}, '…', 24) as snippet
    from article_fts
    join article on article.id = article_fts.rowid
    where article_fts match ${q.match}
    order by bm25(article_fts, 5.0, 1.0), article.id
    limit ${q.limit}`.execute(db);
  return rows.rows.map((r) => ({ articleId: r.articleId, title: r.title, publisher: r.publisher, snippet: r.snippet }));
}
