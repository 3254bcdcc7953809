import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { figureScope } from '../../app/domain/measures/figure-scope';
import { figureKey, matchReason, type MatchMeasure } from '../../app/domain/measures/match-measure';

// Sentences written for this test: the same toll, one in Arabic, one in English.
const AR = 'أفادت الأمم المتحدة بنزوح 948 ألف شخص من شمال غرب سوريا منذ مطلع كانون الأول.';
const EN = 'The U.N. said 948,000 people had been displaced in northwest Syria since early December.';

const figureOf = (text: string) => {
  const r = extractArticle({ text });
  const f = r.figures[0];
  return { counted: f.counted, event: f.event, unit: f.unit, scope: null, scopeDate: null, context: text, frame: figureScope(text), low: f.low };
};

describe('one measure across languages', () => {
  it('gives an Arabic displaced figure and an English one the same measure key', () => {
    const ar = figureOf(AR);
    const en = figureOf(EN);
    expect([ar.low, en.low]).toEqual([948000, 948000]);
    expect(figureKey(ar)).toEqual({ event: 'displaced', counted: 'people' });
    expect(figureKey(ar)).toEqual(figureKey(en));
  });

  it('suggests the Arabic figure for a measure built from the English one, saying places were not compared', () => {
    const en = figureOf(EN);
    const measure: MatchMeasure = {
      ...figureKey(en), unit: 'count', label: 'People displaced in northwest Syria', place: 'Idlib',
      members: [{ scope: null, scopeDate: null, context: EN, frame: figureScope(EN) }],
    };
    expect(matchReason(figureOf(AR), measure)).toBe('same event (displaced) and counted (people); places not compared (written in another script)');
    // an English figure still needs a shared place
    expect(matchReason({ ...en, context: '948,000 people displaced in Yemen.', frame: figureScope('948,000 people displaced in Yemen.') }, measure)).toBeNull();
  });

  it('does not suggest an Arabic figure of another event', () => {
    const en = figureOf(EN);
    const measure: MatchMeasure = { ...figureKey(en), unit: 'count', label: 'People displaced', place: null, members: [] };
    const killed = figureOf('قال المرصد إن 120 شخصا قتلوا في ريف إدلب.');
    expect(figureKey(killed).event).toBe('killed');
    expect(matchReason(killed, measure)).toBeNull();
  });
});
