/**
 * Spanish: the tables the figure reader uses (see ../lexicon.ts). Thousands
 * take a dot (or a space), decimals a comma ("2.300", "6,9"); "mil millones"
 * is a thousand million; "más de", "casi", "al menos", "unos".
 */
import type { FigureLexicon } from '../lexicon';
import { ES_INCREMENTS } from './increment-words';
import { ES_DENIALS } from './denial-words';
import { ES_SETTLEMENTS } from './settlement-words';
import type { CountedClass, EventClass } from '../classes';
import type { NumberFormat } from '../number-format';
import { numberReader, type NumberWords } from '../read-number-words';
import { countedNounPhrase } from '../counted-phrase';

/** "2.300", "1 500", "6,9". */
export const SPANISH_NUMBERS: NumberFormat = { group: '.', decimal: ',', spaceGroups: true, lakhGroups: false };

const UNITS: Record<string, number> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
  doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400,
  cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700,
  setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};

const WORDS: NumberWords = {
  values: UNITS,
  hundreds: [],
  scalesAlone: ['mil'],
  scaleValues: {},
  joiners: ['y'],
  gluedJoiner: null,
  half: ['y medio', 'y media'],
  addAfterScale: true,
  articles: ['un', 'una', 'uno'],
};

const events = (cls: EventClass, words: string[]): Record<string, EventClass> => Object.fromEntries(words.map((w) => [w, cls]));

export const ES: FigureLexicon = {
  language: 'es',
  numberFormat: SPANISH_NUMBERS,
  readNumber: numberReader(WORDS),
  numberStarts: [...Object.keys(UNITS), 'mil', 'millón', 'millones'],
  mayHoldFigure: /[0-9\u00bc-\u00be\u2150-\u215e\u0660-\u0669]|\b(?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|doscient|trescient|cuatrocient|quinient|seiscient|setecient|ochocient|novecient|mil|decenas|centenar|cientos|varios|varias|algunos|algunas|muchos|muchas|mitad|tercio|cuarto)/i,
  scales: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, billón: 1e12, billones: 1e12 },
  gluedMultipliers: {},
  moneyOnlyMultipliers: {},
  spacedMultipliers: {},
  qualifiersBefore: {
    more_than: ['más de', 'mas de', 'más del', 'por encima de', 'por encima del', 'superior a', 'superiores a', 'superior al'],
    at_least: ['al menos', 'al menos el', 'por lo menos', 'como mínimo', 'no menos de', 'no menos del'],
    fewer_than: ['menos de', 'menos del', 'por debajo de', 'por debajo del'],
    at_most: ['como máximo', 'a lo sumo', 'no más de'],
    up_to: ['hasta'],
    nearly: ['casi', 'casi el', 'cerca de', 'cerca del', 'prácticamente', 'rozando', 'rozando el'],
    approx: ['unos', 'unas', 'alrededor de', 'alrededor del', 'en torno al', 'aproximadamente', 'aproximadamente el', 'en torno a', 'aproximadamente unos', 'del orden de', 'cerca de unos'],
  },
  qualifiersAfter: {
    at_least: ['o más', 'al menos', 'como mínimo'],
    at_most: ['o menos', 'como máximo'],
    approx: ['aproximadamente'],
  },
  magnitudeWords: ['magnitud'],
  tallyNouns: ['balance', 'número', 'cifra', 'total', 'saldo', 'recuento'],
  boundVerbs: {
    more_than: [
      'superó', 'supera', 'superan', 'superaron', 'rebasó', 'sobrepasó', 'excede', 'superar', 'superaría', 'superarán', 'superará',
      'superaba', 'superaban', 'rebasaba', 'sobrepasaba',
      // with the article Spanish puts before an amount: "superan los 2.100 millones"
      ...['superó', 'supera', 'superan', 'superaron', 'rebasa', 'rebasó', 'sobrepasa', 'sobrepasó', 'excede', 'exceden', 'superar', 'superaría',
        'superarán', 'superará', 'superado', 'rebasar', 'sobrepasar', 'superaba', 'superaban', 'rebasaba', 'sobrepasaba'].flatMap((v) => [`${v} los`, `${v} las`, `${v} el`]),
    ],
  },
  rangeOpeners: [
    { phrase: 'entre', joiners: ['y', 'e'] },
    { phrase: 'entre el', joiners: ['y el', 'y'] },
    { phrase: 'de', joiners: ['a'], change: true },
    { phrase: 'del', joiners: ['al'], change: true },
    { phrase: 'desde', joiners: ['hasta', 'a'], change: true },
  ],
  rangeJoiners: ['a'],
  orJoiners: ['o', 'u'],
  changeVerbs: [
    'pasó', 'pasa', 'pasan', 'pasaron', 'pasado', 'pasar', 'pasará', 'pasarán', 'aumentó', 'aumentaron', 'aumentado',
    'subió', 'subieron', 'subido', 'bajó', 'bajaron', 'bajado', 'cayó', 'cayeron', 'caído', 'creció', 'crecieron', 'crecido',
    'disminuyó', 'descendió', 'elevó', 'elevado', 'redujo', 'reducido', 'incrementó', 'saltó', 'revisó', 'rebajó', 'recortó',
    'aumento', 'subida', 'bajada', 'caída', 'descenso', 'incremento',
  ],
  vague: [
    { phrase: 'decenas de miles', key: 'tens of thousands' },
    { phrase: 'cientos de miles', key: 'hundreds of thousands' },
    { phrase: 'centenares de miles', key: 'hundreds of thousands' },
    { phrase: 'decenas de millones', key: 'tens of millions' },
    { phrase: 'cientos de millones', key: 'hundreds of millions' },
    { phrase: 'decenas', key: 'dozens' },
    { phrase: 'cientos', key: 'hundreds' },
    { phrase: 'centenares', key: 'hundreds' },
    { phrase: 'miles', key: 'thousands' },
    { phrase: 'millones', key: 'millions' },
    { phrase: 'millares', key: 'thousands' },
    { phrase: 'docenas', key: 'dozens' },
    { phrase: 'varios', key: 'several', scalable: true },
    { phrase: 'varias', key: 'several', scalable: true },
    { phrase: 'unos pocos', key: 'a few', scalable: true },
    { phrase: 'unas pocas', key: 'a few', scalable: true },
    { phrase: 'unos cuantos', key: 'a few', scalable: true },
    { phrase: 'unas cuantas', key: 'a few', scalable: true },
    // "algunos miles" is a few thousand; "algunos" alone ("algunos vecinos") is no figure
    { phrase: 'algunos', key: 'a few', scalable: true, scaledOnly: true },
    { phrase: 'algunas', key: 'a few', scalable: true, scaledOnly: true },
    { phrase: 'muchos', key: 'many' },
    { phrase: 'muchas', key: 'many' },
    { phrase: 'numerosos', key: 'many' },
    { phrase: 'numerosas', key: 'many' },
  ],
  vagueScales: { decenas: 10, cientos: 100, centenares: 100, miles: 1000, millares: 1000, millones: 1e6 },
  vagueScaleLinkers: ['de'],
  roundNouns: {
    'una decena': { value: 10, approx: true }, 'una veintena': { value: 20, approx: true }, 'una treintena': { value: 30, approx: true },
    'un centenar': { value: 100, approx: true }, 'un millar': { value: 1000, approx: true }, 'una docena': { value: 12, approx: false },
    'medio centenar': { value: 50, approx: true }, 'medio millar': { value: 500, approx: true },
    'medio millón': { value: 5e5, approx: false }, 'medio millon': { value: 5e5, approx: false },
  },
  percentAfter: ['por ciento', 'porciento', 'puntos porcentuales'],
  percentBefore: [],
  currencyWords: {
    euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', dolar: 'USD', dolares: 'USD', libra: '', libras: '',
    // pounds, pesos and lire of several countries: the adjective after says which, else the currency stays open
    peso: '', pesos: '', lira: '', liras: '', dírham: '', dírhams: '', dirham: '', dirhams: '', dinar: '', dinares: '',
  },
  currencyLinkers: ['de'],
  currencyAdjectives: {},
  currencyAdjectivesAfter: {
    esterlina: 'GBP', esterlinas: 'GBP', siria: 'SYP', sirias: 'SYP', libanesa: 'LBP', libanesas: 'LBP', egipcia: 'EGP',
    egipcias: 'EGP', turca: 'TRY', turcas: 'TRY', mexicano: 'MXN', mexicanos: 'MXN', argentino: 'ARS', argentinos: 'ARS',
    colombiano: 'COP', colombianos: 'COP', chileno: 'CLP', chilenos: 'CLP', marroquí: 'MAD', marroquíes: 'MAD',
  },
  months: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
    'noviembre', 'diciembre', 'ene', 'feb', 'abr', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic',
  ],
  ambiguousMonths: [],
  timeUnits: [
    'segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'semana', 'semanas', 'mes', 'meses',
    'año', 'años', 'década', 'décadas', 'siglo', 'siglos', 'noche', 'noches', 'jornada', 'jornadas',
  ],
  frameBefore: ['en', 'durante', 'desde', 'hace', 'tras', 'después', 'antes', 'los', 'las', 'últimos', 'últimas', 'próximos', 'próximas', 'por'],
  frameAfter: ['después', 'antes', 'atrás', 'más', 'siguientes', 'anteriores'],
  auxiliaries: new Set([
    'fueron', 'fue', 'han', 'ha', 'sido', 'habían', 'había', 'son', 'eran', 'están', 'estaban', 'quedaron', 'quedado', 'resultaron',
    'resultado', 'siguen', 'sigue', 'permanecen', 'se', 'ya', 'también', 'que', 'todos', 'todas',
  ]),
  events: {
    ...events('killed', ['muertos', 'muertas', 'muerto', 'murieron', 'murió', 'mueren', 'fallecidos', 'fallecieron', 'fallecidas', 'muertes', 'asesinados', 'víctimas', 'perdieron', 'balance', 'mataron']),
    ...events('wounded', ['heridos', 'heridas', 'herido', 'resultaron', 'lesionados']),
    ...events('displaced', ['desplazados', 'desplazadas', 'huyeron', 'huido', 'huyen', 'refugiados', 'evacuados', 'evacuadas', 'desalojados']),
    ...events('detained', ['detenidos', 'detenidas', 'arrestados', 'arrestadas', 'secuestrados', 'encarcelados', 'detenciones']),
    ...events('missing', ['desaparecidos', 'desaparecidas']),
    ...events('destroyed', ['destruidos', 'destruidas', 'derrumbados', 'derrumbadas', 'arrasados']),
    ...events('damaged', ['dañados', 'dañadas']),
    ...events('sent', ['enviado', 'enviados', 'desplegado', 'desplegados']),
    ...events('seized', ['tomado', 'tomaron', 'capturado', 'capturados', 'conquistado', 'recuperado']),
    ...events('struck', ['bombardeado', 'bombardeados', 'atacado', 'atacados', 'bombardeos']),
    ...events('rescued', ['rescatados', 'rescatadas']),
    ...events('attended', ['manifestantes', 'marcharon']),
  },
  counted: {
    personas: 'people', persona: 'people', habitantes: 'people', residentes: 'people', ciudadanos: 'people', gente: 'people',
    civiles: 'civilians', civil: 'civilians', niños: 'children', niño: 'children', menores: 'children',
    familias: 'families', familia: 'families', soldados: 'troops', soldado: 'troops', militares: 'troops', tropas: 'troops',
    viviendas: 'houses', vivienda: 'houses', casas: 'houses', casa: 'houses', hogares: 'houses',
    manifestantes: 'protesters', hectáreas: 'hectares', cuerpos: 'bodies', cadáveres: 'bodies', restos: 'bodies',
    // nouns naming people by what happened to them: "3.000 refugiados", "40 heridos" count them (and name the event)
    refugiados: 'refugees', refugiadas: 'refugees', refugiado: 'refugees',
    ...Object.fromEntries(['heridos', 'heridas', 'desplazados', 'desplazadas', 'muertos', 'muertas', 'fallecidos', 'fallecidas', 'desaparecidos', 'desaparecidas', 'detenidos', 'detenidas', 'evacuados', 'evacuadas', 'víctimas'].map((w) => [w, 'people'])),
  },
  countedAfter: countedNounPhrase({ linkers: ['de', 'del'], stops: ['y', 'o', 'en', 'que', 'a', 'al', 'por', 'con', 'según', 'desde', 'entre', 'han', 'ha', 'fueron', 'resultaron', 'murieron', 'se', 'para', 'sin', 'durante', 'tras', 'siguen', 'sigue', 'están', 'estaban', 'permanecen', 'quedaron', 'son', 'eran', 'habían'] }),
  qualifiersAfterCounted: true,
  increments: ES_INCREMENTS,
  denials: ES_DENIALS,
  settlements: ES_SETTLEMENTS,
};
