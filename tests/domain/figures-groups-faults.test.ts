import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { sourceOfClause } from '../../app/domain/extraction/attribution';
import { isDenied } from '../../app/domain/figures/denial';
import { clauseSpans, figureFrame, sentenceFrame, sentenceScope } from '../../app/domain/figures/frame';
import { figureScope } from '../../app/domain/measures/figure-scope';
import { figuresOf, oneFigure } from './figures-helpers';
import { attribute } from './attribution-helpers';

/**
 * The kinds of fault a reader's own flood story showed (issue 11, "Measures
 * on a real article"), each with several sentences written for these tests:
 * a running total dated by its cause's day, a denied figure taken as a toll,
 * two sources in one sentence, "Its director said", and the frames that keep
 * unlike figures apart.
 */
const article = (title: string, ...sentences: string[]) => extractArticle({ text: `${title}\n\n${sentences.join(' ')}\n` });
const groupTexts = (r: ReturnType<typeof extractArticle>) => r.groups.map((g) => g.figures.map((i) => r.figures[i].text));
const at = (sentence: string, figure: string) => sentence.indexOf(figure);

describe('a running total whose sentence names the day its cause happened', () => {
  it.each([
    'The toll from the storms that started on Friday rose to 57, officials said.',
    'The death toll from the landslides that began when the hillside gave way on Monday now stands at 31.',
    'The toll climbed to 240 on Thursday, four days after the quake struck.',
    'The number of dead from Saturday\'s collapse has reached 19.',
    'Fighting that began on Saturday has killed 40 people.',
  ])('%s → running total', (s) => {
    expect(sentenceScope(s)).toBe('period');
    expect(figureScope(s).scope).toBe('cumulative');
  });

  it.each([
    'Nine people were killed when a shell hit a market on Wednesday.',
    'Twelve people died on Sunday when the bridge collapsed.',
    'The storm killed six people on Friday.',
  ])('%s → one day', (s) => {
    expect(sentenceScope(s)).toBe('day');
  });

  it('lines up a running total with the other sources\' totals, not with one day\'s dead', () => {
    const r = article(
      'Storms batter the Kessel coast',
      'The toll from the storms that started when the sea wall broke on Friday has risen to 57, the coastguard said.',
      'Regional officials said at least 70 people had died.',
      'The Harbour Relief Trust put the toll at 49.',
      'Eight people died on Monday, medics said.',
    );
    expect(groupTexts(r)).toEqual([['57', 'at least 70 people', '49']]);
  });
});

describe('a figure that a sentence only denies', () => {
  it.each([
    ['The army denied that its soldiers had killed 14 villagers.', '14 villagers'],
    ['Officials rejected claims of 500 dead as propaganda.', '500'],
    ['The mayor dismissed rumours that 2,000 people had drowned.', '2,000 people'],
    ['Reports that 800 people were buried in the mudslide were false, the governor said.', '800 people'],
    ['The ministry disputed figures of 9,000 displaced.', '9,000'],
    ['Police denied killing 3 protesters.', '3 protesters'],
  ])('%s → denied', (s, fig) => {
    expect(isDenied(s, at(s, fig), at(s, fig) + fig.length)).toBe(true);
  });

  it.each([
    ['The ministry denied the reports and said 118 people had died.', '118 people'],
    ['The army denied involvement in the raid, which killed 12 people.', '12 people'],
    ['The ministry said 40 people died, but denied that soldiers had opened fire.', '40 people'],
    ['Officials rejected the plan, while aid groups said 300 families had fled.', '300 families'],
    ["The ministry's figures show 40 people died, which activists say is wrong.", '40 people'],
    ['At least 25 people were killed, the police said.', '25 people'],
  ])('%s → asserted', (s, fig) => {
    expect(isDenied(s, at(s, fig), at(s, fig) + fig.length)).toBe(false);
  });

  it('leaves denied figures out of the tolls they deny, and keeps them as figures', () => {
    const r = article(
      'Mudslide buries homes in Tarro',
      'The civil defence said 33 people were killed.',
      'The provincial council said at least 41 people died.',
      'The civil defence denied reports that more than 1,000 people had died.',
      'The governor rejected claims of 400 dead, and said 38 people had been killed.',
    );
    expect(groupTexts(r)).toEqual([['33 people', 'at least 41 people', '38 people']]);
    expect(r.figures.map((f) => f.text)).toContain('more than 1,000 people');
  });
});

describe('two sources in one sentence', () => {
  it.each([
    ['At least 30 people died, the ministry said, while the Red Cross said 41 had died.', '41', 'Red Cross'],
    ['At least 30 people died, the ministry said, while the Red Cross said 41 had died.', '30 people', 'ministry'],
    ['The ministry said 400 people were injured, and the relief agency said about 350 were hurt.', 'about 350', 'relief agency'],
    ['Police said 20 people were arrested; organisers said 60 protesters were detained.', '60 protesters', 'organisers'],
    ['The governor put the toll at 90, but hospital officials said 75 people had died.', '75 people', 'hospital officials'],
  ])('%s: %s is given by %s', (s, fig, source) => {
    expect(sourceOfClause(s, at(s, fig))).toBe(source);
  });

  it('leaves a sentence of one source to its attribution', () => {
    const s = 'The ministry said 30 people died, and 12 more were missing.';
    expect(sourceOfClause(s, at(s, '12 more'))).toBeNull();
    expect(sourceOfClause('Forty people died, the ministry said.', 0)).toBeNull();
  });

  it('names each figure\'s own source in a group', () => {
    const r = article(
      'Ferry sinks off Pell island',
      'The coastguard said 61 passengers had drowned, while the ferry company said 48 passengers drowned.',
      'The port authority said 55 passengers died.',
    );
    expect(r.groups.map((g) => g.sources)).toEqual([['coastguard', 'ferry company', 'port authority']]);
  });

  it('cuts clauses where statements join, not elsewhere', () => {
    expect(clauseSpans('Nine died, and a separate flood killed 12.')).toEqual([[0, 9], [15, 42]]);
    expect(clauseSpans('Nine people died in the flood.')).toEqual([[0, 30]]);
  });
});

describe('"Its director said": an officer of the organisation named before', () => {

  it.each([
    [['The Coastal Aid Trust said it runs two clinics in the delta.', 'Its director said 40 people had died.'], 'Coastal Aid Trust'],
    [['The Mountain Rescue Corps said its teams were searching.', 'Its spokesman told reporters that 12 climbers were missing.'], 'Mountain Rescue Corps'],
    [['The Delta Relief Agency gave a lower figure.', 'Its director said 96 people were confirmed dead.'], 'Delta Relief Agency'],
    [['Relief groups said the roads were blocked.', 'Their coordinator said 300 families had fled.'], 'Relief groups'],
  ])('%j → %s', (sentences, org) => {
    expect(attribute(sentences)[1]).toBe(org);
  });

  it('keeps the officer when no organisation was named', () => {
    expect(attribute(['Its director said 40 people had died.'])[0]).toBe('Its director');
  });
});

describe('frames of one clause, another event and a settlement', () => {
  it('dates each clause\'s figures by its own event', () => {
    const s = 'In 2011, floods in the same province killed 54 people, and a separate flood last spring killed 12.';
    expect(figureFrame(s, at(s, '54')).era).toBe('2011');
    expect(figureFrame(s, at(s, '12')).era).toBe('another separate flood');
    const t = 'Nine people died on Wednesday, and 20 more have died since the weekend.';
    expect(figureFrame(t, at(t, 'Nine')).scope).toBe('day');
    expect(figureFrame(t, at(t, '20')).scope).toBe('period');
    expect(figureScope(t, at(t, '20')).scope).toBe('cumulative');
  });

  it('keeps a habitual rate ("every year", "annually") out of the event\'s toll', () => {
    expect(sentenceFrame('Heat waves kill about 400 people in the region every summer.').era).toBe('every summer');
    expect(sentenceFrame('Lightning kills 20 farmers annually, the agency said.').era).toBe('annually');
    expect(sentenceFrame('Storms killed 30 people on Sunday.').era).toBeNull();
    const r = article(
      'Cyclone hits the coast',
      'The cyclone killed 64 people on Monday, the ministry said.',
      'A relief agency said 80 people were killed.',
      'Cyclones kill hundreds of people on this coast each year.',
    );
    expect(groupTexts(r)).toEqual([['64 people', '80 people']]);
  });

  it('lines up a count of bodies with the death toll, in English and Spanish', () => {
    const r = article(
      'Mudslide buries hillside homes',
      'The mudslide killed 52 people, the governor said.',
      'Volunteers said they had pulled 61 bodies from the mud.',
      'Separately, 14 horses were found dead.',
    );
    expect(groupTexts(r)).toEqual([['52 people', '61 bodies']]);
    const es = extractArticle({
      text: 'Alud en la sierra\n\nEl alud causó 18 muertos, según el alcalde. Los bomberos dijeron que habían rescatado 23 cadáveres del barro.\n',
    });
    expect(groupTexts(es)).toEqual([['18 muertos', '23 cadáveres']]);
  });

  it('takes an aftershock for another event', () => {
    expect(sentenceFrame('An aftershock on Friday killed four people.').era).toBe('another aftershock');
    expect(sentenceFrame('Two aftershocks brought down the school, killing 9.').era).toBe('another aftershock');
  });

  it.each([
    ['In the hill village of Brenna alone, 23 people were killed.', 'brenna village'],
    ['Eleven people died in the town of Ostra, officials said.', 'ostra town'],
    ['In Lorn alone, 9 people drowned.', 'lorn'],
  ])('%s → %s', (s, place) => {
    expect(sentenceFrame(s, 'Floods sweep through the Selvara valley').place).toBe(place);
  });

  it('keeps a settlement the lead names, and reads none without a lead', () => {
    expect(sentenceFrame('Eleven people died in the town of Ostra.', 'Floods kill eleven in the town of Ostra').place).toBeNull();
    expect(sentenceFrame('Eleven people died in the town of Ostra.').place).toBeNull();
  });

  it('pairs arrests of people and of protesters, never the hurt with the arrested', () => {
    const r = article(
      'Students march in Varn',
      'Police said 31 people were arrested.',
      'Organisers said 70 protesters had been detained.',
      'Medics said 15 protesters were hurt.',
    );
    expect(groupTexts(r)).toEqual([['31 people', '70 protesters']]);
  });
});

describe('what the reader takes from the words around a toll', () => {
  it.each([
    ['Rescuers said 64 people were still missing.', 'missing'],
    ['Eleven fishermen remain missing.', 'missing'],
    ['The death toll from the storm that hit on Friday has risen to 57.', 'toll'],
    ['The number of injured rose to 300 on Monday.', 'injured'],
  ])('%s → event %s', (s, event) => {
    expect(figuresOf(s).find((f) => f.event !== null)?.event).toBe(event);
  });

  it.each([
    ['The governor put the number of homes lost at about 2,600.', 'homes'],
    ['Officials put the number of damaged schools at 40.', 'damaged schools'],
    ['The number of people evacuated stood at 9,000.', 'people'],
  ])('%s → counted %s', (s, counted) => {
    expect(oneFigure(s).counted).toBe(counted);
  });

  it.each([
    ['About 2,000 people lost their homes.', 'lost their homes'],
    ['Forty-five people lost their lives in the fire.', 'lost their lives'],
    ['Some 300 workers lost their jobs.', 'lost their jobs'],
    ['Nine farmers lost all their cattle.', 'lost all their cattle'],
  ])('%s → event %s, never a plain death', (s, event) => {
    expect(figuresOf(s)[0].event).toBe(event);
  });

  it('counts who lost their homes apart from the dead, and who lost their lives with them', () => {
    const r = article(
      'Fire sweeps Dorrel estate',
      'The fire service said 40 people were killed.',
      'About 2,000 people lost their homes, the council said.',
      'The Red Cross said 45 people lost their lives.',
      'Some 300 workers lost their jobs.',
    );
    expect(groupTexts(r)).toEqual([['40 people', '45 people']]);
  });

  it('reads no counted thing or event where none is named', () => {
    expect(oneFigure('Exports rose to 300 last year.').event).toBeNull();
    expect(oneFigure('The vote was put at 40 in the end.').counted).toBeNull();
  });
});
