import { describe, expect, it } from 'vitest';
import {
  assertTextual, fallbackTitle, formatOfFile, ImportInputError,
} from '../../app/domain/articles/import-input';

describe('import input', () => {
  it('reads the format from the file extension and refuses others as unsupported', () => {
    expect(formatOfFile('a.TXT')).toBe('text');
    expect(formatOfFile('notes.md')).toBe('text');
    expect(formatOfFile('page.htm')).toBe('html');
    expect(() => formatOfFile('scan.pdf')).toThrow(ImportInputError);
    try { formatOfFile('x.docx'); } catch (e) { expect((e as ImportInputError).kind).toBe('unsupported'); }
  });
  it('refuses binary text', () => {
    expect(() => assertTextual('PNG\u0000\u0001', 'x.txt')).toThrow(/binary/);
    expect(() => assertTextual('Plain words,\n\ttabbed.', 'x.txt')).not.toThrow();
  });
  it('falls back to the first short line, then the file name', () => {
    expect(fallbackTitle('\n\nFloods in Kerala\n\nBody…', null)).toBe('Floods in Kerala');
    expect(fallbackTitle('x'.repeat(300), 'kerala.txt')).toBe('kerala');
  });
});

describe('decodeText', () => {
  it('reads UTF-8 (with or without BOM) and falls back to Windows-1252, refusing binary', async () => {
    const { decodeText } = await import('../../app/domain/articles/decode-text');
    expect(decodeText(new TextEncoder().encode('Café – 948,000'), 'a.txt')).toBe('Café – 948,000');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.txt')).toBe('A');
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]), 'a.txt')).toBe('café “q”');
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), 'a.docx')).toThrow(/binary/);
  });
});
