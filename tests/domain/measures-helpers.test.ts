import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureScope } from '../../app/domain/measures/figure-scope';
import { placeWords } from '../../app/domain/measures/place-words';
import { matchReason } from '../../app/domain/measures/match-measure';
import { parseWithZod } from '@conform-to/zod';
import { parseCorrection } from '../../app/domain/measures/amount-input';
import { NewMeasureForm } from '../../app/utils/measure-form';
import { rangeScale } from '../../app/domain/measures/range-scale';
import { reinterpret } from '../../app/domain/measures/reinterpret';
import { ACLED_CONVENTIONS, DEFAULT_CONVENTIONS } from '../../app/domain/figures/conventions';

describe('figure scope from its sentence', () => {
  it('reads a day, a running total and a period', () => {
    expect(figureScope('Nine civilians were killed Wednesday.')).toEqual({ scope: 'day', scopeDate: 'Wednesday', era: null, place: null });
    expect(figureScope('More than 300 civilians have been killed since December.')).toEqual({ scope: 'cumulative', scopeDate: null, era: null, place: null });
    expect(figureScope('Nearly a million Syrians have been displaced in the last three months.')).toEqual({ scope: 'period', scopeDate: null, era: null, place: null });
    expect(figureScope('About 610,000 people have been displaced.')).toEqual({ scope: 'cumulative', scopeDate: null, era: null, place: null });
    expect(figureScope('A landslide buried 14 homes.')).toEqual({ scope: null, scopeDate: null, era: null, place: null });
    // One list of time words with the extraction's frames: the day a figure is dated to, not the day it was said.
    expect(figureScope('The ministry said Tuesday that 12 died overnight.')).toMatchObject({ scope: 'day', scopeDate: 'Overnight' });
    expect(figureScope('In 2019, floods killed 27 people on Mill Street.')).toMatchObject({ era: '2019', place: 'mill street' });
  });
});

describe('cross-article matching', () => {
  const measure = {
    counted: 'people', event: 'displaced', unit: 'count', label: 'People displaced in Idlib since 1 Dec 2019', place: null,
    members: [{ scope: null, scopeDate: null, context: '948,000 people have been displaced in Idlib.' }],
  };
  it('matches "some 950,000 displaced" in Idlib and says why', () => {
    const r = matchReason({ counted: 'people', event: 'displaced', unit: 'count', scope: 'cumulative', scopeDate: null, context: 'Some 950,000 people have been displaced in Idlib since December.' }, measure);
    expect(r).toBe('same event (displaced) and counted (people); both mention Idlib');
  });
  it('refuses another place, another event, or a one-day figure', () => {
    const base = { counted: 'people', event: 'displaced', unit: 'count', scope: null, scopeDate: null, context: '' };
    expect(matchReason({ ...base, context: 'Some 950,000 people have been displaced in Yemen.' }, measure)).toBeNull();
    expect(matchReason({ ...base, event: 'killed', context: 'Some 950 people were killed in Idlib.' }, measure)).toBeNull();
    expect(matchReason({ ...base, scope: 'day', scopeDate: 'Monday', context: 'Some 9,000 people fled Idlib on Monday.' }, measure)).toBeNull();
  });
  it('place words skip sentence-initial capitals and function words', () => {
    expect([...placeWords('Nearly a million people have fled Idlib since December. Aid groups said so.')].sort()).toEqual(['december', 'idlib']);
  });
});

describe('form input', () => {
  it('accepts thousands separators and needs a rationale for an estimate', () => {
    const parse = (fields: Record<string, string>) => parseWithZod(new URLSearchParams({ intent: 'create', ...fields }), { schema: NewMeasureForm });
    const ok = parse({ label: 'People displaced', acceptedLow: '900,000', acceptedHigh: '1,000,000', rationale: 'OCHA' });
    expect(ok).toMatchObject({ status: 'success', value: { acceptedLow: 900000, acceptedHigh: 1000000, unit: 'count', place: null } });
    expect(parse({ label: 'x', acceptedLow: '5', rationale: '' })).toMatchObject({ status: 'error', error: { rationale: [expect.any(String)] } });
    expect(parse({ label: 'x', acceptedLow: '9', acceptedHigh: '3', rationale: 'r' })).toMatchObject({ status: 'error', error: { acceptedHigh: ['High must not be below low'] } });
    expect(parse({ label: '', acceptedLow: '1e6' })).toMatchObject({ status: 'error', error: { label: [expect.any(String)], acceptedLow: [expect.any(String)] } });
    expect(parse({ label: 'x', periodStart: '2021-02-29' })).toMatchObject({ status: 'error', error: { periodStart: [expect.any(String)] } });
    expect(parse({ label: 'x', periodStart: '2020-02-29' })).toMatchObject({ status: 'success', value: { periodStart: '2020-02-29' } });
    expect(parseCorrection({ low: 'ten', high: '' })).toMatchObject({ ok: false });
    expect(parseCorrection({ low: '', high: '100' })).toEqual({ ok: true, low: null, high: 100 });
  });
});

describe('range chart scale', () => {
  it('goes logarithmic beyond two orders of magnitude', () => {
    expect(rangeScale([9, 21, 3000]).kind).toBe('log');
    expect(rangeScale([9, 300]).kind).toBe('linear');
    expect(rangeScale([9, 21]).kind).toBe('linear');
    expect(rangeScale([900000, 948000, 1000000]).kind).toBe('linear');
  });
  it('places every value inside [0, 1], in order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 8 }), (xs) => {
        const s = rangeScale(xs);
        const pos = [...xs].sort((a, b) => a - b).map(s.at);
        return pos.every((p) => p >= -1e-9 && p <= 1 + 1e-9) && pos.every((p, i) => i === 0 || p >= pos[i - 1] - 1e-9);
      }),
    );
  });
});

describe('re-reading under other conventions', () => {
  it('"killed hundreds" becomes 100 under ACLED and back', () => {
    const f = { text: 'hundreds', context: 'Russian strikes have killed hundreds in Idlib.', offset: 28 };
    expect(reinterpret(f, ACLED_CONVENTIONS)).toMatchObject({ low: 100, high: 100 });
    expect(reinterpret(f, DEFAULT_CONVENTIONS)).toMatchObject({ low: 200, high: 999 });
  });
});
