import type { Language } from '../types';

/** Inflected forms of the speech verbs قال، أفاد، أعلن، أكد، ذكر and their kin (he/she/they, past and present), and قدّر (estimated). */
const SPEECH_VERBS = [
  'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'أفاد', 'أفادت', 'أفادوا', 'افاد', 'افادت', 'أعلن', 'أعلنت', 'أعلنوا', 'اعلن', 'اعلنت',
  'أكد', 'أكدت', 'أكدوا', 'أكّد', 'أكّدت', 'اكد', 'اكدت', 'ذكر', 'ذكرت', 'ذكروا', 'أوضح', 'أوضحت', 'اوضح', 'صرح', 'صرحت', 'صرّح',
  'صرّحت', 'أشار', 'أشارت', 'اشار', 'اشارت', 'أضاف', 'أضافت', 'أورد', 'أوردت', 'وثّق', 'وثق', 'وثقت', 'قدر', 'قدرت', 'قدّر', 'قدّرت',
];
/** Words that end a speaker after the verb: "أن/إن" (that), prepositions, days and "today". */
const STOPS = new Set([
  'إن', 'أن', 'ان', 'بأن', 'بان', 'إنه', 'أنه', 'انه', 'إنها', 'أنها', 'في', 'خلال', 'يوم', 'اليوم', 'أمس', 'مساء', 'صباح',
  'عن', 'على', 'إلى', 'الى', 'مع', 'من', 'أيضا', 'أيضاً', 'لوكالة', 'لقناة', 'لصحيفة', 'الأحد', 'الاثنين', 'الثلاثاء',
  'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'إنّ', 'أنّ', 'بأنّ', 'ما', 'لا', 'قد', 'كما',
]);

/** Arabic: Intl.Segmenter with ؟ as a terminal and ، never one; "بحسب X", "قال X إن" (VSO), "X قال". */
export const ARABIC: Language = {
  code: 'ar',
  sentences: { splitter: 'segmenter', words: { locale: 'ar', continuing: new Set(['د', 'م']), final: new Set(), terminals: '؟', nonTerminals: '،' } },
  attribution: {
    reader: 'forms',
    words: {
      speechVerbs: SPEECH_VERBS,
      // "رفعت وزارة الصحة حصيلة القتلى إلى 45": the verb first, the speaker, then the figure's noun
      accordingToRelatives: ['ما'],
      figureVerbs: ['رفع', 'رفعت', 'خفض', 'خفضت', 'قدر', 'قدرت', 'قدّر', 'قدّرت'],
      figureNouns: ['حصيلة', 'عدد', 'الحصيلة', 'العدد', 'كلفة', 'قيمة'],
      adverbs: [],
      accordingTo: ['بحسب', 'حسب', 'نقلا عن', 'نقلاً عن', 'وفق', 'استنادا إلى', 'استناداً إلى'],
      accordingToGlued: ['وفقا ل', 'وفقاً ل', 'طبقا ل', 'طبقاً ل', 'تبعا ل'],
      gluedArticle: 'ال',
      gluedConjunctions: ['و', 'ف'],
      postpositions: [],
      statementNouns: ['أرقام', 'بيانات', 'إحصاءات', 'إحصائيات', 'تقديرات', 'تقرير', 'حصيلة'],
      statementLinkers: [],
      sourceEndings: [],
      verbFinal: false,
      stops: STOPS,
      articles: new Set(),
      definitePrefix: 'ال',
      linkPrefixes: ['ل'],
      thirdPerson: new Set(['هو', 'هي', 'هم']),
      pronounSuffixes: [],
    },
  },
};
