import type { ExtractRequest } from '../app/domain/extraction/types';

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export type ParsedLine = { id: unknown; request: ExtractRequest } | { id: unknown; error: string };

/** Validates one JSON Lines request; every problem becomes a clear error for that line. */
export function parseExtractLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'invalid JSON on this line' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'each line must be a JSON object' };
  }
  const obj = value as Record<string, unknown>;
  const id = obj.id ?? null;
  if (typeof obj.text !== 'string') return { id, error: 'missing "text" (a string)' };
  if (obj.format !== undefined && obj.format !== 'text' && obj.format !== 'html') {
    return { id, error: '"format" must be "text" or "html"' };
  }
  if (obj.clean !== undefined && typeof obj.clean !== 'boolean') return { id, error: '"clean" must be true or false' };
  if (Buffer.byteLength(obj.text) > MAX_TEXT_BYTES) {
    return { id, error: `"text" is over the ${MAX_TEXT_BYTES / 1024 / 1024} MB limit` };
  }
  if (obj.text.includes('\u0000')) return { id, error: '"text" contains binary data (NUL bytes)' };
  return { id, request: { text: obj.text, format: (obj.format as 'text' | 'html') ?? 'text', clean: obj.clean ?? true } };
}
