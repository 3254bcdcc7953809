import { describe, expect, it } from 'vitest';
import { tokenize } from '../../app/domain/figures/tokenize';
import { lexiconFor } from '../../app/domain/figures/lexicon';
import { EN } from '../../app/domain/figures/lexicons/en';
import { countedClass, eventClass } from '../../app/domain/figures/classes';
import { findFigures } from '../../app/domain/figures/find-figures';
import type { NumberFormat } from '../../app/domain/figures/number-format';

const nums = (text: string, format?: NumberFormat) => tokenize(text, 0, text.length, format).filter((t) => t.kind === 'num').map((t) => t.value);

describe('number formats', () => {
  it('reads dots as groups and commas as decimals where the language writes them so', () => {
    const dotGroups: NumberFormat = { group: '.', decimal: ',', spaceGroups: true, lakhGroups: false };
    expect(nums('unos 2.750 vecinos y 4,5 por ciento', dotGroups)).toEqual([2750, 4.5]);
    expect(nums('au moins 4 812 habitants', dotGroups)).toEqual([4812]);
  });

  it('reads Arabic-Indic and Extended Arabic-Indic digits in any language', () => {
    expect(nums('٧٣٠ و ۱۲۵')).toEqual([730, 125]);
  });

  it('keeps English groups of three, space groups and lakh groups, and nothing looser', () => {
    expect(nums('some 36,250 or 12 400 people')).toEqual([36250, 12400]);
    expect(nums('a budget of 3,25,000 rupees')).toEqual([325000]);
    expect(nums('in 2021 310 families')).toEqual([2021, 310]);
    expect(nums('scores of 1,50 and 7,1234')).toEqual([1, 50, 7, 1234]);
  });

  it('lets a lexicon pass its own number format to the reader', () => {
    const lx = { ...EN, numberFormat: { group: '.', decimal: ',', spaceGroups: true, lakhGroups: false } };
    const text = 'more than 1.250 families';
    expect(findFigures(text, [{ start: 0, end: text.length }], { lexicon: lx })[0].low).toBe(1250);
    expect(findFigures(text, [{ start: 0, end: text.length }])[0].low).toBe(1.25);
  });
});

describe('lexicons and classes', () => {
  it('finds a lexicon by primary language subtag and none for a language not read', () => {
    expect(lexiconFor('en-GB')?.language).toBe('en');
    expect(lexiconFor('de')).toBeNull();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(lexiconFor(name)).toBeNull();
  });

  it('maps event words to one class', () => {
    expect(eventClass('Perished')).toBe('killed');
    expect(eventClass('razed')).toBe('destroyed');
    expect(eventClass('unknownword')).toBe('unknownword');
    expect(eventClass(null)).toBeNull();
  });

  it('counts homes and houses as one class, residents as people, soldiers as troops', () => {
    expect(countedClass('homes')).toBe(countedClass('houses'));
    expect(countedClass('local residents')).toBe('people');
    expect(countedClass('Kurds')).toBe('people');
    expect(countedClass('Turkish soldiers')).toBe('troops');
  });

  it('keeps a subclass named by a noun modifier apart from its class', () => {
    expect(countedClass('citizen journalists')).not.toBe(countedClass('journalists'));
    expect(countedClass('aid workers')).not.toBe(countedClass('workers'));
    expect(countedClass('foreign journalists')).toBe(countedClass('journalists'));
  });
});
