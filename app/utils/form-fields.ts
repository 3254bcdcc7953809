/**
 * The building blocks of every form schema (one zod schema per form, parsed
 * with Conform: parseWithZod on the server, useForm in the browser). Conform
 * reads an empty field as missing, so optional fields are `.optional()`.
 */
import { z } from 'zod';
import { parseAmount } from '../domain/measures/amount-input';
import { hasVisibleText } from '../domain/visible-text';

/** The message of a field that is too long; the form layer never echoes such a value back. */
export const tooLong = (max: number) => `At most ${max.toLocaleString('en')} characters`;

/** A trimmed text field of at most `max` characters that must show something (not only spaces or zero-width characters). */
export function requiredText(max: number, missing: string) {
  return z
    .string({ required_error: missing })
    .max(max, tooLong(max))
    .transform((s) => s.trim())
    .refine(hasVisibleText, missing);
}

/** An optional trimmed text field of at most `max` characters; empty or invisible text reads as null. */
export function optionalText(max: number) {
  return z
    .string()
    .max(max, tooLong(max))
    .optional()
    .transform((s) => (s !== undefined && hasVisibleText(s) ? s.trim() : null));
}

/** An optional calendar date (YYYY-MM-DD that exists: 2020-02-31 is refused), null when empty. */
export function optionalDate(message = 'Use a real date like 2020-02-27') {
  return z
    .string()
    .max(10, message)
    .date(message)
    .optional()
    .transform((s) => s ?? null);
}

/** The version of the record the form was rendered from (optimistic locking); missing or junk is a broken form. */
export const versionField = z.coerce
  .number({ required_error: 'The form was sent without the version you saw; reload the page and try again', invalid_type_error: 'The form was sent with a broken version number; reload the page' })
  .int('The form was sent with a broken version number; reload the page')
  .positive('The form was sent with a broken version number; reload the page')
  .max(Number.MAX_SAFE_INTEGER, 'The form was sent with a broken version number; reload the page');

/** A record id posted by a form (a hidden field); `what` names it in the message. */
export function idField(what: string) {
  const message = `The form lost which ${what}; reload the page and try again`;
  return z.coerce.number({ required_error: message, invalid_type_error: message }).int(message).positive(message).max(Number.MAX_SAFE_INTEGER, message);
}

/**
 * An optional amount as people type it ("948,000"; thousands separators and
 * spaces allowed, "1e6" refused), null when empty.
 */
export function optionalAmount(example: string) {
  return z
    .string()
    .max(30, `A plain number, e.g. ${example}`)
    .optional()
    .transform((s, ctx) => {
      const n = parseAmount(s ?? '');
      if (n !== 'invalid') return n;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `A plain number, e.g. ${example}` });
      return z.NEVER;
    });
}

/** True for an absolute http:// or https:// address. */
function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A required http(s) address of at most `max` characters, trimmed ("javascript:…" and "not a url" get `message`). */
export function requiredUrl(max: number, message: string) {
  return z
    .string({ required_error: message })
    .max(max, tooLong(max))
    .transform((s) => s.trim())
    .refine(isHttpUrl, message);
}

/** An optional http(s) address of at most `max` characters, trimmed; empty reads as null. */
export function optionalUrl(max: number, message: string) {
  return z
    .string()
    .max(max, tooLong(max))
    .optional()
    .transform((s) => s?.trim() || null)
    .refine((s) => s === null || isHttpUrl(s), message);
}
