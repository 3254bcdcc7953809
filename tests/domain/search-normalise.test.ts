import { describe, expect, it } from 'vitest';
import { asciiDigits, claimSearchText, foldText, searchQueryText, searchText } from '../../app/domain/search/normalise';
import { markedWords, snippetOf, MARK_CLOSE as C, MARK_OPEN as O } from '../../app/domain/search/snippet';
import { toFtsQuery } from '../../app/domain/search/fts-query';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('asciiDigits', () => {
  it('reads the digits of every script by their value', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789'); // Arabic-Indic
    expect(asciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789'); // Extended Arabic-Indic
    expect(asciiDigits('०१२३४५६७८९')).toBe('0123456789'); // Devanagari
    expect(asciiDigits('০৯ ๐๙ ０９')).toBe('09 09 09'); // Bengali, Thai, fullwidth
    expect(asciiDigits('𝟎𝟗 𝟘𝟡')).toBe('09 09'); // mathematical digits: several sets back to back
  });

  it('leaves other numerals and text alone', () => {
    expect(asciiDigits('x² ½ Ⅻ abc 42')).toBe('x² ½ Ⅻ abc 42');
  });
});

describe('searchText', () => {
  it('indexes a grouped number also as its bare digits, whatever the separator', () => {
    for (const written of ['948,000', '948.000', '948 000', '948\u00A0000', '948\u2009000', '948\u202F000', '948٬000', "948'000", '948’000', '٩٤٨٬٠٠٠', '۹۴۸,۰۰۰']) {
      expect(words(searchText(`some ${written} people`)), written).toContain('948000');
    }
    expect(words(searchText('9,48,000 (Indian grouping)'))).toContain('948000');
    expect(words(searchText('2,315,000 and 1.500'))).toEqual(expect.arrayContaining(['2315000', '1500']));
  });

  it('keeps the number as written too, so its parts still match', () => {
    expect(words(searchText('948,000 displaced'))).toEqual(['948', '000', '948000', 'displaced']);
  });

  it('does not invent a grouped number from decimals, long runs or years', () => {
    expect(words(searchText('1,5 million'))).toEqual(['1', '5', 'million']);
    expect(searchText('1.234.5678')).not.toMatch(/12345678|1234\b/);
    expect(words(searchText('in 2015 100 000 fled'))).toEqual(['in', '2015', '100', '000', '100000', 'fled']);
    expect(words(searchText('2,000 then 3,000'))).toEqual(['2', '000', '2000', 'then', '3', '000', '3000']);
  });

  it('removes Arabic harakat and tatweel and folds alef variants', () => {
    expect(searchText('نَزَحَ')).toBe('نزح');
    expect(searchText('أكثرُ مِنْ')).toBe('اكثر من');
    expect(searchText('إلى آلاف ٱلنازحين')).toBe('الى الاف النازحين');
    expect(searchText('مـــدينة')).toBe('مدينة');
    expect(searchText('هٰذا')).toBe('هذا');
  });

  it('folds case, Latin accents and compatibility forms as the FTS tokenizer does', () => {
    expect(foldText('Déplacés À ÉLÈVE')).toBe('deplaces a eleve');
    expect(foldText('İstanbul Şanlıurfa')).toBe('istanbul sanlıurfa');
    expect(foldText('ﬁnal ﻻ')).toBe('final لا');
  });

  it('puts wording and quote of a claim one after the other', () => {
    expect(claimSearchText('Some 948,000 fled', 'They said some 948,000 fled.')).toBe('some 948 000 948000 fled\nthey said some 948 000 948000 fled.');
  });
});

describe('searchQueryText and toFtsQuery', () => {
  it('searches a grouped number as its bare digits only', () => {
    expect(searchQueryText('948,000')).toBe('948000');
    expect(searchQueryText('٩٤٨٬٠٠٠')).toBe('948000');
    expect(toFtsQuery('displaced 948 000')).toBe('"displaced" "948000"');
    expect(toFtsQuery('948000')).toBe('"948000"');
  });

  it('meets the index in the same spelling for Arabic with or without marks', () => {
    expect(toFtsQuery('نَزَحَ ٩٤٨ ألف')).toBe('"نزح" "948" "الف"');
    expect(toFtsQuery('نزح 948 الف')).toBe('"نزح" "948" "الف"');
  });

  it('keeps prefixes and drops syntax', () => {
    expect(toFtsQuery('Déplac*')).toBe('"deplac"*');
    expect(toFtsQuery('"a" OR -b')).toBe('"a" "or" "b"');
  });

  it('keeps a word with combining marks whole (Devanagari)', () => {
    expect(toFtsQuery('किताब')).toBe('"किताब"');
  });
});

describe('snippetOf', () => {
  it('marks the original spelling of what matched', () => {
    expect(snippetOf('Some 948,000 people fled.', new Set(['948000']))).toBe(`Some ${O}948,000${C} people fled.`);
    expect(snippetOf('نزح ٩٤٨٬٠٠٠ شخصٍ', new Set(['948000']))).toBe(`نزح ${O}٩٤٨٬٠٠٠${C} شخصٍ`);
    expect(snippetOf('قالَ إنَّ الناسَ نَزَحوا', new Set(['نزحوا', 'ان']))).toBe(`قالَ ${O}إنَّ${C} الناسَ ${O}نَزَحوا${C}`);
    expect(snippetOf('Déplacés en masse', new Set(['deplaces']))).toBe(`${O}Déplacés${C} en masse`);
  });

  it('cuts a long text around the matches, with an ellipsis each side', () => {
    const text = `${Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')} displaced ${Array.from({ length: 50 }, (_, i) => `v${i}`).join(' ')}`;
    const s = snippetOf(text, new Set(['displaced']), 10);
    expect(s.startsWith('…w46 ')).toBe(true);
    expect(s).toContain(`${O}displaced${C}`);
    expect(s.endsWith('…')).toBe(true);
    expect(s.replace(/…/g, '').split(' ')).toHaveLength(10);
  });

  it('picks the window with the most matches', () => {
    const text = `alpha ${'x '.repeat(30)}beta alpha gamma ${'y '.repeat(30)}`;
    const s = snippetOf(text, new Set(['alpha', 'beta']), 8);
    expect(s).toContain(`${O}beta${C} ${O}alpha${C}`);
  });

  it('shows the beginning when nothing is marked', () => {
    expect(snippetOf('Nothing here matches.', new Set())).toBe('Nothing here matches.');
  });
});

describe('markedWords', () => {
  it('reads the words an engine marked, one by one', () => {
    expect([...markedWords(`a ${O}displaced${C} b ${O}948000${C} ${O}two words${C}`)]).toEqual(['displaced', '948000', 'two', 'words']);
  });
});
