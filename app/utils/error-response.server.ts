/**
 * The one mapping from errors to HTTP answers. Services throw named errors
 * (app/services/errors.ts) that carry no status; loaders and actions pass
 * what they catch to errorToResponse, and everything else (a bug) goes on to
 * be a 500.
 *
 *   NotFoundError  → 404
 *   RuleError      → 422, with the field it belongs to
 *   ImportInputError → 400, 413 (too large) or 415 (unsupported type)
 *   ExportFilterError → 400; ClaimReviewRefusedError → 422
 *   ExtractionBusyError, DatabaseBusyError → 503 with Retry-After
 *   StaleEditError → 409, with what the other person saved when the page asks
 *   LoginError → 401; LoginLockedError → 429 with Retry-After (seconds left)
 *
 * Field errors from parsing a form are not errors here: the form layer
 * (app/utils/form.server.ts) answers them 400 with the submission.
 */
import { data } from '@remix-run/node';
import { ImportInputError } from '../domain/articles/import-input';
import { ClaimReviewRefusedError } from '../domain/export/claimreview-preflight';
import { ExportFilterError } from '../domain/export/export-filters';
import { NotFoundError, RuleError, StaleEditError } from '../services/errors';
import { ExtractionBusyError } from '../services/extraction-pool.server';
import { LoginError, LoginLockedError } from '../services/auth.server';
import { DatabaseBusyError } from '../../db/connection';

const IMPORT_STATUS = { invalid: 400, 'too-large': 413, unsupported: 415 } as const;

/** The status each named error answers; null for anything else (a bug). */
export function statusOfError(e: unknown): 400 | 401 | 404 | 409 | 413 | 415 | 422 | 429 | 503 | null {
  if (e instanceof LoginError) return 401;
  if (e instanceof LoginLockedError) return 429;
  if (e instanceof NotFoundError) return 404;
  if (e instanceof StaleEditError) return 409;
  if (e instanceof RuleError) return 422;
  if (e instanceof ImportInputError) return IMPORT_STATUS[e.kind];
  if (e instanceof ExportFilterError) return 400;
  if (e instanceof ClaimReviewRefusedError) return 422;
  if (e instanceof ExtractionBusyError) return 503;
  if (e instanceof DatabaseBusyError) return 503;
  return null;
}

/**
 * Throws a plain-text Response (400 unless `init` says otherwise) when the
 * condition does not hold, as Epic Stack's invariantResponse does.
 *
 * @example invariantResponse(figureId > 0, 'The figure id must be a whole number.')
 */
export function invariantResponse(condition: unknown, message: string, init: ResponseInit = {}): asserts condition {
  if (condition) return;
  throw new Response(message, {
    status: 400,
    ...init,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** What an action answers for a refused request: the page's own fields plus the message (and its field). */
export type ErrorBody<B> = B & { error: string; field?: string };

interface ErrorOptions<B> {
  /** For a stale edit: what to add to the body from what the other person saved (a side-by-side view). */
  stale?: (current: unknown) => Partial<B> & { error?: string };
  headers?: HeadersInit;
}

/**
 * Maps a caught error to the route's answer, or rethrows it when it is not a
 * service error. Without `body` (loaders: `throw errorToResponse(e)`) the
 * answer is the message as text for the error page; with `body` (actions:
 * `return errorToResponse(e, { intent, values })`) it is the body with
 * `error` (and `field`) added, for the page to show beside its form.
 */
export function errorToResponse(e: unknown): ReturnType<typeof data<string>>;
export function errorToResponse<B extends object>(e: unknown, body: B, options?: ErrorOptions<B>): ReturnType<typeof data<ErrorBody<B>>>;
export function errorToResponse<B extends object>(e: unknown, body?: B, options: ErrorOptions<B> = {}) {
  const status = statusOfError(e);
  if (status === null) throw e;
  const error = e as Error;
  const message = error.message;
  const headers = new Headers(options.headers);
  // Busy is temporary: say when to come back.
  if (status === 503) headers.set('Retry-After', '60');
  if (e instanceof LoginLockedError) headers.set('Retry-After', String(Math.max(1, Math.ceil((e.until.getTime() - Date.now()) / 1000))));
  const init = { status, headers };
  if (body === undefined) return data(message, init);
  const named = (e as { field?: unknown }).field;
  const field = typeof named === 'string' && named ? { field: named } : {};
  const extra = e instanceof StaleEditError && options.stale ? options.stale(e.current) : {};
  return data({ ...body, error: message, ...field, ...extra }, init);
}
