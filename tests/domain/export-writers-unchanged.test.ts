import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, scriptSafeJson } from '../../app/domain/export/escape';
import { csvField, guardFormula } from '../../app/domain/export/export-csv';
import { nested } from '../../app/domain/export/export-json';

// The writers were rewritten for speed (ADR 036); these are the earlier forms, kept as oracles.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const oldHtml = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
const oldMarkdown = (v: unknown) =>
  String(v ?? '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/~~/g, '\\~\\~')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2')
    .replace(/^([+\-=#])(?=\s|#)/, '\\$1');
const oldGuard = (value: string) => {
  if (/^[\t\r]/.test(value)) return `'${value}`;
  const visible = value.replace(/^[\p{Cf}\p{Z}\s]+/u, '').slice(0, 1).normalize('NFKC');
  return /^[=+\-@]/.test(visible) ? `'${value}` : value;
};

// Text rich in what the writers treat specially: markup, entities, quotes, line breaks, formula starts, wide and invisible forms.
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'&<>"\'\\`*_[]|~#+-=@., ;:()0123456789\r\n\t \u00a0\u200b\ufeff\uff1d\uff0b\uff0d\uff20aé'.split('')),
    fc.string({ maxLength: 1, unit: 'grapheme' }),
  ),
  maxLength: 30,
});

describe('export writers give the same text as before they were made faster', () => {
  it('escapeHtml, escapeMarkdown and scriptSafeJson', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.constant(null), fc.integer()), (s) => {
        expect(escapeHtml(s)).toBe(oldHtml(s));
        expect(escapeMarkdown(s)).toBe(oldMarkdown(s));
        expect(scriptSafeJson({ s }, 2)).toBe(JSON.stringify({ s }, null, 2).replace(/</g, '\\u003c'));
      }),
      { numRuns: 3000 },
    );
  });

  it('guardFormula', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(guardFormula(s)).toBe(oldGuard(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('CSV records as csv-stringify wrote them (CRLF, quoted_match line breaks)', () => {
    const cell = fc.oneof(tricky, fc.constant(null), fc.integer(), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        const mine = cells.map((c) => csvField(c)).join(',') + '\r\n';
        expect(mine).toBe(stringify([cells], { record_delimiter: 'windows', quoted_match: /[\r\n]/ }));
      }),
      { numRuns: 3000 },
    );
  });

  it('nested JSON, as re-indented text was', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        expect(nested(value, depth)).toBe(JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`));
      }),
      { numRuns: 2000 },
    );
  });
});
