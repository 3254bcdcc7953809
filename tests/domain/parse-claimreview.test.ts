import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArchiveFormatError, parseClaimReviews, scaleRating } from '../../app/domain/archive/parse-claimreview';
import { parseCsv } from '../../app/domain/archive/parse-csv';

const fixture = (name: string) => readFileSync(`tests/fixtures/claimreview/${name}`, 'utf8');

describe('parseClaimReviews', () => {
  it('reads the ClaimReview from a page’s JSON-LD and ignores the site’s other JSON-LD', () => {
    const { items, problems } = parseClaimReviews(fixture('page.html'), 'page.html');
    expect(problems).toEqual([]);
    expect(items).toEqual([{
      url: 'https://harbour-checks.example/2026/lighthouse-sale',
      claim: 'The council sold the old lighthouse to a private buyer for one pound.',
      title: 'No, the lighthouse was not sold for £1',
      claimant: 'A local blog',
      rating: 'False',
      ratingValue: 1,
      publisher: 'Harbour Checks',
      reviewedAt: '2026-03-14',
    }]);
  });
  it('reads a DataFeed, reports items without a usable URL and keeps the rest', () => {
    const { items, problems } = parseClaimReviews(fixture('feed.json'), 'feed.json');
    expect(items.map((i) => i.url)).toEqual(['https://checkers.example/r/ferry-fares', 'https://checkers.example/r/school-meals']);
    expect(items[0]).toMatchObject({ rating: 'Exaggerated', ratingValue: 2, publisher: 'Checkers United', reviewedAt: '2025-11-02' });
    expect(items[1]).toMatchObject({ rating: 'Misleading', ratingValue: null, reviewedAt: '2025-05-03' });
    expect(problems).toHaveLength(2);
    expect(problems[0].reason).toBe('no url');
    expect(problems[1].reason).toMatch(/not http/);
  });
  it('reads a Fact Check Tools claims list, taking the claim text from the claim', () => {
    const json = JSON.stringify({ claims: [{ text: 'Tap water in the valley is radioactive.', claimant: 'A video', claimReview: [
      { publisher: { name: 'Valley Facts', site: 'valleyfacts.example' }, url: 'https://valleyfacts.example/tap', title: 'Tap water is safe', reviewDate: '2024-01-09T00:00:00Z', textualRating: 'False' },
    ] }] });
    const { items } = parseClaimReviews(json, 'claims.json');
    expect(items[0]).toMatchObject({ claim: 'Tap water in the valley is radioactive.', claimant: 'A video', publisher: 'Valley Facts', rating: 'False', reviewedAt: '2024-01-09' });
  });
  it('reads CSV with quotes and CRLF, and reports rows without a claim or with a bad link by line', () => {
    const { items, problems } = parseClaimReviews(fixture('archive.csv'), 'archive.csv');
    expect(items).toHaveLength(1);
    expect(items[0].claim).toBe('The mayor said the bridge will open in June, "no matter what"');
    expect(items[0]).toMatchObject({ rating: 'Half true', publisher: 'Desk Example', reviewedAt: '2024-06-01' });
    expect(problems).toEqual([{ where: 'line 3', reason: 'no claim' }, { where: 'line 4', reason: 'url is not http(s): ftp://desk.example/c/3' }]);
  });
  it('refuses files that are none of the shapes with a clear reason', () => {
    expect(() => parseClaimReviews('just some words', 'notes.txt')).toThrow(ArchiveFormatError);
    expect(() => parseClaimReviews('{"broken": ', 'x.json')).toThrow(/not valid JSON/);
    expect(() => parseClaimReviews('title,body\nA,B', 'x.csv')).toThrow(/needs a "claim" column/);
    expect(() => parseClaimReviews('<html><body>no data</body></html>', 'x.html')).toThrow(/no JSON-LD/);
  });
});

describe('scaleRating and parseCsv', () => {
  it('maps ratings onto 1…5 and refuses values outside their scale', () => {
    expect(scaleRating(5, 1, 5)).toBe(5);
    expect(scaleRating(0, 0, 10)).toBe(1);
    expect(scaleRating(11, 0, 10)).toBeNull();
    expect(scaleRating('n/a', 1, 5)).toBeNull();
  });
  it('keeps a quoted line break inside one field', () => {
    expect(parseCsv('a,b\n"one\ntwo",3\n')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['one\ntwo', '3'] }]);
  });
});
