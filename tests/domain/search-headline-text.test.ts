import { describe, expect, it } from 'vitest';
import { headlineText, tsqueryLexemes } from '../../app/domain/search/headline-text';

describe('headlineText: the pieces of a search text ts_headline needs (ADR 037)', () => {
  it('reads the lexemes of a printed tsquery', () => {
    expect(tsqueryLexemes("'displac' & 'peopl':*")).toEqual(['displac', 'peopl']);
    expect(tsqueryLexemes("'o''neil'")).toEqual(["o'neil"]);
    expect(tsqueryLexemes('')).toEqual([]);
  });

  it('keeps, in order, each piece holding the first letter of a lexeme', () => {
    const text = 'the ferry left harbour-side at dawn, carrying 312 passengers to the island';
    expect(headlineText(text, ['dawn'])).toBe('harbour-side dawn, island');
    expect(headlineText(text, ['ferri', '312'])).toBe('ferry left 312');
    expect(headlineText('one two\n\tthree  four', ['t'])).toBe('two three');
  });

  it('gives a text with a tag whole, and nothing for no lexeme', () => {
    const tagged = 'a <span class="x y"> tag and more';
    expect(headlineText(tagged, ['z'])).toBe(tagged);
    expect(headlineText('some words here', [])).toBe('');
  });
});
