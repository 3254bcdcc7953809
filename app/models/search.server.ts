import { sql, type RawBuilder } from 'kysely';
import { isPostgres, type DB } from '../../db/connection';
import type { ClaimStatus } from '../domain/claims/status';
import { MARK_CLOSE, MARK_OPEN } from '../domain/search/snippet';
import { headlineText, tsqueryLexemes } from '../domain/search/headline-text';

/** A claim on the page of matches, with its search text as the engine marked it (for the snippet). */
export interface ClaimMatch {
  claimId: number;
  articleId: number;
  articleTitle: string;
  status: ClaimStatus;
  /** The claim's wording as written. */
  text: string;
  /** `claim.search_text` with the words that matched between \u0002 and \u0003 (markedWords reads them). */
  marked: string;
}

/** An article among the top matches, with its text and search body as the engine marked it. */
export interface ArticleMatch {
  articleId: number;
  title: string;
  publisher: string | null;
  body: string;
  marked: string;
}

// Control characters as match markers: they cannot occur in stored text, so
// the UI can split on them and render marks without ever parsing HTML.
const OPEN = MARK_OPEN;
const CLOSE = MARK_CLOSE;

/**
 * The PostgreSQL tsquery for an FTS5 expression as toFtsQuery makes it
 * (every word quoted, all required, `"word"*` a prefix): the whole words
 * through websearch_to_tsquery (each quoted, so "or" is a word, not an
 * operator), each prefix through to_tsquery with `:*`. Words are letters,
 * marks and digits only, so nothing in them is tsquery syntax.
 */
export function toTsquery(match: string): RawBuilder<unknown> {
  const words: string[] = [];
  const prefixes: string[] = [];
  for (const m of match.matchAll(/"([^"]*)"(\*?)/g)) {
    const word = m[1].replace(/[^\p{L}\p{M}\p{N}]/gu, '');
    if (word) (m[2] ? prefixes : words).push(word);
  }
  const parts = [
    ...(words.length ? [sql`websearch_to_tsquery('claimdesk', ${words.map((w) => `"${w}"`).join(' ')})`] : []),
    ...prefixes.map((p) => sql`to_tsquery('claimdesk', ${`'${p}':*`})`),
  ];
  return parts.length ? sql.join(parts, sql` && `) : sql`''::tsquery`;
}

/**
 * The condition "this table's row matches the FTS5 expression `match`"
 * (made by toFtsQuery, so normalised as the search texts are): the FTS5
 * index on SQLite (`claim_fts`, `article_fts`; claim_fts holds live claims
 * only), the generated `search` tsvector and its GIN index on PostgreSQL.
 * `idColumn` is the row's id as a qualified column (`claim.id`).
 */
export function matchesFts(db: DB, table: 'claim' | 'article', idColumn: string, match: string): RawBuilder<boolean> {
  if (isPostgres(db)) return sql<boolean>`${sql.ref(`${table}.search`)} @@ (${toTsquery(match)})`;
  return sql<boolean>`${sql.ref(idColumn)} in (select rowid from ${sql.table(`${table}_fts`)} where ${sql.table(`${table}_fts`)} match ${match})`;
}

/**
 * How many matches are ranked at most: the newest RANKED (by id), or as
 * many as the page asked for needs. A common word ("said") matches most
 * claims of a large desk; ranking every one costs a bm25/ts_rank_cd each,
 * so its page is the best-ranked among its newest matches (ADR 024). Fewer
 * matches than that are ranked in full.
 */
export const RANKED = 1000;
const candidates = (q: { limit: number; offset: number }) => Math.max(RANKED, q.offset + q.limit);
/** The same for the top articles (a teaser of 5 above the claims): each ranked article costs its whole body's tsvector on PostgreSQL. */
export const ARTICLES_RANKED = 200;

// ts_headline marking every match in the search text (only the page's rows get one).
const HEADLINE = `HighlightAll=true, StartSel=${OPEN}, StopSel=${CLOSE}`;

/**
 * The capped total of matches (the count up to `countUpTo`) told by the
 * candidates alone: `matched` of them were found when at most `asked` were
 * taken (the newest matches). Fewer than asked means they are every match;
 * `asked` of them, at least `countUpTo` means the count is capped. Null
 * when the candidates do not tell (`asked` found, fewer than `countUpTo`
 * asked): the total must be counted apart.
 * @example totalFromCandidates(40, 1000, 500) === 40
 * @example totalFromCandidates(1000, 1000, 500) === 500
 * @example totalFromCandidates(1000, 1000, 1001) === null
 */
export function totalFromCandidates(matched: number, asked: number, countUpTo: number): number | null {
  if (matched < asked) return Math.min(matched, countUpTo);
  return asked >= countUpTo ? countUpTo : null;
}

/**
 * Claims matching an FTS5 expression (toFtsQuery), best first (bm25 on
 * SQLite, ts_rank_cd on PostgreSQL) among the newest RANKED matches,
 * dismissed ones left out; `limit` rows from `offset`, and how many match
 * in all. The page is picked from the index alone (FTS5 `rank`; a status
 * is a list of ids from claim_status); only its rows are joined to their article
 * and marked. The count stops at `countUpTo` (a total of `countUpTo`
 * means that many or more): a common word's matches are never all visited
 * to count them. It is read from the candidates the page was picked from
 * when they tell it (totalFromCandidates: fewer than were asked for, or
 * at least `countUpTo`); only otherwise (a page past the candidates, or no
 * row on the page) is it a query of its own, which needs no join on
 * SQLite (claim_fts holds live claims only).
 */
export async function searchClaims(
  db: DB,
  q: { match: string; status: ClaimStatus | null; limit: number; offset: number; countUpTo: number },
): Promise<{ hits: ClaimMatch[]; total: number }> {
  if (isPostgres(db)) return searchClaimsPostgres(db, q);
  const cap = candidates(q);
  // A status is a list of the claims with it (one range of claim_status,
  // covering) that each match is checked against, never a claim row read
  // per match (ADR 035: 123 -> 11 ms CPU at 10,000 articles). The `+` keeps
  // the list away from FTS5, which would otherwise look every listed id up
  // in the full-text index (seconds).
  const withStatus = q.status ? sql`and +claim_fts.rowid in (select id from claim where status = ${q.status})` : sql``;
  const candidate = sql`select claim_fts.rowid as id, claim_fts.rank as rank from claim_fts
    where claim_fts match ${q.match} ${withStatus} order by claim_fts.rowid desc limit ${cap}`;
  // The page's marks come from one pass over the matches from the page's
  // oldest id up (a rowid range FTS5 is given), keeping the page's rows: a
  // lookup per row by rowid would make FTS5 merge a prefix query's doclists
  // again for each (displ*: 54 -> 10 ms CPU at 10,000 articles, ADR 035).
  // CROSS JOIN keeps the page (hit) the outer loop.
  const rows = await sql<ClaimMatch & { matched: number }>`
    with cand as materialized (${candidate}),
    hit as materialized (select id, rank from cand order by rank, id limit ${q.limit} offset ${q.offset}),
    marks as materialized (select claim_fts.rowid as id, highlight(claim_fts, 0, ${OPEN}, ${CLOSE}) as marked from claim_fts
      where claim_fts match ${q.match} and claim_fts.rowid >= (select min(id) from hit) and +claim_fts.rowid in (select id from hit))
    select claim.id as claim_id, claim.article_id, article.title as article_title, claim.status, claim.text, marks.marked,
      (select count(*) from cand) as matched
    from hit cross join marks cross join claim cross join article
    where marks.id = hit.id and claim.id = hit.id and article.id = claim.article_id
    order by hit.rank, hit.id`.execute(db);
  const told = rows.rows.length ? totalFromCandidates(Number(rows.rows[0].matched), cap, q.countUpTo) : null;
  const total =
    told ??
    Number(
      (
        await sql<{ total: number }>`select count(*) as total from (select 1 from claim_fts
    where claim_fts match ${q.match} ${withStatus} limit ${q.countUpTo})`.execute(db)
      ).rows[0]?.total ?? 0,
    );
  return { total, hits: rows.rows.map(({ matched: _, ...hit }) => hit) };
}

/**
 * PostgreSQL: the page of matches is picked by ts_rank_cd first (the
 * newest matches, an index-only walk of claim_search_newest, ordered by -id
 * to match it, or through the GIN index as the planner judges; ADR 039),
 * and only its rows are joined and get a headline
 * (ts_headline re-parses the text, so never for every match of a common
 * word).
 */
async function searchClaimsPostgres(
  db: DB,
  q: { match: string; status: ClaimStatus | null; limit: number; offset: number; countUpTo: number },
): Promise<{ hits: ClaimMatch[]; total: number }> {
  const tsq = toTsquery(q.match);
  const statusFilter = q.status ? sql`and claim.status = ${q.status}` : sql``;
  const cap = candidates(q);
  // cand is read twice (ranked, counted), so PostgreSQL materialises it: one walk.
  const rows = await sql<ClaimMatch & { matched: string | number }>`
    with cand as (
      select claim.id, claim.search from claim
      where claim.search @@ (${tsq}) and claim.dismissed_at is null ${statusFilter}
      order by -claim.id limit ${cap}),
    hit as (
      select cand.id, ts_rank_cd(cand.search, query) as rank
      from cand, (select ${tsq} as query) q
      order by rank desc, cand.id
      limit ${q.limit} offset ${q.offset})
    select claim.id as claim_id, claim.article_id, article.title as article_title, claim.status, claim.text,
      ts_headline('claimdesk', claim.search_text, ${tsq}, ${HEADLINE}) as marked,
      (select count(*) from cand) as matched
    from hit
    join claim on claim.id = hit.id
    join article on article.id = claim.article_id
    order by hit.rank desc, claim.id`.execute(db);
  const told = rows.rows.length ? totalFromCandidates(Number(rows.rows[0].matched), cap, q.countUpTo) : null;
  const total =
    told ??
    Number(
      (
        await sql<{ total: number }>`
    select count(*) as total from (select 1 from claim
    where claim.search @@ (${tsq}) and claim.dismissed_at is null ${statusFilter} limit ${q.countUpTo}) m`.execute(db)
      ).rows[0]?.total ?? 0,
    );
  return { total, hits: rows.rows.map(({ matched: _, ...hit }) => hit) };
}

/**
 * Articles whose title or text match, best first (bm25 with the title
 * weighted 5:1 on SQLite, ts_rank_cd with the title weighted A on
 * PostgreSQL) among the newest ARTICLES_RANKED matches; the top `limit` are picked
 * before any is marked (on SQLite in one pass over the matches from the
 * oldest picked up, as for claims).
 */
export async function searchArticles(db: DB, q: { match: string; limit: number }): Promise<ArticleMatch[]> {
  if (isPostgres(db)) {
    const tsq = toTsquery(q.match);
    const rows = await sql<Omit<ArticleMatch, 'marked'> & { searchBody: string; query: string }>`
      with cand as (
        select article.id, article.search from article where article.search @@ (${tsq})
        order by article.id desc limit ${ARTICLES_RANKED}),
      hit as (
        select cand.id, ts_rank_cd(cand.search, query) as rank
        from cand, (select ${tsq} as query) q
        order by rank desc, cand.id
        limit ${q.limit})
      select article.id as article_id, article.title, article.publisher, article.body, article.search_body,
        (${tsq})::text as query
      from hit join article on article.id = hit.id
      order by hit.rank desc, article.id`.execute(db);
    if (rows.rows.length === 0) return [];
    // ts_headline over the pieces of each body that can hold a match (headlineText), not the
    // whole body: the same words marked, a fraction of the words parsed and stemmed (ADR 037).
    const lexemes = tsqueryLexemes(rows.rows[0].query);
    const texts = rows.rows.map((r) => headlineText(r.searchBody, lexemes));
    const marks = await sql<{ marked: string }>`
      select ts_headline('claimdesk', t, ${tsq}, ${HEADLINE}) as marked
      from unnest(${texts}::text[]) with ordinality as u(t, n) order by n`.execute(db);
    return rows.rows.map(({ searchBody: _, query: __, ...a }, i) => ({ ...a, marked: marks.rows[i].marked }));
  }
  const rows = await sql<ArticleMatch>`
    with cand as materialized (
      select rowid as id, bm25(article_fts, 5.0, 1.0) as score from article_fts
      where article_fts match ${q.match} order by rowid desc limit ${ARTICLES_RANKED}),
    hit as materialized (select id, score from cand order by score, id limit ${q.limit}),
    marks as materialized (select article_fts.rowid as id, highlight(article_fts, 1, ${OPEN}, ${CLOSE}) as marked from article_fts
      where article_fts match ${q.match} and article_fts.rowid >= (select min(id) from hit) and +article_fts.rowid in (select id from hit))
    select article.id as article_id, article.title, article.publisher, article.body, marks.marked
    from hit cross join marks cross join article
    where marks.id = hit.id and article.id = hit.id
    order by hit.score, hit.id`.execute(db);
  return rows.rows;
}
