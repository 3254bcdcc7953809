import { z } from 'zod';
import type { ExtractRequest } from '../app/domain/extraction/types';

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export type ParsedLine = { id: unknown; request: ExtractRequest } | { id: unknown; error: string };

// A line that is not valid JSON may still show its id; answering with it lets
// the caller match the error to the request it sent.
const ID_IN_BROKEN_LINE = /"id"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,20})/;

/** `a string`, `an array`, `null`: what a value is, for the messages. */
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

/** One request line once read as JSON: an object with "text", and optionally "id", "format" and "clean". */
const ExtractLine = z.object(
  {
    id: z.unknown(),
    text: z
      .string({
        errorMap: (issue, ctx) => ({
          message: issue.code !== 'invalid_type' ? ctx.defaultError : ctx.data === undefined ? 'missing "text" (a string)' : `"text" must be a string, not ${typeName(ctx.data)}`,
        }),
      })
      .superRefine((text, ctx) => {
        const bytes = Buffer.byteLength(text);
        if (bytes > MAX_TEXT_BYTES) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"text" is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_TEXT_BYTES / 1024 / 1024} MB limit` });
        } else if (text.includes('\u0000')) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: '"text" contains binary data (NUL bytes)' });
        }
      }),
    format: z.enum(['text', 'html'], { errorMap: (_issue, ctx) => ({ message: `"format" must be "text" or "html", not ${JSON.stringify(ctx.data)}` }) }).default('text'),
    clean: z.boolean({ invalid_type_error: '"clean" must be true or false' }).default(true),
  },
  { invalid_type_error: 'each line must be a JSON object' },
);

/**
 * Validates one JSON Lines request; every problem becomes a clear error for that line.
 *
 * @example parseExtractLine('{"id":"a","text":"Nine died."}') // → {id:'a', request:{text:'Nine died.', format:'text', clean:true}}
 */
export function parseExtractLine(line: string): ParsedLine {
  if (!line.trim()) return { id: null, error: 'empty line: expected a JSON object with "text"' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { id: salvageId(line), error: `invalid JSON on this line (${(e as Error).message})` };
  }
  if (Array.isArray(value)) return { id: null, error: 'each line must be a JSON object' };
  const parsed = ExtractLine.safeParse(value);
  const id = value !== null && typeof value === 'object' ? ((value as { id?: unknown }).id ?? null) : null;
  if (!parsed.success) return { id, error: parsed.error.issues[0].message };
  const { text, format, clean } = parsed.data;
  return { id, request: { text, format, clean } };
}

function salvageId(line: string): unknown {
  const m = ID_IN_BROKEN_LINE.exec(line.slice(0, 10_000));
  if (!m) return null;
  try {
    return JSON.parse(m[1]);
  } catch {
    return null;
  }
}
