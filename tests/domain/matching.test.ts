import { describe, expect, it } from 'vitest';
import { porterStem } from '../../app/domain/matching/porter-stem';
import { cleanForMatching, toMatchText } from '../../app/domain/matching/match-text';
import { rankMatches, type RankCandidate } from '../../app/domain/matching/rank-matches';

describe('porterStem', () => {
  it('follows the published rules on the paper’s examples', () => {
    const pairs: Array<[string, string]> = [
      ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['agreed', 'agre'], ['plastered', 'plaster'],
      ['motoring', 'motor'], ['hopping', 'hop'], ['filing', 'file'], ['happy', 'happi'], ['relational', 'relat'],
      ['conditional', 'condit'], ['electricity', 'electr'], ['adjustment', 'adjust'], ['controlling', 'control'],
      ['generalizations', 'gener'], ['vaccines', 'vaccin'], ['vaccinated', 'vaccin'],
    ];
    for (const [word, stem] of pairs) expect(porterStem(word), word).toBe(stem);
  });
  it('leaves short words and words with digits alone', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('covid19')).toBe('covid19');
  });
});

describe('cleanForMatching', () => {
  it('splits hashtags and handles into words and drops opaque links', () => {
    const out = cleanForMatching('Flooding near #RiverDeeBridge via @CityCouncilNews https://t.co/AbC123 pic.twitter.com/zz9');
    expect(out).toMatch(/River Dee Bridge/);
    expect(out).toMatch(/City Council News/);
    expect(out).not.toMatch(/t\.co|AbC123|pic\.twitter/);
  });
  it('reads the words of a headline slug in a link', () => {
    expect(cleanForMatching('see https://example.org/checks/mayor-banned-bicycles-downtown/ now')).toMatch(/mayor banned bicycles downtown/);
  });
  it('joins digit groups and spells out percent', () => {
    expect(cleanForMatching('1,250,000 people, 40% of them')).toBe('1250000 people, 40 percent of them');
    expect(cleanForMatching('forty per cent')).toBe('forty percent');
  });
});

describe('toMatchText', () => {
  it('keeps content stems, numbers and names written with capitals inside a sentence', () => {
    const t = toMatchText('A photo shows the Governor of Ohio planting 3,000 trees in 2021.');
    expect(t.terms).toEqual(['photo', 'show', 'governor', 'ohio', 'plant', '3000', 'tree', '2021']);
    expect(t.numbers).toEqual(['3000', '2021']);
    expect(t.names).toEqual(['governor', 'ohio']);
  });
  it('finds the same stems in a tweet and in a claim written differently', () => {
    const tweet = toMatchText('Unbelievable!! #Ohio governor PLANTED trees... 3000 of them https://t.co/x');
    const claim = toMatchText('The governor of Ohio planted 3,000 trees.');
    expect(tweet.terms).toEqual(expect.arrayContaining(claim.terms));
  });
});

describe('rankMatches', () => {
  const stats = { docs: 1000, df: new Map([['bridg', 20], ['close', 30], ['2019', 50], ['2022', 40], ['leed', 5], ['york', 5]]) };
  const cand = (id: number, claim: string, lexical: number): RankCandidate => ({
    id, lexical, claim: toMatchText(claim), title: toMatchText(''),
  });
  it('puts the claim with the same place and year first when the index scores are close', () => {
    const query = toMatchText('The bridge in Leeds closed in 2022');
    const ranked = rankMatches(query, [
      cand(1, 'The bridge in York closed in 2019', 10.2),
      cand(2, 'The bridge in Leeds closed in 2022', 10),
    ], stats);
    expect(ranked.map((r) => r.id)).toEqual([2, 1]);
  });
  it('keeps a much stronger index match first', () => {
    const query = toMatchText('Leeds bridge closed');
    const ranked = rankMatches(query, [cand(1, 'Leeds bridge closed for repairs', 20), cand(2, 'Leeds', 2)], stats);
    expect(ranked[0].id).toBe(1);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });
  it('counts a compound written as one word in the post and as two in the claim as shared', () => {
    const query = toMatchText('Hotel guests found bedbugs in every room');
    const ranked = rankMatches(query, [
      cand(1, 'Hotel guests found mice in every room', 10),
      cand(2, 'Hotel guests found bed bugs in every room', 10),
    ], stats);
    expect(ranked[0].id).toBe(2);
    expect(ranked[0].evidence.queryCoverage).toBe(1);
  });
});

describe('related words (query expansion from generic word vectors)', () => {
  it('knows common near-synonyms as stems, with their similarity, and nothing for unknown stems', async () => {
    const { relatedStems } = await import('../../app/domain/matching/related-words');
    const fire = relatedStems('fire');
    expect(fire.map(([s]) => s)).toContain('blaze');
    for (const [, sim] of fire) expect(sim).toBeGreaterThanOrEqual(0.7);
    expect(relatedStems('qzxv')).toEqual([]);
  });
  it('ranks a checked claim that says the rest in related words above one that shares only the same words', () => {
    const stats = { docs: 1000, df: new Map([['blaze', 5], ['fire', 5], ['warehous', 3], ['harbour', 4], ['sale', 9]]) };
    const read = (s: string) => ({ claim: toMatchText(s), title: toMatchText('') });
    const candidates: RankCandidate[] = [
      { id: 1, lexical: 2, ...read('A sale at the harbour warehouse') },
      { id: 2, lexical: 2, ...read('A fire at the harbour warehouse') },
    ];
    const ranked = rankMatches(toMatchText('A blaze at the harbour warehouse'), candidates, stats);
    expect(ranked[0].id).toBe(2);
    expect(ranked[0].evidence.related).toBeGreaterThan(0);
    expect(ranked[1].evidence.related).toBe(0);
  });
});
