/**
 * French: the tables the figure reader uses (see ../lexicon.ts). Thousands are
 * grouped with a (narrow no-break) space or a dot, decimals take a comma
 * ("3 114", "6,9"); "17 millions", "un million et demi", "près de", "au moins".
 */
import type { FigureLexicon } from '../lexicon';
import { FR_INCREMENTS } from './increment-words';
import { FR_DENIALS } from './denial-words';
import { FR_SETTLEMENTS } from './settlement-words';
import type { CountedClass, EventClass } from '../classes';
import type { NumberFormat } from '../number-format';
import { numberReader, type NumberWords } from '../read-number-words';
import { countedNounPhrase } from '../counted-phrase';

/** "3 114", "3 114" (U+202F), "1.500", "6,9". */
export const FRENCH_NUMBERS: NumberFormat = { group: '.', decimal: ',', spaceGroups: true, lakhGroups: false };

const UNITS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};

const WORDS: NumberWords = {
  values: UNITS,
  hundreds: ['cent', 'cents'],
  // a scale after an article elided into a qualifier ("plus d'un million") is read alone
  scalesAlone: ['mille', 'million', 'milliard'],
  scaleValues: {},
  joiners: ['et'],
  gluedJoiner: null,
  half: ['et demi', 'et demie'],
  addAfterScale: false,
  articles: ['un', 'une'],
};

/**
 * Every qualifier ending in "de" also takes the article elided into it ("plus
 * d'un", "près d’une", "pas moins d'un"): the qualifier then holds the
 * article, and the scale or round noun after it is read alone ("million",
 * "centaine").
 */
function withElidedArticle(q: FigureLexicon['qualifiersBefore']): FigureLexicon['qualifiersBefore'] {
  const elided = (p: string) => (p.endsWith(' de') ? ["'un", '’un', "'une", '’une'].map((a) => `${p.slice(0, -3)} d${a}`) : []);
  return Object.fromEntries(Object.entries(q).map(([k, list]) => [k, [...list, ...list.flatMap(elided)]])) as FigureLexicon['qualifiersBefore'];
}

const events = (cls: EventClass, words: string[]): Record<string, EventClass> => Object.fromEntries(words.map((w) => [w, cls]));

export const FR: FigureLexicon = {
  language: 'fr',
  numberFormat: FRENCH_NUMBERS,
  readNumber: numberReader(WORDS),
  numberStarts: [...Object.keys(UNITS), 'cent', 'mille', 'million', 'milliard'],
  mayHoldFigure: /[0-9\u00bc-\u00be\u2150-\u215e\u0660-\u0669]|\b(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|million|milliard|dizaine|douzaine|vingtaine|trentaine|centaine|millier|plusieurs|quelques|nombreu|moiti|tiers|quart)/i,
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  gluedMultipliers: {},
  moneyOnlyMultipliers: {},
  spacedMultipliers: { md: 1e9, mds: 1e9, mrd: 1e9 },
  qualifiersBefore: withElidedArticle({
    more_than: ['plus de', 'bien plus de', 'au-delà de', 'largement plus de', 'un peu plus de', 'supérieur à', 'supérieure à', 'supérieurs à', 'supérieures à'],
    at_least: ['au moins', 'pas moins de', 'au minimum', 'un minimum de'],
    fewer_than: ['moins de', 'un peu moins de', 'bien moins de', 'inférieur à', 'inférieure à', 'inférieurs à', 'inférieures à'],
    at_most: ['au plus', 'au maximum', 'pas plus de', 'tout au plus'],
    up_to: ["jusqu ' à", "jusqu’ à", 'jusqu à'],
    nearly: ['près de', 'presque', 'pratiquement', 'quasiment', 'pas loin de', 'approchant'],
    approx: ['environ', "qu'environ", 'qu’environ', 'quelque', 'autour de', 'aux alentours de', 'approximativement', 'à peu près', 'de l\' ordre de', 'quelques', "d'environ", 'd’environ'],
  }),
  qualifiersAfter: {
    at_least: ['ou plus', 'au moins'],
    at_most: ['ou moins', 'au plus'],
    approx: ['environ'],
  },
  // "au plus fort / haut / tard de…": a superlative, not "at most"
  suffixBlockers: ['fort', 'haut', 'tard', 'vite', 'bas', 'près', 'loin', 'grand', 'tôt'],
  magnitudeWords: ['magnitude'],
  tallyNouns: ['bilan', 'nombre', 'total', 'chiffre', 'décompte'],
  boundVerbs: {
    more_than: [
      'dépassé', 'dépasse', 'dépassent', 'dépasser', 'dépassera', 'dépasseront', 'dépasserait', 'dépasseraient', 'dépassait',
      'dépassaient', 'franchi', 'excède', 'excédé', 'excèdent', 'excédait',
    ],
  },
  rangeOpeners: [
    { phrase: 'entre', joiners: ['et'] },
    { phrase: 'de', joiners: ['à'], change: true },
  ],
  rangeJoiners: ['à'],
  orJoiners: ['ou'],
  changeVerbs: [
    'passé', 'passée', 'passés', 'passées', 'passer', 'passe', 'passent', 'passera', 'passeront', 'passant', 'augmenté',
    'augmente', 'baissé', 'baisse', 'chuté', 'chute', 'grimpé', 'grimpe', 'bondi', 'diminué', 'reculé', 'recule', 'progressé',
    'relevé', 'abaissé', 'ramené', 'ramenée', 'réduit', 'réduite', 'revu', 'revue', 'révisé', 'révisée', 'monté', 'montée',
    'hausse', 'augmentation', 'diminution', 'recul', 'évolué', 'gonflé',
  ],
  vague: [
    { phrase: 'des dizaines de milliers', key: 'tens of thousands' },
    { phrase: 'des centaines de milliers', key: 'hundreds of thousands' },
    { phrase: 'des dizaines de millions', key: 'tens of millions' },
    { phrase: 'des centaines de millions', key: 'hundreds of millions' },
    { phrase: 'des dizaines', key: 'dozens' },
    { phrase: 'dizaines', key: 'dozens' },
    { phrase: 'des centaines', key: 'hundreds' },
    { phrase: 'centaines', key: 'hundreds' },
    { phrase: 'des milliers', key: 'thousands' },
    { phrase: 'milliers', key: 'thousands' },
    { phrase: 'des millions', key: 'millions' },
    { phrase: 'des milliards', key: 'billions' },
    // "plusieurs centaines" is several × 100, as "several hundred" (extraction.md: several = 3–9)
    { phrase: 'plusieurs', key: 'several', scalable: true },
    // "quelques milliers" is a few × 1000, as "a few thousand" (extraction.md: a few = 2–5)
    { phrase: 'quelques', key: 'a few', scalable: true },
    { phrase: 'de nombreux', key: 'many' },
    { phrase: 'de nombreuses', key: 'many' },
    { phrase: 'nombreux', key: 'many' },
  ],
  vagueScales: { dizaines: 10, centaines: 100, milliers: 1000, millions: 1e6, milliards: 1e9 },
  vagueScaleLinkers: ['de'],
  roundNouns: {
    'une dizaine': { value: 10, approx: true }, 'une quinzaine': { value: 15, approx: true }, 'une vingtaine': { value: 20, approx: true },
    'une trentaine': { value: 30, approx: true }, 'une quarantaine': { value: 40, approx: true }, 'une cinquantaine': { value: 50, approx: true },
    'une soixantaine': { value: 60, approx: true }, 'une centaine': { value: 100, approx: true }, 'un millier': { value: 1000, approx: true },
    'une douzaine': { value: 12, approx: false },
    // after "plus d'une", "près d'un" (the article is elided into the qualifier)
    dizaine: { value: 10, approx: true }, vingtaine: { value: 20, approx: true }, trentaine: { value: 30, approx: true },
    cinquantaine: { value: 50, approx: true }, centaine: { value: 100, approx: true }, millier: { value: 1000, approx: true },
    douzaine: { value: 12, approx: false },
    // half a million, alone or after "plus d'un"
    'un demi - million': { value: 5e5, approx: false }, 'demi - million': { value: 5e5, approx: false },
    'un demi million': { value: 5e5, approx: false }, 'demi million': { value: 5e5, approx: false },
    'un demi - milliard': { value: 5e8, approx: false }, 'demi - milliard': { value: 5e8, approx: false },
  },
  percentAfter: ['pour cent', 'pourcent', 'points de pourcentage'],
  percentBefore: [],
  currencyWords: {
    euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD',
    // pounds, francs, dinars and lire of several countries: the adjective after says which, else the currency stays open
    livre: '', livres: '', franc: '', francs: '', dinar: '', dinars: '', lire: '', lires: '', dirham: '', dirhams: '', riyal: '', riyals: '',
  },
  currencyLinkers: ['de'],
  currencyAdjectives: {},
  currencyAdjectivesAfter: {
    sterling: 'GBP', sterlings: 'GBP', syrienne: 'SYP', syriennes: 'SYP', libanaise: 'LBP', libanaises: 'LBP', égyptienne: 'EGP',
    égyptiennes: 'EGP', turque: 'TRY', turques: 'TRY', suisse: 'CHF', suisses: 'CHF', cfa: 'XOF', irakien: 'IQD', irakiens: 'IQD',
    jordanien: 'JOD', jordaniens: 'JOD', tunisien: 'TND', tunisiens: 'TND', algérien: 'DZD', algériens: 'DZD',
    marocain: 'MAD', marocains: 'MAD', émirati: 'AED', émiratis: 'AED', saoudien: 'SAR', saoudiens: 'SAR',
  },
  months: [
    'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre',
    'novembre', 'décembre', 'decembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ],
  ambiguousMonths: [],
  timeUnits: [
    'seconde', 'secondes', 'minute', 'minutes', 'heure', 'heures', 'jour', 'jours', 'journée', 'journées', 'semaine',
    'semaines', 'mois', 'an', 'ans', 'année', 'années', 'décennie', 'décennies', 'siècle', 'siècles', 'nuit', 'nuits', 'h',
  ],
  frameBefore: ['depuis', 'pendant', 'en', 'dans', 'durant', 'après', 'avant', 'les', 'des', 'ces', 'derniers', 'dernières', 'prochains', 'prochaines', 'sur'],
  frameAfter: ['derniers', 'dernières', 'prochains', 'prochaines', 'plus', 'auparavant', 'plus tôt', 'plus tard'],
  auxiliaries: new Set([
    'ont', 'a', 'été', 'sont', 'est', 'avaient', 'avait', 'étaient', 'était', 'furent', 'fut', 'seraient', 'serait', 'auraient',
    'aurait', 'se', 'y', 'porté', 'portés', 'portée', 'portées', 'déjà', 'également', 'aussi', 'notamment', 'qui', 'ainsi', 'toutes', 'tous',
  ]),
  events: {
    ...events('killed', ['tués', 'tuées', 'tué', 'tuée', 'morts', 'mortes', 'mort', 'décès', 'décédés', 'péri', 'tuant', 'victimes', 'bilan', 'meurent', 'mouru', 'sont morts', 'ont péri']),
    ...events('wounded', ['blessés', 'blessées', 'blessé', 'blessant', 'blessures']),
    ...events('displaced', ['déplacés', 'déplacées', 'fui', 'fuient', 'fuyant', 'fuite', 'réfugiés', 'évacués', 'exode', 'sans-abri']),
    ...events('detained', ['arrêtés', 'arrêtées', 'arrêté', 'détenus', 'détenues', 'interpellés', 'enlevés', 'emprisonnés', 'arrestations']),
    ...events('missing', ['disparus', 'disparues', 'portés disparus']),
    ...events('destroyed', ['détruits', 'détruites', 'détruit', 'rasés', 'effondrés', 'effondrées']),
    ...events('damaged', ['endommagés', 'endommagées']),
    ...events('sent', ['envoyé', 'envoyés', 'déployé', 'déployés', 'dépêché']),
    ...events('seized', ['pris', 'repris', 'capturé', 'capturés', 'conquis']),
    ...events('struck', ['frappé', 'frappés', 'bombardé', 'bombardés', 'visé', 'visés', 'frappes']),
    ...events('rescued', ['secourus', 'sauvés']),
    ...events('attended', ['manifesté', 'manifestants', 'rassemblé', 'rassemblés']),
  },
  counted: {
    personnes: 'people', personne: 'people', habitants: 'people', habitant: 'people', individus: 'people', gens: 'people',
    ressortissants: 'people', résidents: 'people',
    civils: 'civilians', civil: 'civilians', enfants: 'children', enfant: 'children', familles: 'families', famille: 'families',
    soldats: 'troops', soldat: 'troops', militaires: 'troops', troupes: 'troops',
    maisons: 'houses', maison: 'houses', logements: 'houses', habitations: 'houses', domiciles: 'houses',
    manifestants: 'protesters', hectares: 'hectares', corps: 'bodies', cadavres: 'bodies', dépouilles: 'bodies',
    // nouns naming people by what happened to them: "12 000 réfugiés", "200 blessés" count them (and name the event)
    réfugiés: 'refugees', réfugiées: 'refugees', réfugié: 'refugees',
    ...Object.fromEntries(['blessés', 'blessées', 'déplacés', 'déplacées', 'morts', 'mortes', 'tués', 'disparus', 'disparues', 'détenus', 'détenues', 'évacués', 'victimes', 'sans-abri'].map((w) => [w, 'people'])),
  },
  countedAfter: countedNounPhrase({
    linkers: ['de', 'des', 'du'],
    stops: ['et', 'ou', 'en', 'dans', 'à', 'au', 'aux', 'par', 'pour', 'avec', 'selon', 'depuis', 'entre', 'ont', 'sont', 'a', 'été', 'se', 'qui', 'que', 'sur', 'sans', 'pendant', 'après', 'au moins'],
  }),
  qualifiersAfterCounted: true,
  increments: FR_INCREMENTS,
  denials: FR_DENIALS,
  settlements: FR_SETTLEMENTS,
};
