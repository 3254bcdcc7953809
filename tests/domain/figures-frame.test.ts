import { describe, expect, it } from 'vitest';
import { sentenceEra, sentencePlace } from '~/domain/figures/frame';

// Sentences written for these tests.
describe('sentenceEra', () => {
  it('dates a sentence to the first year that stands as a word', () => {
    expect(sentenceEra('A storm in 1998 flattened 70 barns.')).toBe('1998');
    expect(sentenceEra('2004 was the wettest year, when 12 bridges fell.')).toBe('2004');
    expect(sentenceEra('The dam (built 1961) held back 40 tonnes.')).toBe('1961');
  });

  it('leaves years framed by since, from, until, till, by and through to the running period', () => {
    expect(sentenceEra('Prices have doubled since 2015.')).toBeNull();
    expect(sentenceEra('Talks ran from 2019 through 2021, with 6 rounds.')).toBeNull();
    expect(sentenceEra('The plan runs until 2030 and till 2031 by law.')).toBeNull();
    expect(sentenceEra('Since 2012, 40 schools shut.')).toBe('2012'); // only the lower-case framing words
    expect(sentenceEra('Prices have doubled since 2015; in 2009 they fell.')).toBe('2009');
  });

  it('skips digits inside longer numbers, names and spans', () => {
    expect(sentenceEra('Route A2019 closed; 20190 people and 1999-5 were listed.')).toBeNull();
    expect(sentenceEra('The 2016-17 season was short.')).toBeNull();
    expect(sentenceEra('The 2019–2020 budget.')).toBe('2020'); // the second year of a span stands alone
    expect(sentenceEra('Around 2001٣ and x2011 and 2010½.')).toBeNull();
  });
});

describe('sentencePlace', () => {
  it('finds a narrower place, and nothing where no place noun is named', () => {
    expect(sentencePlace('Four shops burned on Baker Street alone.')).toBe('baker street');
    expect(sentencePlace('Two died inside a single building.')).toBe('single building');
    expect(sentencePlace('Nine people were hurt in the town.')).toBeNull();
  });
});
