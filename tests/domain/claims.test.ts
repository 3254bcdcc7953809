import { describe, expect, it } from 'vitest';
import { makeAnchor } from '../../app/domain/claims/anchor';
import { parseStatus, statusForKey, FINAL_STATUSES } from '../../app/domain/claims/status';
import { claimsFromExtraction } from '../../app/domain/claims/claims-from-extraction';
import { toFtsQuery } from '../../app/domain/search/fts-query';
import type { ExtractionResult } from '../../app/domain/extraction/types';

describe('claim status', () => {
  it('accepts only the six statuses', () => {
    expect(parseStatus('verified')).toBe('verified');
    expect(parseStatus('Verified')).toBeNull();
    expect(parseStatus('mostly-true')).toBeNull();
    expect(parseStatus(3)).toBeNull();
  });
  it('binds digits 1-6 to statuses in workflow order', () => {
    expect(['1', '2', '3', '4', '5', '6'].map(statusForKey)).toEqual([
      'unreviewed', 'in_progress', 'verified', 'false', 'misleading', 'unverifiable',
    ]);
    expect(statusForKey('7')).toBeNull();
  });
  it('counts verified, false, misleading and unverifiable as final', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['false', 'misleading', 'unverifiable', 'verified']);
  });
});

describe('makeAnchor', () => {
  it('keeps the quote with up to 32 characters of context each side', () => {
    const body = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    const a = makeAnchor(body, 40, 45);
    expect(a.quote).toBe('QUOTE');
    expect(a.prefix).toBe('a'.repeat(32));
    expect(a.suffix).toBe('b'.repeat(32));
  });
});

describe('claimsFromExtraction', () => {
  const sentence = (start: number, end: number, checkworthy: boolean) => ({
    start, end, text: '', checkworthiness: checkworthy ? 0.9 : 0.1, checkworthy, reasons: [], attribution: null, language: 'en',
  });
  it('keeps check-worthy sentences and any sentence with a figure', () => {
    const result: ExtractionResult = {
      title: null, credit: null, dateline: null, language: 'en', notices: [], body: 'A. B. C.',
      sentences: [sentence(0, 2, true), sentence(3, 5, false), sentence(6, 8, false)],
      figures: [{ start: 3, end: 4, text: 'B', sentence: 1, low: 1, high: 1, qualifier: 'exact', counted: null, event: null, unit: 'count', currency: null, rule: '' }],
      groups: [],
    };
    const drafts = claimsFromExtraction(result);
    expect(drafts.map((d) => d.anchor.quote)).toEqual(['A.', 'B.']);
    expect(drafts[1].figures).toHaveLength(1);
  });
});

describe('toFtsQuery', () => {
  it('quotes every word so FTS syntax in the input is harmless', () => {
    expect(toFtsQuery('displaced 948,000')).toBe('"displaced" "948000"');
    expect(toFtsQuery('"x" AND (y) -z')).toBe('"x" "and" "y" "z"');
    expect(toFtsQuery('displ*')).toBe('"displ"*');
    expect(toFtsQuery('  !! ')).toBeNull();
  });
});
