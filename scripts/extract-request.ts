import type { ExtractRequest } from '../app/domain/extraction/types';

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export type ParsedLine = { id: unknown; request: ExtractRequest } | { id: unknown; error: string };

// A line that is not valid JSON may still show its id; answering with it lets
// the caller match the error to the request it sent.
const ID_IN_BROKEN_LINE = /"id"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,20})/;

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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'each line must be a JSON object' };
  }
  const obj = value as Record<string, unknown>;
  const id = obj.id ?? null;
  if (obj.text === undefined) return { id, error: 'missing "text" (a string)' };
  if (typeof obj.text !== 'string') return { id, error: `"text" must be a string, not ${typeName(obj.text)}` };
  if (obj.format !== undefined && obj.format !== 'text' && obj.format !== 'html') {
    return { id, error: `"format" must be "text" or "html", not ${JSON.stringify(obj.format)}` };
  }
  if (obj.clean !== undefined && typeof obj.clean !== 'boolean') return { id, error: '"clean" must be true or false' };
  const bytes = Buffer.byteLength(obj.text);
  if (bytes > MAX_TEXT_BYTES) {
    return { id, error: `"text" is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_TEXT_BYTES / 1024 / 1024} MB limit` };
  }
  if (obj.text.includes('\u0000')) return { id, error: '"text" contains binary data (NUL bytes)' };
  return { id, request: { text: obj.text, format: (obj.format as 'text' | 'html') ?? 'text', clean: obj.clean ?? true } };
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

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}
