import { describe, expect, it } from 'vitest';
import { figuresOf, oneFigure } from './figures-helpers';
import { isNumberWord, ordinalValue } from '../../app/domain/figures/number-words';
import { FR } from '../../app/domain/figures/lexicons/fr';
import { ES } from '../../app/domain/figures/lexicons/es';
import { lexiconFor } from '../../app/domain/figures/lexicon';
import { eventClass } from '../../app/domain/figures/classes';

describe('money written with an article or a dollar prefix', () => {
  it.each([
    ['Ministers signed off a $4 billion relief fund.', 4e9, 'USD', '$4 billion'],
    ['It is a $90 million loan.', 9e7, 'USD', '$90 million'],
    ['Canberra pledged A$300 million.', 3e8, 'AUD', 'A$300 million'],
    ['The deal is worth US$ 12m.', 1.2e7, 'USD', 'US$ 12m'],
    ['Investors put in $US 80m.', 8e7, 'USD', '$US 80m'],
    ['Tickets cost RM 35 each.', 35, 'MYR', 'RM 35'],
  ])('%s', (text, value, currency, span) => {
    expect(oneFigure(text)).toMatchObject({ low: value, high: value, unit: 'money', currency, text: span });
  });
});

describe('what frames a figure is not a figure', () => {
  it('drops the period an amount covers', () => {
    expect(figuresOf('The plan costs $80 billion over five years and £2bn over 18 months.').map((f) => f.text)).toEqual(['$80 billion', '£2bn']);
  });

  it('reads fiscal and season year spans as dates', () => {
    const texts = figuresOf('Rice exports rose from 90,000 tonnes in 2020–21 to 120,000 tonnes in 2022-23, after the 2009-10 slump.').map((f) => f.text);
    expect(texts).toEqual(['90,000 tonnes', '120,000 tonnes']);
  });

  it('keeps a score line and a page range that are not year spans out of counts', () => {
    expect(figuresOf('The final ended 3-3 after extra time.')).toEqual([]);
  });
});

describe('magnitude suffixes and glued units', () => {
  it.each([
    ['About 2.4m people were cut off.', 2.4e6, 'people'],
    ['Crews pumped 6.5m litres from the tunnel.', 6.5e6, 'litres'],
    ['Some 750k residents lost power.', 750000, 'residents'],
    ['A 1.2b dollar gap remains.', null, null],
  ])('%s', (text, value, counted) => {
    const f = figuresOf(text)[0];
    if (value === null) return;
    expect(f.counted).toBe(counted);
    expect(f.low === value || f.high === value || (f.low! + f.high!) / 2 === value).toBe(true);
  });

  it('reads a glued metre or horsepower as a measure, never a count of "m wide"', () => {
    expect(oneFigure('The breach is 35m wide.')).toMatchObject({ low: 35, unit: 'm', counted: null, text: '35m' });
    expect(oneFigure('The engine makes 520bhp.')).toMatchObject({ low: 520, unit: 'bhp' });
    expect(oneFigure('Inflation hit 9pc in May.')).toMatchObject({ low: 9, unit: 'percent' });
  });
});

describe('verbs that bound a figure', () => {
  it.each([
    ['The death toll passed 1,400 overnight.', 1400],
    ['Claims have topped 52,000.', 52000],
    ['The number of cases surpassed 800 on Friday.', 800],
    ['Losses exceeded $3 billion.', 3e9],
  ])('%s', (text, value) => {
    expect(oneFigure(text)).toMatchObject({ low: value, high: null, qualifier: 'more_than' });
  });

  it('leaves "passed 14 bills" an exact count of bills', () => {
    expect(oneFigure('Lawmakers passed 14 bills.')).toMatchObject({ low: 14, high: 14, qualifier: 'exact', counted: 'bills' });
  });

  it.each([
    ['The death toll exceeded 150 people by Sunday.', 150],
    ['The number of arrests topped 300 people.', 300],
    ['By noon the crowd had passed 20,000 people.', 20000],
  ])('bounds a running count named before the verb even with a noun after the number: %s', (text, value) => {
    expect(oneFigure(text)).toMatchObject({ low: value, high: null, qualifier: 'more_than' });
  });
});

describe('currencies several countries use take the country from their adjective', () => {
  it.each([
    ['The council set aside 2.5 billion shillings for roads.', null],
    ['Officials pledged 300 million Kenyan shillings.', 'KES'],
    ['The aid package is worth 40 million Jordanian dinars.', 'JOD'],
    ['The ferry cost 3 million Swedish kronor.', 'SEK'],
    ['Farmers lost 12 million cedis.', 'GHS'],
    ['The port earned 900 million dirhams last year.', null],
    ['Rabat set aside 7 billion Moroccan dirhams for the quake zone.', 'MAD'],
    ['The airline owes 1.2 billion UAE dirhams.', 'AED'],
  ])('%s', (text, currency) => {
    expect(oneFigure(text)).toMatchObject({ unit: 'money', currency });
  });

  it.each([
    ['fr', "L'État a promis 2 milliards de dirhams marocains.", 'MAD'],
    ['fr', 'La commune a reçu 400 000 dirhams.', null],
    ['es', 'El fondo reunió 800 millones de dírhams marroquíes.', 'MAD'],
  ])('%s: %s', (language, text, currency) => {
    expect(figuresOf(text, { lexicon: lexiconFor(language)! })).toMatchObject([{ unit: 'money', currency }]);
  });

  it('reads "closer to N" as about N', () => {
    expect(oneFigure('The agency says the cost is closer to $900 million.')).toMatchObject({ qualifier: 'approx', low: 8.1e8, high: 9.9e8 });
  });
});

describe('the magnitude of an earthquake is a measured size, not a count', () => {
  it.each([
    ['A magnitude 6.8 earthquake struck the region on Monday.', 'en', 6.8, '6.8'],
    ['The 7.1-magnitude quake flattened the old town.', 'en', 7.1, '7.1-magnitude'],
    ['A 5.9 magnitude tremor shook the capital.', 'en', 5.9, '5.9 magnitude'],
    ['Un séisme de magnitude 6,2 a frappé la région.', 'fr', 6.2, '6,2'],
    ['Un terremoto de magnitud 7,4 sacudió la costa.', 'es', 7.4, '7,4'],
    ['6,1 büyüklüğünde deprem meydana geldi.', 'tr', 6.1, '6,1 büyüklüğünde'],
  ])('%s', (text, language, value, span) => {
    const [f] = figuresOf(text, { lexicon: lexiconFor(language)! });
    expect(f).toMatchObject({ low: value, high: value, unit: 'magnitude', counted: null, event: null, text: span });
  });

  it('still counts the dead of the same quake', () => {
    const figs = figuresOf('The 7.1-magnitude quake killed 40 people.');
    expect(figs.map((f) => [f.unit, f.counted, f.event])).toEqual([['magnitude', null, null], ['count', 'people', 'killed']]);
  });
});

describe('French elisions and superlatives around a figure', () => {
  const read = (text: string) => figuresOf(text, { lexicon: lexiconFor('fr')! }).map((f) => [f.low, f.high, f.qualifier]);
  it.each([
    ["Il a précisé qu'environ 300 maisons étaient inondées.", [[270, 330, 'approx']]],
    ['On comptait 1,8 million de foyers sans courant au plus fort de la tempête.', [[1.8e6, 1.8e6, 'exact']]],
    ["Les prix ont atteint 95 euros au plus haut de la crise.", [[95, 95, 'exact']]],
    ['Il y aura 300 personnes au plus.', [[null, 300, 'at_most']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('Arabic states of people after the count', () => {
  it.each([
    ['تبحث فرق الإنقاذ عن 15 مفقودا في المنطقة.', 'missing'],
    ['وقالت البلدية إن 600 عائلة فقدت منازلها في الفيضان.', 'displaced'],
    ['أفاد التقرير بأن 80 أسرة فقدوا منازلهم.', 'displaced'],
  ])('%s', (text, cls) => {
    const [f] = figuresOf(text, { lexicon: lexiconFor('ar')! });
    expect(eventClass(f.event)).toBe(cls);
  });
});

describe('tallies and qualifiers in Arabic, French and Spanish', () => {
  const read = (language: string, text: string) => figuresOf(text, { lexicon: lexiconFor(language)! }).map((f) => [f.low, f.high, f.qualifier]);
  it.each([
    ['ar', 'قال المرصد إن عدد الضحايا تجاوز 90 شخصا.', [[90, null, 'more_than']]],
    ['ar', 'سقط 40 قتيلا وأكثر من 300 جريح في القصف.', [[40, 40, 'exact'], [300, null, 'more_than']]],
    ['ar', 'أصيب 12 شخصا ونحو 50 آخرين بجروح طفيفة.', [[12, 12, 'exact'], [45, 55, 'approx']]],
    ['fr', 'Le bilan a dépassé 70 morts.', [[70, null, 'more_than']]],
    ['fr', 'Selon lui, le nombre de sinistrés dépassait 4 000.', [[4000, null, 'more_than']]],
    ['es', 'El número de evacuados superaba los 6.000.', [[6000, null, 'more_than']]],
    ['es', 'El balance superó los 45 muertos.', [[45, null, 'more_than']]],
    ['es', 'Las pérdidas podrían superar los 300 millones de euros.', [[3e8, null, 'more_than']]],
    ['es', 'El gasto superará los 2.000 millones.', [[2e9, null, 'more_than']]],
    ['fr', "La facture dépassera 2 milliards d'euros.", [[2e9, null, 'more_than']]],
  ])('%s: %s', (language, text, want) => {
    expect(read(language, text)).toEqual(want);
  });
});

describe('shares are percentages', () => {
  it.each([
    ['More than half of the pupils stayed home.', 50, null, 'more_than'],
    ['Two-thirds of the wells are dry.', 66.67, 66.67, 'exact'],
    ['One in four households has no power.', 25, 25, 'exact'],
    ['A quarter of the bridges are closed.', 25, 25, 'exact'],
    ['Nearly three fifths of voters agreed.', 54, 60, 'nearly'],
    ['1 in 8 adults smoke.', 12.5, 12.5, 'exact'],
    ['Roughly ⅓ of the crops failed.', 29.997, 36.663, 'approx'],
    ['¾ of the clinics reopened.', 75, 75, 'exact'],
    ['Over a third of the ferries were cancelled.', 33.33, null, 'more_than'],
    ['A third of the pumps work.', 33.33, 33.33, 'exact'],
  ])('%s', (text, low, high, qualifier) => {
    expect(oneFigure(text)).toMatchObject({ low, high, qualifier, unit: 'percent' });
  });

  it('reads "N-plus" as at least N, a bounding verb after a modal, and not "the top 10" or a vote tally', () => {
    expect(oneFigure('Rescuers pulled 300-plus people from the mud.')).toMatchObject({ low: 300, high: null, qualifier: 'at_least' });
    expect(oneFigure('Repair costs could top $80 million.')).toMatchObject({ low: 8e7, high: null, qualifier: 'more_than' });
    expect(oneFigure('The club stayed in the top 4 all season.')).toMatchObject({ low: 4, high: 4, qualifier: 'exact' });
    expect(figuresOf('The council passed the plan 9 to 2.').map((f) => f.qualifier)).toEqual(['exact', 'exact']);
    expect(figuresOf('The third of June was calm, and he came third.')).toEqual([]);
  });

  it('reads a vulgar fraction glued to a number, in any language', () => {
    expect(oneFigure('About 2½ million people fled.')).toMatchObject({ low: 2.25e6, high: 2.75e6, unit: 'count', counted: 'people' });
    expect(oneFigure('The bridge cost $1¼ billion.')).toMatchObject({ low: 1.25e9, unit: 'money', currency: 'USD' });
    expect(figuresOf("L'État a promis 3½ milliards d'euros.", { lexicon: lexiconFor('fr')! })).toMatchObject([{ low: 3.5e9, currency: 'EUR' }]);
    expect(figuresOf('Se cosecharon 1¾ millones de toneladas.', { lexicon: lexiconFor('es')! })).toMatchObject([{ low: 1.75e6 }]);
  });

  it('keeps "one and a half million" a count, and "N out of M" one figure with its whole', () => {
    expect(oneFigure('One and a half million people voted.')).toMatchObject({ low: 1.5e6, unit: 'count' });
    expect(figuresOf('Floods reached 7 out of 9 districts.')).toMatchObject([{ low: 7, whole: 9, counted: 'districts' }]);
  });
});

describe('every way news writes numbers', () => {
  it.each([
    ['Three million and a half voters turned out.', 3.5e6],
    ['Rescuers found half a dozen boats.', 6],
    ['A quarter million homes lost power.', 250000],
    ['Rain cut off a couple of villages.', 2],
    ['Police seized a pair of rifles.', 2],
    ['Crews put up 6 thousand 2 hundred tents.', 6200],
    ['The fund holds 4,75,000 rupees.', 475000],
    ['Donors gave 18 bln last year.', 1.8e10],
    ['The bond raised US$ 3MM.', 3e6],
    ['Readings of 2.7x10^5 were logged.', 270000],
    ['It fell to minus 12 overnight.', -12],
  ])('%s', (text, value) => {
    expect(figuresOf(text)[0].low).toBeCloseTo(value);
  });

  it('reads comparison symbols and a tilde range', () => {
    expect(oneFigure('Wards with ≥ 30 beds.')).toMatchObject({ low: 30, high: null, qualifier: 'at_least' });
    expect(oneFigure('Groups of <= 15 people.')).toMatchObject({ low: null, high: 15, qualifier: 'at_most' });
    expect(oneFigure('Each shelter holds 40~60 families.')).toMatchObject({ low: 40, high: 60, qualifier: 'range' });
  });

  it('does not read names, compounds and scores as figures', () => {
    expect(figuresOf('The Nasdaq and the S&P 500 slid as the iPhone 15 launched.')).toEqual([]);
    expect(figuresOf('Sub-zero nights followed.')).toEqual([]);
    expect(figuresOf('They drew 1-1 at home.')).toEqual([]);
  });
});

describe('words every object inherits are not number words', () => {
  it.each([
    ['The yard hired two constructors this spring.', 2, 'two constructors'],
    ['Ninety constructor firms bid for the bridge.', 90, 'Ninety constructor firms'],
    ['Only four constructor crews turned up.', 4, 'four constructor crews'],
  ])('%s', (text, value, span) => {
    expect(oneFigure(text)).toMatchObject({ low: value, high: value, text: span });
  });

  it('reads no multiplier or dollar prefix from an inherited name', () => {
    expect(figuresOf('They sold 12constructor kits and constructor $5 caps.').every((f) => Number.isFinite(f.low) && f.currency !== 'function')).toBe(true);
    expect(isNumberWord('constructor')).toBe(false);
    expect(ordinalValue('constructors')).toBeUndefined();
  });
});

describe('a vague amount with its currency after it is money', () => {
  it.each([
    ['Donors gave a few hundred thousand dollars to the shelter.', 'a few hundred thousand dollars', 'USD', 200_000, 500_000],
    ['The audit found several million euros unaccounted for.', 'several million euros', 'EUR', 3e6, 9e6],
    ['Hackers stole thousands of pounds from the council.', 'thousands of pounds', 'GBP', 2000, 9999],
    ['The club spent dozens of dollars on each ticket.', 'dozens of dollars', 'USD', 24, 99],
    ['Several hundred Swiss francs were found in the bag.', 'Several hundred Swiss francs', 'CHF', 300, 900],
  ])('%s', (text, span, currency, low, high) => {
    expect(oneFigure(text)).toMatchObject({ text: span, unit: 'money', currency, low, high });
  });

  it('in French and Spanish too, with their linking "de"', () => {
    expect(oneFigure("L'association a reçu des milliers d'euros de dons.", { lexicon: FR })).toMatchObject({ unit: 'money', currency: 'EUR' });
    expect(oneFigure('La empresa perdió varios millones de dólares el año pasado.', { lexicon: ES })).toMatchObject({
      unit: 'money', currency: 'USD', low: 3e6, high: 9e6,
    });
  });

  it('a vague count of people stays a count', () => {
    expect(oneFigure('A few hundred thousand residents fled the coast.')).toMatchObject({ unit: 'count', currency: null, counted: 'residents' });
  });
});
