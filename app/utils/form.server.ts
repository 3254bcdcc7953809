/**
 * The server half of the form layer: read a posted form whatever was sent,
 * parse it with the form's zod schema through Conform, and answer a failed
 * parse 400 with the submission (field errors for the form to show).
 */
import { data } from '@remix-run/node';
import { parseWithZod } from '@conform-to/zod';
import type { Submission, SubmissionResult } from '@conform-to/react';
import type { z } from 'zod';
import { tooLong } from './form-fields';

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * The posted form. Throws a 415 Response for a body that is not a form (JSON,
 * text/plain, no content type) and a 400 for one that cannot be read (broken
 * multipart, a bad encoding), so no such request reaches a service.
 */
export async function readForm(request: Request): Promise<FormData> {
  assertFormBody(request);
  try {
    return await request.formData();
  } catch {
    throw new Response('The form could not be read; reload the page and try again.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
}

/** Throws a 415 Response unless the request says it carries a form. */
export function assertFormBody(request: Request): void {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (!FORM_TYPES.has(type)) {
    throw new Response('Send this as a form (application/x-www-form-urlencoded or multipart/form-data).', {
      status: 415,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
}

/** The posted strings, to put back into the form after a refusal (values over `max` characters left out). */
export function postedValues(form: FormData, max = 10_000): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && v.length <= max) out[k] = v;
  return out;
}

/** Reads the posted form and parses it with `schema` (Conform's parseWithZod). */
export async function parseForm<S extends z.ZodTypeAny>(request: Request, schema: S): Promise<{ form: FormData; submission: Submission<z.output<S>> }> {
  const form = await readForm(request);
  return { form, submission: parseWithZod(form, { schema }) as Submission<z.output<S>> };
}

/** What a reply adds or leaves out: messages for the whole form or a field, and fields never sent back (a password). */
export interface ReplyOptions {
  formErrors?: string[];
  fieldErrors?: Record<string, string[]>;
  hideFields?: string[];
}

/**
 * The submission to send back: its values and errors, without any field whose
 * value was too long (a 5 MB "label" is refused, not echoed back) nor those
 * named in `hideFields`.
 */
export function replyOf(submission: Submission<unknown>, options: ReplyOptions = {}): SubmissionResult {
  const errors = submission.status === 'error' ? (submission.error ?? {}) : {};
  const tooLongFields = Object.entries(errors)
    .filter(([, messages]) => messages?.some((m) => /^At most [\d,]+ characters$/.test(m)))
    .map(([name]) => name);
  return submission.reply({ ...options, hideFields: [...tooLongFields, ...(options.hideFields ?? [])] });
}

/** The first message of each field, for pages that show one line per field. */
export function fieldErrorsOf(submission: Submission<unknown>): Record<string, string> {
  if (submission.status !== 'error' || !submission.error) return {};
  return Object.fromEntries(
    Object.entries(submission.error)
      .filter(([, m]) => m?.length)
      .map(([k, m]) => [k, m![0]]),
  );
}

/**
 * A failed parse: 400 with the submission (Conform's reply, for useForm's
 * lastResult), each field's first message and `body` (the page's own keys).
 */
export function invalidForm<B extends object>(submission: Submission<unknown>, body: B, options: Pick<ReplyOptions, 'hideFields'> = {}) {
  const errors = fieldErrorsOf(submission);
  const first = Object.values(errors)[0] ?? 'Please fix the marked fields.';
  return data({ ...body, error: Object.keys(errors).length > 1 ? 'Please fix the marked fields.' : first, errors, result: replyOf(submission, options) }, { status: 400 });
}

export { tooLong };
