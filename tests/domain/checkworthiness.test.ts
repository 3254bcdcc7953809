import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHECKWORTHY_THRESHOLD,
  scoreCheckworthiness,
  type CheckworthinessHints,
} from '~/domain/extraction/checkworthiness';
import weightsFile from '~/domain/extraction/checkworthiness-weights.json';
import { loadModel, modelScore, scoreSentence, sentenceFeatures, type ModelWeights } from '~/domain/extraction/checkworthiness-model';

// Every sentence here was written for these tests; none comes from a data set.
const none: CheckworthinessHints = { figures: 0, attribution: null };
const score = (text: string, hints: CheckworthinessHints = none, options: { language?: string } = {}) => scoreCheckworthiness(text, hints, options);
const reasons = (text: string, hints: CheckworthinessHints = none) => score(text, hints).reasons.join(' | ');

describe('scoreCheckworthiness: what the model picks', () => {
  it('picks reports of casualties, damage and money, and says they hold a figure', () => {
    for (const text of [
      'Floods along the river have destroyed 240 homes since Monday, the county said.',
      'The landslide killed 14 villagers and injured 30 more, rescue workers said.',
      'The city council cut library funding by $4 million last year.',
      'Youth unemployment has stayed above 11 percent for two years.',
    ]) {
      const r = score(text, { figures: 1, attribution: null });
      expect(r.checkworthy, text).toBe(true);
      expect(r.reasons.join(' '), text).toMatch(/contains a figure/);
    }
    expect(reasons('Floods along the river have destroyed 240 homes since Monday.')).toMatch(/contains a figure \("240"\)/);
  });

  it('does not pick opinions, feelings or calls to action, and names them', () => {
    const cases: [string, RegExp][] = [
      ['I think the council has completely lost its way on libraries.', /opinion \("i think"\)/],
      ['We must protect our parks for our children and grandchildren.', /says what should be done/],
      ['Honestly, I am so proud of every volunteer who came out tonight.', /feelings or judgement \("proud"\)/],
    ];
    for (const [text, why] of cases) {
      const r = score(text);
      expect(r.checkworthy, text).toBe(false);
      expect(r.reasons.join(' '), text).toMatch(why);
    }
  });

  it('ranks a factual sentence above an opinion on the same subject', () => {
    const fact = score('The state closed 31 rural clinics between 2015 and 2020.');
    const opinion = score('I believe rural clinics are the heart of our state.');

    expect(fact.score).toBeGreaterThan(opinion.score);
    expect(fact.checkworthy).toBe(true);
    expect(opinion.checkworthy).toBe(false);
  });

  it('does not pick questions, and says so', () => {
    for (const text of ['Where is the money for the new bridge going to come from?', 'Why should any family trust this plan?']) {
      const r = score(text);
      expect(r.checkworthy, text).toBe(false);
      expect(r.reasons, text).toContain('a question');
    }
  });

  it('does not pick promises of the speaker', () => {
    const r = score("We will rebuild every school in this county and we're going to start this summer.");

    expect(r.checkworthy).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/a promise \("we will"\)/);
  });

  it('does not pick procedural talk or fragments', () => {
    const thanks = score('Thank you all for being here, and good evening.');
    const fragment = score('Go ahead.');

    expect(thanks.checkworthy).toBe(false);
    expect(thanks.reasons.join(' ')).toMatch(/procedural talk/);
    expect(fragment.checkworthy).toBe(false);
    expect(fragment.reasons).toContain('too short');
  });

  it('picks what the other side voted for or did, and names it as their record', () => {
    const r = score('You voted against the farm bill twice, and you opposed the school lunch program.');

    expect(r.checkworthy).toBe(true);
    expect(r.reasons.join(' ')).toMatch(/what someone else said or did \("you voted"\)/);
  });

  it('picks a dated comparison and gives both reasons', () => {
    const r = score('In 1994 the harbour handled the largest tonnage of cargo it had ever recorded.');

    expect(r.checkworthy).toBe(true);
    expect(r.reasons).toContain('dated ("1994")');
    expect(r.reasons.join(' ')).toMatch(/a comparison/);
  });

  it('lists the reasons for checking before those against', () => {
    const r = score('Maybe the agency hired 300 new inspectors last spring.', { figures: 1, attribution: null });
    const firstAgainst = r.reasons.findIndex((x) => x.startsWith('hedged'));

    expect(firstAgainst).toBeGreaterThan(0);
    expect(r.reasons.slice(0, firstAgainst).join(' ')).toMatch(/contains a figure \("300"\)/);
  });

  it('does not count dates, clock times or durations as figures', () => {
    for (const text of [
      'The hearing opened on March 3 in Lisbon and closed at 6 p.m. that day.',
      'Prices climbed during the last 72 hours, traders in the port said.',
      'The ferry line was restored in 2009 after the strike.',
    ]) {
      expect(reasons(text), text).not.toMatch(/contains a figure/);
    }
  });

  it('calls a number word a figure only when the figure reader read one', () => {
    const text = 'The bridge was hit twice before the army withdrew.';
    expect(reasons(text)).not.toMatch(/contains a figure/);
    expect(reasons(text)).toMatch(/uses a number word \("twice"\)/);
    expect(score(text, { figures: 1, attribution: null, figureUnits: ['count'] }).reasons.join(' ')).toMatch(/contains a figure \("twice"\)/);
  });

  it('keeps the score in [0, 1] and decides by the trained threshold', () => {
    const texts = [
      '',
      'Well, I think, I hope, I feel we should, must, will, would? ',
      'According to the ministry, 61,500 people were evacuated, up from 2,000 a week earlier, in Tyre, Sidon and Nabatieh.',
    ];
    for (const text of texts) {
      const r = score(text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.checkworthy).toBe(r.score >= CHECKWORTHY_THRESHOLD);
    }
    expect(CHECKWORTHY_THRESHOLD).toBeGreaterThan(0.05);
    expect(CHECKWORTHY_THRESHOLD).toBeLessThan(0.95);
  });

  it('scores higher when the figure reader found a figure the words alone do not show', () => {
    const text = 'Rebels took several hamlets in the hills overnight.';
    const withReader = score(text, { figures: 1, attribution: null, figureUnits: ['count'] });

    expect(withReader.score).toBeGreaterThan(score(text).score);
    expect(withReader.reasons).toContain('contains a figure');
  });

  it('names the source of an attributed sentence among the reasons', () => {
    const r = score('Police said the protesters blocked the main bridge for most of the afternoon.', {
      figures: 0,
      attribution: 'Police',
    });

    expect(r.reasons).toContain('attributed to Police');
    expect(r.checkworthy).toBe(true);
  });
});

describe('sentenceFeatures', () => {
  it('reduces numbers to their kind, so that amounts teach the model alike', () => {
    const f = sentenceFeatures('Spending rose by $40 million, or 12%, after 1998.', none);

    expect(f.active).toEqual(expect.arrayContaining(['w:<money>', 'w:<pct>', 'w:<year>', 'w:spending', 'cue:figure']));
    expect(f.active.some((a) => a.includes('40'))).toBe(false);
  });

  it('spells contractions the way the word embeddings do', () => {
    const f = sentenceFeatures("They didn't say it's over.", none);

    expect(f.embeddingWords).toEqual(['they', 'did', "n't", 'say', 'it', "'s", 'over']);
  });

  it('reads the figure units and the attribution the pipeline passes in', () => {
    const f = sentenceFeatures('Fares went up by a fifth, the operator said.', {
      figures: 1,
      figureUnits: ['percent'],
      attribution: 'the operator',
    });

    expect(f.active).toEqual(expect.arrayContaining(['unit:percent', 'figures:1', 'attribution', 'cue:attributed']));
  });
});

describe('scoreSentence (the run-time scorer)', () => {
  const model = loadModel(weightsFile as ModelWeights);

  it('gives exactly what the training features give, to the last bit', () => {
    const cases: [string, CheckworthinessHints][] = [
      ['Spending rose by $40 million, or 12%, after 1998.', none],
      ["They didn't say it's over, and we won't either.", none],
      ['Fares went up by a fifth, the operator said.', { figures: 1, figureUnits: ['percent'], attribution: 'the operator' }],
      ['The the the river river rose rose 3 3 metres -- again!', { figures: 2, figureUnits: ['count', 'count'], attribution: null }],
      ['Will the council keep its promise?', none],
      ['“We’ve lost 120 homes,” the mayor said — more than in 2011.', { figures: 1, figureUnits: ['count'], attribution: 'the mayor' }],
      ['Ok', none],
      ['', none],
    ];
    for (const [text, hints] of cases) {
      expect(scoreSentence(model, text, hints).score).toBe(modelScore(model, sentenceFeatures(text, hints)));
    }
  });

  it('reads each model its own weights for words another model has already scored', () => {
    const shipped = weightsFile as ModelWeights;
    const other = loadModel({ ...shipped, weights: shipped.weights.map((w) => -w), wordWeights: shipped.wordWeights.map((w) => w / 2) });
    const text = 'Spending on roads rose by $40 million after the floods, the ministry said.';

    const a = scoreSentence(model, text, none).score;
    const b = scoreSentence(other, text, none).score;

    expect(b).toBe(modelScore(other, sentenceFeatures(text, none)));
    expect(b).not.toBe(a);
    expect(scoreSentence(model, text, none).score).toBe(a);
  });

  it('scores alike a sentence met again after thousands of other words', () => {
    const text = 'The county has rebuilt 14 bridges since the storm.';
    const before = scoreSentence(model, text, none).score;
    for (let i = 0; i < 40_000; i++) scoreSentence(model, `word${i.toString(36)}x filler`, none);

    expect(scoreSentence(model, text, none).score).toBe(before);
    expect(before).toBe(modelScore(model, sentenceFeatures(text, none)));
  });
});

describe('the shipped weights', () => {
  it('stay within 3 MB', () => {
    const size = statSync(new URL('../../app/domain/extraction/checkworthiness-weights.json', import.meta.url)).size;
    expect(size).toBeLessThan(3e6);
  });
});

describe('reasons in another language than English', () => {
  it('gives only the reasons that read no English words', () => {
    const hints = { figures: 1, attribution: 'Instituto Nacional' };
    const es = score('Sin embargo, el Instituto Nacional afirmó que 130 personas fueron detenidas.', hints, { language: 'es' }).reasons;
    expect(es.join(' | ')).toMatch(/contains a figure \("130"\)/);
    expect(es.join(' | ')).toMatch(/attributed to Instituto Nacional/);
    expect(es.join(' | ')).not.toMatch(/embargo/);
    const fr = score('Le tribunal a jugé court le délai de 30 jours.', { figures: 1, attribution: null }, { language: 'fr' }).reasons;
    expect(fr.join(' | ')).not.toMatch(/court/);
  });

  it('keeps every reason for English, and the score is the same whatever the language', () => {
    const text = 'The embargo has cut exports by 40 percent, the ministry said.';
    const hints = { figures: 1, attribution: 'ministry' };
    expect(score(text, hints, { language: 'en' }).reasons.join(' | ')).toMatch(/embargo/);
    expect(score(text, hints, { language: 'fr' }).score).toBe(score(text, hints).score);
  });
});
