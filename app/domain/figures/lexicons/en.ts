/**
 * English: the tables the figure reader uses (see ../lexicon.ts for what each
 * field means). Qualifiers and vague words follow the default conventions of
 * docs/extraction.md; currency codes are ISO 4217.
 */
import type { FigureLexicon } from '../lexicon';
import { EN_INCREMENTS } from './increment-words';
import { EN_DENIALS } from './denial-words';
import { EN_SETTLEMENTS } from './settlement-words';
import type { NumberFormat } from '../number-format';
import { parseNumber, SCALES, TEENS, TENS, UNITS } from '../number-words';

/** "948,000", "1,234.5", "10 000", Indian "12,34,567". */
export const ENGLISH_NUMBERS: NumberFormat = { group: ',', decimal: '.', spaceGroups: true, lakhGroups: true };

const PEOPLE = ['people', 'person', 'persons', 'individuals', 'individual', 'residents', 'resident', 'inhabitants', 'inhabitant', 'citizens', 'citizen'];
const TROOPS = ['troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'personnel'];
const HOUSES = ['houses', 'house', 'homes', 'home', 'dwellings', 'dwelling', 'residences', 'housing'];
const PROTESTERS = ['protesters', 'protester', 'protestors', 'protestor', 'demonstrators', 'demonstrator', 'marchers', 'marcher'];

export const EN: FigureLexicon = {
  language: 'en',
  numberFormat: ENGLISH_NUMBERS,
  readNumber: parseNumber,
  numberStarts: [
    ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(SCALES),
    'a', 'an', 'half', 'minus', 'negative', 'point', 'zero', 'nought', 'naught', 'hundred', 'dozen', 'per', 'percent',
  ],
  mayHoldFigure: /[0-9\u00bc-\u00be\u2150-\u215e\u0660-\u0669\u06f0-\u06f9]|\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|third|fift|twenty|fort|fourt|hundred|thousand|million|billion|trillion|lakh|crore|dozen|several|few|handful|many|numerous|half|score|point|quarter|couple|pair)/i,
  scales: SCALES,
  gluedMultipliers: {
    k: 1e3, K: 1e3, thousand: 1e3, mil: 1e6, mn: 1e6, mln: 1e6, M: 1e6, MM: 1e6, million: 1e6, bn: 1e9, bln: 1e9,
    B: 1e9, billion: 1e9, G: 1e9, tn: 1e12, trn: 1e12, trillion: 1e12,
  },
  moneyOnlyMultipliers: { m: 1e6, b: 1e9 },
  spacedMultipliers: { bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12, mil: 1e6, MM: 1e6, k: 1e3 },
  qualifiersBefore: {
    more_than: [
      'more than', 'over', 'above', 'in excess of', 'greater than', 'higher than', 'larger than', 'bigger than', 'upwards of',
      'upward of', 'exceeding', 'well over', 'well above', 'just over', 'just above', 'slightly more than', 'a little over',
      'a little more than', 'well in excess of', 'more then', 'well more than', 'far more than', 'much more than', '>',
      'well beyond', 'beyond',
    ],
    at_least: [
      'at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of', 'at a minimum',
      'greater than or equal to', 'more than or equal to', 'bigger than or equal to', 'larger than or equal to',
      'higher than or equal to', 'greater or equal than', 'bigger or equal than', 'higher or equal than',
      'larger or equal than', 'more or equal than', 'greater or equal to', 'bigger or equal to', 'higher or equal to',
      'at least or equal to', 'equal to or more than', 'equal to or greater than', 'equal to or higher than',
      'equal or greater than', 'equal to or bigger than', 'equal to or larger than', 'equal or more than', 'no lower than',
      'not below', 'a min of', 'no smaller than', '≥', '> =', '= >',
    ],
    fewer_than: [
      'fewer than', 'less than', 'under', 'below', 'lower than', 'smaller than', 'well under', 'well below', 'less then',
      'fewer then', 'far fewer than', 'far less than', '<',
    ],
    at_most: [
      'at most', 'no more than', 'not more than', 'a maximum of', 'at a maximum', 'at the most', 'less than or equal to',
      'fewer than or equal to', 'smaller than or equal to', 'lower than or equal to', 'less or equal than',
      'smaller or equal than', 'lower or equal than', 'less or equal to', 'lower or equal to', 'smaller or equal to',
      'equal to or less than', 'equal to or fewer than', 'equal to or lower than', 'equal to or smaller than',
      'equal or less than', 'no greater than', 'no higher than', 'not exceeding', 'no bigger than', 'no larger than',
      'not above', 'a max of', 'at max', '≤', '< =', '= <',
    ],
    up_to: ['up to', 'as many as', 'as much as', 'as high as'],
    nearly: [
      'nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of', 'approaching', 'not quite', 'nearing',
      'just short of', 'close on', 'very nearly', 'almost exactly',
    ],
    approx: [
      'about', 'around', 'roughly', 'some', 'closer to', 'nearer to', 'an estimated', 'estimated', 'approximately', 'approx', 'circa', 'ca', '~', '≈',
      'in the region of', 'on the order of', 'of the order of', 'an approximate', 'more or less', 'round about',
      'somewhere around', 'something like', 'an average of', 'on average', 'about some', 'around about', 'roughly about',
    ],
  },
  qualifiersAfter: {
    at_least: ['or more', 'or greater', 'or above', 'or over', 'or higher', 'plus', 'and above', 'and up', 'and over', 'or upwards', 'or bigger', 'or larger', 'and more'],
    at_most: ['or less', 'or fewer', 'or below', 'or under', 'or lower', 'and below', 'and under', 'or smaller'],
    approx: ['or so', 'odd', 'or thereabouts'],
  },
  magnitudeWords: ['magnitude'],
  tallyNouns: ['toll', 'number', 'total', 'tally', 'count', 'figure', 'turnout', 'crowd'],
  determiners: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those'],
  boundVerbs: {
    more_than: [
      'exceeded', 'exceeds', 'exceed', 'surpassed', 'surpasses', 'surpass', 'topped', 'tops', 'top', 'passed', 'passes',
      'rose above', 'rises above', 'climbed above', 'climbed past', 'crossed', 'eclipsed', 'went past', 'went above',
      'rose past', 'rose to more than', 'climbed to more than', 'rose to over', 'climbed to over',
    ],
    at_least: ['reached at least', 'rose to at least', 'climbed to at least'],
    fewer_than: ['fell below', 'dropped below', 'fell under', 'dipped below', 'sank below'],
  },
  rangeOpeners: [
    { phrase: 'between', joiners: ['and', '&'] },
    { phrase: 'from', joiners: ['to', '-', '–', 'through'], change: true },
  ],
  rangeJoiners: ['to', 'through'],
  orJoiners: ['or'],
  changeVerbs: [
    'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'increased', 'increase', 'increases', 'decreased',
    'decrease', 'grew', 'grow', 'grown', 'jumped', 'dropped', 'climbed', 'declined', 'surged', 'soared', 'plunged', 'slid',
    'went', 'up', 'down', 'raised', 'cut', 'reduced', 'lowered', 'boosted', 'tumbled', 'slipped', 'gained', 'sank', 'shrank',
    'doubled', 'expanded', 'changed', 'moved', 'revised', 'upgraded', 'downgraded', 'widened', 'narrowed', 'eased', 'edged',
  ],
  vague: [
    { phrase: 'a few', key: 'a few', scalable: true },
    { phrase: 'a handful', key: 'a few', before: 'of' },
    { phrase: 'several', key: 'several', scalable: true },
    { phrase: 'dozens', key: 'dozens' },
    { phrase: 'scores', key: 'scores', before: 'of' },
    { phrase: 'tens of thousands', key: 'tens of thousands' },
    { phrase: 'tens of millions', key: 'tens of millions' },
    { phrase: 'hundreds of thousands', key: 'hundreds of thousands' },
    { phrase: 'hundreds of millions', key: 'hundreds of millions' },
    { phrase: 'hundreds', key: 'hundreds' },
    { phrase: 'thousands', key: 'thousands' },
    { phrase: 'millions', key: 'millions' },
    { phrase: 'billions', key: 'billions' },
    { phrase: 'many', key: 'many' },
    { phrase: 'numerous', key: 'many' },
  ],
  percentAfter: ['percent', 'percents', 'pct', 'per cent', 'pc', 'percentage points', 'percentage point'],
  percentBefore: [],
  currencyWords: {
    dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
    yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF',
    lira: 'TRY', liras: 'TRY', lire: 'TRY', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
    riyal: 'SAR', riyals: 'SAR', peso: 'MXN', pesos: 'MXN', shekel: 'ILS', shekels: 'ILS', won: 'KRW',
    rand: 'ZAR', naira: 'NGN', kuai: 'CNY', ringgit: 'MYR',
    cedi: 'GHS', cedis: 'GHS', birr: 'ETB', taka: 'BDT', hryvnia: 'UAH', hryvnias: 'UAH', zloty: 'PLN', zlotys: 'PLN',
    // money whose country the word leaves open (several use it): the adjective names it ("Kenyan shillings")
    shilling: '', shillings: '', dinar: '', dinars: '', rial: '', rials: '', dirham: '', dirhams: '', krona: '', kronor: '', krone: '', kroner: '',
    kwacha: '', leone: '', leones: '',
  },
  currencyLinkers: [],
  currencyAdjectives: {
    us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', swiss: 'CHF', syrian: 'SYP', turkish: 'TRY',
    hong: 'HKD', new: 'NZD', singapore: 'SGD', mexican: 'MXN', egyptian: 'EGP', iraqi: 'IQD', lebanese: 'LBP',
    kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS', pakistani: 'PKR', nepali: 'NPR', nepalese: 'NPR',
    indian: 'INR', jordanian: 'JOD', kuwaiti: 'KWD', bahraini: 'BHD', iranian: 'IRR', omani: 'OMR', yemeni: 'YER',
    sudanese: 'SDG', libyan: 'LYD', tunisian: 'TND', algerian: 'DZD', swedish: 'SEK', norwegian: 'NOK', danish: 'DKK',
    moroccan: 'MAD', emirati: 'AED', uae: 'AED', saudi: 'SAR', qatari: 'QAR',
  },
  currencyAdjectivesAfter: {},
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  ambiguousMonths: ['may', 'march', 'mar', 'jan', 'dec', 'sep', 'oct', 'aug', 'jun', 'jul', 'apr', 'nov'],
  timeUnits: [
    'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight', 'fortnights',
    'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'night', 'nights', 'weekend', 'weekends',
    'hr', 'hrs', 'yr', 'yrs', 'mins', 'min', 'quarters', 'semesters', 'seasons', 'terms',
  ],
  frameBefore: [
    'last', 'past', 'next', 'previous', 'coming', 'recent', 'first', 'final', 'following', 'preceding',
    'in', 'over', 'during', 'within', 'for', 'after', 'before', 'throughout', 'since', 'until', 'by', 'across', 'spanning',
  ],
  frameAfter: ['ago', 'earlier', 'later', 'before', 'after', 'since', 'prior', 'beforehand', 'afterwards', 'hence'],
  events: {
    killed: 'killed', kill: 'killed', kills: 'killed', killing: 'killed', dead: 'killed', died: 'killed', die: 'killed',
    dying: 'killed', slain: 'killed', perished: 'killed', executed: 'killed', massacred: 'killed', deaths: 'killed',
    fatalities: 'killed', murdered: 'killed', drowned: 'killed', lost: 'killed', toll: 'killed',
    wounded: 'wounded', injured: 'wounded', hurt: 'wounded', wounding: 'wounded', injuring: 'wounded', injuries: 'wounded',
    displaced: 'displaced', fled: 'displaced', fleeing: 'displaced', flee: 'displaced', uprooted: 'displaced',
    evacuated: 'displaced', homeless: 'displaced', refugees: 'displaced', evacuate: 'displaced',
    'leave their homes': 'displaced', 'left their homes': 'displaced', 'leaving their homes': 'displaced',
    'forced from their homes': 'displaced', 'driven from their homes': 'displaced',
    sent: 'sent', deployed: 'sent', dispatched: 'sent', sending: 'sent', deploying: 'sent', stationed: 'sent',
    seized: 'seized', captured: 'seized', took: 'seized', taken: 'seized', retook: 'seized', retaken: 'seized',
    overran: 'seized', recaptured: 'seized', seizing: 'seized', capturing: 'seized',
    arrested: 'detained', detained: 'detained', abducted: 'detained', kidnapped: 'detained', held: 'detained', jailed: 'detained',
    imprisoned: 'detained', arresting: 'detained', arrests: 'detained',
    struck: 'struck', hit: 'struck', shelled: 'struck', bombed: 'struck', targeted: 'struck', shelling: 'struck',
    bombing: 'struck', attacked: 'struck', raided: 'struck',
    destroyed: 'destroyed', razed: 'destroyed', flattened: 'destroyed', collapsed: 'destroyed', demolished: 'destroyed',
    levelled: 'destroyed', leveled: 'destroyed',
    damaged: 'damaged',
    missing: 'missing', unaccounted: 'missing',
    affected: 'affected', rescued: 'rescued', infected: 'infected', vaccinated: 'vaccinated',
    joined: 'attended', attended: 'attended', marched: 'attended', rallied: 'attended', gathered: 'attended',
    protested: 'attended', demonstrated: 'attended', drew: 'attended', turnout: 'attended', crowd: 'attended',
    drawing: 'attended', 'took part': 'attended', 'taken part': 'attended', 'taking part': 'attended', 'turned out': 'attended',
    // "lost" alone is a death; what else was lost is said after it (see withParticle in counted-event.ts)
    'lost their lives': 'killed', 'lost his life': 'killed', 'lost her life': 'killed',
    'lost their homes': 'displaced', 'lost their houses': 'displaced', 'lost homes': 'displaced',
  },
  counted: {
    ...Object.fromEntries(PEOPLE.map((w) => [w, 'people'])),
    ...Object.fromEntries(TROOPS.map((w) => [w, 'troops'])),
    ...Object.fromEntries(HOUSES.map((w) => [w, 'houses'])),
    ...Object.fromEntries(PROTESTERS.map((w) => [w, 'protesters'])),
    civilians: 'civilians', civilian: 'civilians', children: 'children', child: 'children', families: 'families',
    family: 'families', hectares: 'hectares', hectare: 'hectares', ha: 'hectares', refugees: 'refugees', refugee: 'refugees',
    // the dead counted by what is found of them: "recovered 212 bodies" counts the dead
    bodies: 'bodies', corpses: 'bodies', remains: 'bodies',
  },
  increments: EN_INCREMENTS,
  denials: EN_DENIALS,
  settlements: EN_SETTLEMENTS,
};
