import type { Language } from '../types';

/** Abbreviations something always follows: titles, "vb." and "vs." in lists, "No." before a number. */
const CONTINUING = new Set(['dr', 'prof', 'doç', 'av', 'yrd', 'sn', 'müh', 'org', 'korg', 'tuğg', 'alb', 'yzb', 'no', 'nr', 'bkz', 'yy', 'mah', 'cad', 'sok', 'apt']);
/** Abbreviations that may end a sentence ("… gıda, ilaç vb."). */
const FINAL = new Set(['vb', 'vs', 'vd', 'ltd', 'şti', 'a.ş', 'ö', 'm.ö', 'm.s']);

const SPEECH_VERBS = [
  'dedi', 'açıkladı', 'bildirdi', 'belirtti', 'söyledi', 'duyurdu', 'kaydetti', 'aktardı', 'ifade etti', 'iddia etti',
  'açıklama yaptı', 'dediler', 'açıkladılar', 'bildirdiler', 'belirttiler', 'söylediler', 'duyurdular', 'açıklıyor', 'bildiriyor',
  'belirtiyor', 'diyor',
];

/** Turkish: Intl.Segmenter with Turkish abbreviations; "X'e göre", "X'in açıklamasına göre", "X … açıkladı". */
export const TURKISH: Language = {
  code: 'tr',
  sentences: { splitter: 'segmenter', words: { locale: 'tr', continuing: CONTINUING, final: FINAL, terminals: '', nonTerminals: '' } },
  attribution: {
    reader: 'forms',
    words: {
      speechVerbs: SPEECH_VERBS,
      accordingToRelatives: [],
      figureVerbs: [],
      figureNouns: [],
      adverbs: [],
      accordingTo: [],
      accordingToGlued: [],
      gluedArticle: '',
      gluedConjunctions: [],
      postpositions: ['göre'],
      statementNouns: [
        'açıklamasına', 'açıklamalarına', 'verilerine', 'raporuna', 'bilgilerine', 'tahminlerine', 'rakamlarına', 'sözlerine',
        'kayıtlarına', 'tespitlerine', 'açıklamaya', 'habere', 'haberine',
      ],
      statementLinkers: [],
      // dative endings, with the k → ğ softening undone ("Bakanlığa" → "Bakanlık", "Valiliğe" → "Valilik")
      sourceEndings: [
        ['lığa', 'lık'], ['liğe', 'lik'], ['luğa', 'luk'], ['lüğe', 'lük'], ['lığının', 'lığı'], ['liğinin', 'liği'],
        ['lığın', 'lığı'], ['liğin', 'liği'], ['lere', 'ler'], ['lara', 'lar'], ['ların', 'lar'], ['lerin', 'ler'],
        ['ğa', 'k'], ['ğe', 'k'], ['ya', ''], ['ye', ''],
      ],
      verbFinal: true,
      // conjunctions, and words that open a clause without being its subject (qualifiers, time words)
      stops: new Set([
        've', 'ile', 'ise', 'de', 'da', 'ki', 'bu', 'şu', 'yaklaşık', 'en', 'neredeyse', 'tahminen', 'toplam', 'son', 'geçen', 'dün',
        'bugün', 'ancak', 'ayrıca', 'öte', 'bölgede', 'kentte', 'burada', 'açıklamada', 'yapılan',
      ]),
      articles: new Set(),
      definitePrefix: '',
      linkPrefixes: [],
      thirdPerson: new Set(['o', 'onlar']),
      pronounSuffixes: [],
    },
  },
};
