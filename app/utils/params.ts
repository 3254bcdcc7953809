import type { z } from 'zod';
import { ListQueryError, parseListQuery } from '../domain/lists/list-filters';

/** A positive integer id from a URL param, or a 404 (non-numeric ids are simply not found). */
export function idParam(value: string | undefined, what: string): number {
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) {
    throw new Response(`${what} "${value ?? ''}" does not exist.`, { status: 404 });
  }
  return Number(value);
}

export const PAGE_SIZE = 25;

/** Page number from ?page=, clamped to 1.. ; junk means page 1. */
export function pageParam(url: URL, name = 'page'): number {
  const n = Number(url.searchParams.get(name) ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/**
 * A list's validated query (app/domain/lists/list-filters.ts), or a thrown
 * 400 Response naming what is wrong: `?status=maybe` on `/queue` answers
 * "status must be one of unreviewed, …".
 */
export function listQuery<S extends z.ZodTypeAny>(url: URL, schema: S): z.output<S> {
  try {
    return parseListQuery(schema, url.searchParams);
  } catch (e) {
    if (!(e instanceof ListQueryError)) throw e;
    throw new Response(e.message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
