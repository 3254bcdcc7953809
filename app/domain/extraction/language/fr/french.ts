import type { Language } from '../types';

/** Abbreviations something always follows: titles, "av." of "av. J.-C.", "p." of a page. */
const CONTINUING = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'av', 'apr', 'env', 'cf', 'n°', 'no', 'p', 'art', 'ch', 'gén', 'col', 'cdt', 'lt', 'sgt', 'vol']);
/** Abbreviations that may end a sentence ("… en 300 av. J.-C."). */
const FINAL = new Set(['j.-c', 'etc', 'cie', 'éd', 'hab', 'min', 'env']);

const SPEECH_VERBS = [
  'a déclaré', 'a dit', 'a indiqué', 'a affirmé', 'a annoncé', 'a précisé', 'a souligné', 'a ajouté', 'a expliqué', 'a assuré',
  'a estimé', 'a rapporté', 'a confirmé', 'a signalé', 'a fait savoir', 'ont déclaré', 'ont dit', 'ont indiqué', 'ont affirmé',
  'ont annoncé', 'ont précisé', 'ont rapporté', 'ont confirmé', 'ont assuré', 'déclare', 'indique', 'affirme', 'annonce',
  'précise', 'souligne', 'rapporte', 'déclarent', 'indiquent', 'affirment', 'annoncent', 'avait déclaré', 'avait indiqué',
  'a évoqué', 'ont évoqué', 'évoque', 'a rappelé', 'ont rappelé', 'a reconnu', 'a averti', 'ont averti', 'a prévenu', 'a fait état',
  'ont fait état', 'a noté', 'a avancé', 'ont avancé',
  // verbs that give a figure: "la préfecture a compté 48 000 personnes"
  'a compté', 'ont compté', 'a recensé', 'ont recensé', 'a dénombré', 'ont dénombré', 'a estimé', 'ont estimé', 'estime', 'estiment',
];
const STOPS = new Set([
  'que', "qu'", 'qui', 'dont', 'lors', 'dans', 'en', 'à', 'au', 'aux', 'sur', 'pour', 'par', 'avec', 'lundi', 'mardi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'mais', 'et',
  'car', 'tandis', 'alors', 'ce', 'cette', 'il', 'elle', 'ils', 'elles', 'on', 'plus', 'près', 'environ', 'quelque',
  'publié', 'publiée', 'publiés', 'publiées', 'paru', 'parue', 'réalisé', 'réalisée',
  // "selon un décompte de l'AFP établi vendredi": the participle ends the name
  'établi', 'établie', 'établis', 'fourni', 'fournie', 'fournis', 'diffusé', 'diffusée', 'actualisé', 'actualisée', 'arrêté',
]);

/** French: Intl.Segmenter with French abbreviations; "selon X", "X a indiqué", "…, a déclaré le ministre". */
export const FRENCH: Language = {
  code: 'fr',
  sentences: { splitter: 'segmenter', words: { locale: 'fr', continuing: CONTINUING, final: FINAL, terminals: '', nonTerminals: '' } },
  attribution: {
    reader: 'forms',
    words: {
      speechVerbs: SPEECH_VERBS,
      // "Le ministère a porté le bilan à 45 morts", "La police a chiffré le nombre de manifestants à 20 000"
      accordingToRelatives: ["ce qu'", 'ce qu’', 'ce que'],
      figureVerbs: [
        'a porté', 'ont porté', 'porte', 'a relevé', 'ont relevé', 'relève', 'a revu', 'ont revu', 'a chiffré', 'ont chiffré',
        'chiffre', 'chiffrent', 'a évalué', 'ont évalué', 'évalue', 'évaluent', 'a fixé', 'a établi', 'a alourdi', 'alourdit',
        'a actualisé',
      ],
      figureNouns: ['bilan', 'nombre', 'chiffre', 'total', 'coût', 'montant', 'décompte'],
      // and the words before an inverted verb: "comme l'a indiqué le préfet", "ainsi que l'a précisé"
      adverbs: [
        'comme', 'ainsi que', "l'", 'l’', 'également', 'aussi', 'déjà', 'encore', 'ensuite', 'enfin', 'notamment', 'toutefois', 'cependant', 'néanmoins', 'pourtant',
        'hier', 'publiquement', 'officiellement', 'par ailleurs', 'de son côté', 'de leur côté', 'pour sa part', 'pour leur part',
        "d'ailleurs", 'lui aussi', 'elle aussi', 'eux aussi', 'elles aussi', 'plus tard', 'à son tour',
      ],
      accordingTo: ['selon', "d'après", 'de source', 'citant'],
      accordingToGlued: [],
      gluedArticle: '',
      gluedConjunctions: [],
      postpositions: [],
      statementNouns: ['chiffres', 'bilan', 'données', 'estimations', 'estimation', 'décompte', 'communiqué', 'rapport'],
      statementLinkers: ['de', 'du', 'des', "d'", 'd’'],
      statementModifiers: ['dernier', 'dernière', 'derniers', 'dernières', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles', 'officiel', 'officielle', 'officiels', 'officielles', 'provisoire', 'provisoires', 'récent', 'récents'],
      sourceEndings: [],
      verbFinal: false,
      stops: STOPS,
      articles: new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', "d'"]),
      definitePrefix: '',
      linkPrefixes: [],
      // "selon la même source" points back like a pronoun
      thirdPerson: new Set(['il', 'elle', 'ils', 'elles', 'lui', 'eux', 'même source', 'mêmes sources']),
      pronounSuffixes: ['-t-elles', '-t-ils', '-t-elle', '-t-il', '-elles', '-ils', '-elle', '-il'],
    },
  },
};
