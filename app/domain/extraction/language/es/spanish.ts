import type { Language } from '../types';

/** Abbreviations something always follows: titles and "núm." before a number. */
const CONTINUING = new Set(['sr', 'sra', 'sres', 'sras', 'srta', 'dr', 'dra', 'lic', 'ing', 'prof', 'd', 'dña', 'núm', 'nº', 'n°', 'art', 'pág', 'cap', 'gral', 'tte', 'cnel', 'av', 'avda', 'aprox', 'vol']);
/** Abbreviations that may end a sentence. */
const FINAL = new Set(['etc', 'cía', 'hab', 'a.c', 'd.c', 'ee.uu', 'uu']);

const SPEECH_VERBS = [
  'dijo', 'afirmó', 'señaló', 'informó', 'indicó', 'aseguró', 'declaró', 'explicó', 'precisó', 'anunció', 'agregó', 'añadió',
  'confirmó', 'denunció', 'reportó', 'dijeron', 'afirmaron', 'señalaron', 'informaron', 'indicaron', 'aseguraron', 'declararon',
  'anunciaron', 'confirmaron', 'ha dicho', 'han dicho', 'ha afirmado', 'ha informado', 'ha señalado', 'ha indicado', 'dice',
  'afirma', 'señala', 'informa', 'indica', 'asegura', 'dicen', 'afirman', 'informan', 'sostiene', 'sostienen', 'sostuvo',
  // verbs that give a figure: "el organismo calcula que el 60 % …"
  'calcula', 'calculan', 'calculó', 'estima', 'estiman', 'estimó', 'cifra', 'cifran', 'cifró', 'contabiliza', 'contabilizó',
  'calcularon', 'estimaron', 'cifraron', 'contabilizaron',
  // "los organizadores hablaron de más de 40.000": speaking of a figure
  'hablaron de', 'habló de', 'hablan de', 'habla de',
  // compound past: "ha explicado", "habían confirmado"
  ...['ha', 'han', 'había', 'habían'].flatMap((aux) => ['explicado', 'asegurado', 'confirmado', 'anunciado', 'precisado', 'declarado', 'denunciado', 'reconocido', 'detallado', 'agregado', 'añadido'].map((p) => `${aux} ${p}`)),
];
const STOPS = new Set([
  'que', 'quien', 'cual', 'en', 'a', 'al', 'ante', 'durante', 'sobre', 'tras', 'con', 'para', 'por', 'este', 'esta', 'lunes',
  'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'ayer', 'hoy', 'y', 'pero', 'mientras', 'aunque', 'él',
  'ella', 'ellos', 'ellas', 'más', 'casi', 'unos', 'unas', 'cerca',
  // impersonal "se": "el coste se estima en", "se calcula que" name no speaker
  'se',
]);

/** Spanish: Intl.Segmenter with Spanish abbreviations; "según X", "X dijo", "…, dijo el portavoz". */
export const SPANISH: Language = {
  code: 'es',
  sentences: { splitter: 'segmenter', words: { locale: 'es', continuing: CONTINUING, final: FINAL, terminals: '', nonTerminals: '' } },
  attribution: {
    reader: 'forms',
    words: {
      speechVerbs: SPEECH_VERBS,
      // "El Gobierno elevó la cifra a 45", "La policía situó el número de manifestantes en 20.000"
      accordingToRelatives: ['lo que', 'como', 'lo'],
      figureVerbs: [
        'elevó', 'eleva', 'elevan', 'elevaron', 'ha elevado', 'han elevado', 'situó', 'sitúa', 'sitúan', 'situaron', 'ha situado',
        'fijó', 'fija', 'ha fijado', 'rebajó', 'rebaja', 'ha rebajado', 'actualizó', 'actualiza', 'ha actualizado',
      ],
      figureNouns: ['cifra', 'balance', 'número', 'saldo', 'recuento', 'total', 'coste', 'costo', 'monto', 'importe'],
      // and the clitics of an inverted verb: "así lo confirmó el alcalde"
      adverbs: ['así', 'lo', 'le', 'les', 'tal como', 'también', 'ya', 'además', 'asimismo', 'igualmente', 'hoy', 'ayer', 'anoche', 'luego', 'finalmente', 'incluso', 'posteriormente', 'por su parte', 'a su vez', 'por otra parte'],
      accordingTo: ['según', 'de acuerdo con', 'de acuerdo a', 'conforme a', 'citando a'],
      accordingToGlued: [],
      gluedArticle: '',
      gluedConjunctions: [],
      postpositions: [],
      statementNouns: ['datos', 'cifras', 'balance', 'estimaciones', 'informe', 'recuento', 'comunicado'],
      statementLinkers: ['de', 'del'],
      statementModifiers: ['último', 'última', 'últimos', 'últimas', 'nuevo', 'nueva', 'nuevos', 'nuevas', 'oficial', 'oficiales', 'provisional', 'provisionales', 'actualizado', 'actualizados', 'reciente', 'recientes'],
      sourceEndings: [],
      verbFinal: false,
      stops: STOPS,
      articles: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del']),
      definitePrefix: '',
      linkPrefixes: [],
      thirdPerson: new Set(['él', 'ella', 'ellos', 'ellas', 'misma fuente', 'mismas fuentes']),
      pronounSuffixes: [],
    },
  },
};
