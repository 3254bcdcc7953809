/**
 * Words of a source denying a figure (see ../denial.ts), per language:
 * "denied reports that", "a démenti le chiffre de", "negó la cifra de".
 */
import type { DenialWords } from '../denial';

const EN_REPORTS = ['report', 'reports', 'claim', 'claims', 'rumor', 'rumors', 'rumour', 'rumours', 'allegation', 'allegations',
  'suggestion', 'suggestions', 'figure', 'figures', 'estimate', 'estimates'];

export const EN_DENIALS: DenialWords = {
  verbs: [
    'denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'reject', 'rejecting', 'dismissed', 'dismisses', 'dismissing',
    'disputed', 'disputes', 'disputing', 'refuted', 'refutes', 'refuting', 'rebutted', 'rebuts', 'contested', 'contests',
    'played down', 'plays down', 'no truth in', 'no truth to', 'no evidence for', 'no evidence of', 'no evidence', 'no basis for', 'no basis to',
  ],
  determiners: ['the', 'any', 'all', 'these', 'those', 'such', 'earlier', 'widespread', 'online', 'unconfirmed', 'unverified', 'media',
    'press', 'opposition', 'local', 'circulating', 'social media'],
  objects: [...EN_REPORTS, 'account', 'accounts', 'toll', 'tolls', 'number', 'numbers', 'that'],
  gerundEnding: 'ing',
  reported: EN_REPORTS,
  untrue: [
    ...['were', 'was', 'are', 'is', 'had been', 'have been'].flatMap((v) =>
      ['not true', 'false', 'untrue', 'baseless', 'unfounded', 'exaggerated', 'wrong', 'inaccurate', 'fabricated', 'fake', 'incorrect'].map((a) => `${v} ${a}`)),
    ...['false', 'untrue', 'baseless', 'unfounded', 'exaggerated', 'rumor', 'rumors', 'rumour', 'rumours', 'fake', 'fabricated', 'propaganda',
      'lies', 'nonsense', 'incorrect'].map((a) => `as ${a}`),
  ],
  untrueGuards: ['which', 'who', 'say', 'says', 'said', 'but', 'while'],
  newStatement: [', while', ', whereas', ', and', 'but', 'said', 'says', 'told', 'added', 'insisted', 'confirmed', 'estimated', 'put', 'puts', 'gave'],
  hints: ['deni', 'deny', 'reject', 'dismiss', 'disput', 'refut', 'rebut', 'contest', 'played down', 'plays down', 'no truth', 'no evidence',
    'no basis', 'not true', 'untrue', 'false', 'baseless', 'unfounded', 'exaggerated', 'wrong', 'inaccurate', 'fabricated', 'fake',
    'incorrect', 'rumours', 'rumors', 'propaganda', 'lies', 'nonsense'],
};

const FR_REPORTS = ['information', 'informations', 'rumeur', 'rumeurs', 'allégation', 'allégations', 'affirmation', 'affirmations',
  'chiffre', 'chiffres', 'estimation', 'estimations', 'rapport', 'rapports', 'accusation', 'accusations'];
const FR_UNTRUE = ['fausse', 'fausses', 'faux', 'infondé', 'infondée', 'infondés', 'infondées', 'erroné', 'erronée', 'erronés', 'erronées',
  'exagéré', 'exagérée', 'exagérés', 'exagérées', 'sans fondement', 'inexact', 'inexacte', 'inexacts', 'inexactes', 'mensongères', 'mensonger'];

export const FR_DENIALS: DenialWords = {
  // the participle carries the compound tenses ("a démenti", "ont contesté", "avait nié")
  verbs: [
    'démenti', 'dément', 'démentent', 'démentait', 'démentir', 'contesté', 'conteste', 'contestent', 'contestait', 'contester',
    'nié', 'nie', 'nient', 'niait', 'nier', 'rejeté', 'rejette', 'rejettent', 'rejetait', 'rejeter', 'réfuté', 'réfute', 'réfutent',
    'récusé', 'récuse', 'minimisé', 'minimise',
  ],
  determiners: ['le', 'la', 'les', "l'", 'ce', 'cet', 'cette', 'ces', 'tout', 'toute', 'tous', 'toutes', 'un', 'une', 'des', 'du',
    'catégoriquement', 'formellement', 'fermement', 'officiellement', 'vigoureusement', 'aussitôt', 'lundi', 'mardi', 'mercredi',
    'jeudi', 'vendredi', 'samedi', 'dimanche'],
  objects: [...FR_REPORTS, 'bilan', 'bilans', 'nombre', 'que', "qu'", 'avoir'],
  reported: FR_REPORTS,
  untrue: ['sont', 'étaient', 'est', 'était', 'se sont révélées', 'se sont révélés'].flatMap((v) => FR_UNTRUE.map((a) => `${v} ${a}`)),
  untrueGuards: ['qui', 'que', 'selon', 'dit', 'disent', 'estime', 'estiment', 'mais', 'alors'],
  newStatement: [', et', ', tandis que', ', alors que', ', qui', ', lequel', ', laquelle', 'mais', 'déclaré', 'affirmé', 'indiqué',
    'précisé', 'ajouté', 'confirmé', 'assuré', 'estimé', 'annoncé', 'reconnu', 'déclare', 'affirme', 'indique', 'précise', 'ajoute',
    'confirme', 'assure', 'estime', 'annonce', 'reconnaît'],
  hints: ['démen', 'dément', 'contest', 'nié', 'nie', 'niait', 'nier', 'rejet', 'rejeté', 'réfut', 'récus', 'minimis', 'fauss', 'faux',
    'infondé', 'erroné', 'exagéré', 'sans fondement', 'inexact', 'mensong'],
};

const ES_REPORTS = ['información', 'informaciones', 'informe', 'informes', 'rumor', 'rumores', 'versión', 'versiones', 'acusación',
  'acusaciones', 'cifra', 'cifras', 'estimación', 'estimaciones', 'noticia', 'noticias'];
const ES_UNTRUE = ['falsa', 'falsas', 'falso', 'falsos', 'infundada', 'infundadas', 'infundado', 'infundados', 'exagerada', 'exageradas',
  'exagerado', 'exagerados', 'errónea', 'erróneas', 'erróneo', 'erróneos', 'inexacta', 'inexactas', 'inexacto', 'inexactos'];

export const ES_DENIALS: DenialWords = {
  verbs: [
    'negó', 'niega', 'niegan', 'negaron', 'negaba', 'negado', 'negar', 'desmintió', 'desmiente', 'desmienten', 'desmintieron',
    'desmentido', 'desmentir', 'rechazó', 'rechaza', 'rechazan', 'rechazaron', 'rechazado', 'refutó', 'refuta', 'refutado',
    'cuestionó', 'cuestiona', 'cuestionado', 'puso en duda', 'pusieron en duda', 'restó importancia a',
  ],
  determiners: ['la', 'las', 'el', 'los', 'esa', 'esas', 'ese', 'esos', 'esta', 'estas', 'este', 'estos', 'dicha', 'dichas', 'dicho',
    'dichos', 'cualquier', 'toda', 'todas', 'todo', 'todos', 'una', 'un', 'unas', 'unos', 'categóricamente', 'rotundamente',
    'tajantemente', 'oficialmente', 'públicamente', 'ayer', 'hoy'],
  objects: [...ES_REPORTS, 'balance', 'número', 'que', 'haber'],
  reported: ES_REPORTS,
  untrue: [
    ...['son', 'eran', 'es', 'era', 'resultaron'].flatMap((v) => ES_UNTRUE.map((a) => `${v} ${a}`)),
    'carecen de fundamento', 'carece de fundamento', 'no son ciertas', 'no son ciertos', 'no es cierta', 'no es cierto',
  ],
  untrueGuards: ['que', 'según', 'dice', 'dicen', 'dijo', 'pero', 'mientras'],
  newStatement: [', y', ', mientras', ', que', ', donde', 'pero', 'aunque', 'mientras que', 'dijo', 'afirmó', 'aseguró', 'señaló',
    'indicó', 'añadió', 'confirmó', 'informó', 'precisó', 'estimó', 'reconoció', 'declaró', 'sostuvo', 'dice', 'afirma', 'asegura',
    'señala', 'indica', 'confirma', 'informa', 'estima'],
  hints: ['neg', 'nieg', 'desmi', 'desment', 'rechaz', 'refut', 'cuestion', 'en duda', 'restó importancia', 'fals', 'infundad',
    'exagerad', 'erróne', 'inexact', 'carece', 'no son cierta', 'no son cierto', 'no es cierto', 'no es cierta'],
};
