import type { DB } from '../../db/connection';
import type { ClaimStatus } from '../domain/claims/status';
import { toFtsQuery } from '../domain/search/fts-query';
import { markedWords, snippetOf } from '../domain/search/snippet';
import { searchArticles, searchClaims } from '../models/search.server';

export interface ClaimHit {
  claimId: number;
  articleId: number;
  articleTitle: string;
  status: ClaimStatus;
  /** The claim's own wording around its matches, each between \u0002 and \u0003 (rendered as <mark>, never as HTML). */
  snippet: string;
}

export interface ArticleHit {
  articleId: number;
  title: string;
  publisher: string | null;
  /** The article's text as written around its matches, marked as ClaimHit.snippet. */
  snippet: string;
}

/** Matching claims are counted up to this many (the page says "500+"), or one past the page asked for when that is deeper. */
export const SEARCH_COUNT_CAP = 500;

/**
 * Keyword search over claims (`pageSize` a page, `page` from 1, with the
 * total) and article text (the top 5, on page 1 only). The query and the
 * index meet in the normalised spelling (ADR 024: "948000" finds
 * "948,000", an Arabic word is found with or without diacritics, in either
 * digit set); snippets show the original text, marked where the engine
 * matched. Nothing to search for (only punctuation): no results. The
 * total is counted up to SEARCH_COUNT_CAP (or one past the page asked for):
 * `totalCapped` says there may be more. Throws only what the database throws.
 */
export async function search(
  db: DB,
  q: { text: string; status: ClaimStatus | null; page: number; pageSize: number },
): Promise<{ claims: ClaimHit[]; total: number; totalCapped: boolean; articles: ArticleHit[] }> {
  const match = toFtsQuery(q.text);
  if (!match) return { claims: [], total: 0, totalCapped: false, articles: [] };
  const offset = (q.page - 1) * q.pageSize;
  const countUpTo = Math.max(SEARCH_COUNT_CAP, offset + q.pageSize + 1);
  const [claims, articles] = await Promise.all([
    searchClaims(db, { match, status: q.status, limit: q.pageSize, offset, countUpTo }),
    q.page === 1 ? searchArticles(db, { match, limit: 5 }) : Promise.resolve([]),
  ]);
  return {
    total: claims.total,
    totalCapped: claims.total >= countUpTo,
    claims: claims.hits.map((c) => ({
      claimId: c.claimId,
      articleId: c.articleId,
      articleTitle: c.articleTitle,
      status: c.status,
      snippet: snippetOf(c.text, markedWords(c.marked)),
    })),
    articles: articles.map((a) => ({
      articleId: a.articleId,
      title: a.title,
      publisher: a.publisher,
      snippet: snippetOf(a.body, markedWords(a.marked)),
    })),
  };
}
