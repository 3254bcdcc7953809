import type { DB } from '../../db/connection';
import type { ClaimStatus } from '../domain/claims/status';
import { toFtsQuery } from '../domain/search/fts-query';
import { searchArticles, searchClaims } from '../models/search.server';

/** Keyword search over claims (paginated) and article text (top matches). */
export async function search(db: DB, q: { text: string; status: ClaimStatus | null; page: number; pageSize: number }) {
  const match = toFtsQuery(q.text);
  if (!match) return { claims: [], total: 0, articles: [] };
  const [claims, articles] = await Promise.all([
    searchClaims(db, { match, status: q.status, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
    q.page === 1 ? searchArticles(db, { match, limit: 5 }) : Promise.resolve([]),
  ]);
  return { claims: claims.hits, total: claims.total, articles };
}
