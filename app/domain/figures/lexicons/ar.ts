/**
 * Arabic (Modern Standard, as Syrian and Levantine outlets write it): the
 * tables the figure reader uses (see ../lexicon.ts). Scale words follow the
 * digits ("650 ألف"), qualifiers stand before ("أكثر من") or after ("على
 * الأقل"); digits may be Arabic-Indic (٩٤٨٬٠٠٠) or ASCII with either comma.
 * Both the Levantine month names (كانون الثاني… used in Syria, Lebanon,
 * Iraq, Jordan) and the Egyptian/Gulf ones (يناير…) are months. Words are
 * matched as written, without short vowels; common prefixed forms
 * (و "and", ب "by/with", ل "for", ال "the") are listed where news uses them.
 */
import type { FigureLexicon } from '../lexicon';
import { AR_INCREMENTS } from './increment-words';
import type { CountedClass, EventClass } from '../classes';
import type { NumberFormat } from '../number-format';
import { numberReader, type NumberWords } from '../read-number-words';
import { countedNounPhrase } from '../counted-phrase';

/** "٩٤٨٬٠٠٠", "948,000", "2.5", "٢٫٥". */
export const ARABIC_NUMBERS: NumberFormat = { group: ',٬', decimal: '.٫', spaceGroups: false, lakhGroups: false };

const UNITS: Record<string, number> = {
  واحد: 1, واحدة: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4, خمسة: 5, خمس: 5,
  ستة: 6, ست: 6, سبعة: 7, سبع: 7, ثمانية: 8, ثماني: 8, ثمان: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, ثلاثمئة: 300, ثلاثمائة: 300, أربعمئة: 400, أربعمائة: 400,
  خمسمئة: 500, خمسمائة: 500, ستمئة: 600, ستمائة: 600, سبعمئة: 700, سبعمائة: 700, ثمانمئة: 800, ثمانمائة: 800,
  تسعمئة: 900, تسعمائة: 900,
};

const WORDS: NumberWords = {
  values: UNITS,
  hundreds: ['مئة', 'مائة'],
  scalesAlone: ['ألف', 'مليون', 'مليار'],
  scaleValues: { ألفين: 2000, ألفان: 2000, ألفي: 2000, مليونين: 2e6, مليونان: 2e6, مليوني: 2e6, مليارين: 2e9, ملياران: 2e9 },
  joiners: [],
  gluedJoiner: 'و',
  half: ['ونصف', 'و نصف'],
  addAfterScale: false,
  articles: [],
};

const PEOPLE = ['شخص', 'أشخاص', 'شخصا', 'شخصاً', 'مواطن', 'مواطنين', 'مواطنا', 'ساكن', 'سكان', 'نسمة', 'فرد', 'أفراد', 'إنسان'];
const CIVILIANS = ['مدني', 'مدنيين', 'مدنيا', 'مدنياً', 'مدنيون'];
const TROOPS = ['جندي', 'جنود', 'جنديا', 'عسكري', 'عسكريين', 'عسكريا'];
const HOUSES = ['منزل', 'منازل', 'منزلا', 'منزلاً', 'بيت', 'بيوت', 'مسكن', 'مساكن'];
const PROTESTERS = ['متظاهر', 'متظاهرين', 'متظاهرا', 'محتج', 'محتجين'];
const CHILDREN = ['طفل', 'أطفال', 'طفلا', 'طفلاً'];
const FAMILIES = ['عائلة', 'عائلات', 'أسرة', 'أسر'];

/** A word with the prefixes news glues to it: و (and), ب (by), ل (for), ف (so), ال (the) and their pairs. */
const PREFIXES = ['', 'و', 'ب', 'ل', 'ف', 'ال', 'وال', 'بال', 'لل', 'وب', 'ول'];
const withPrefixes = (words: string[]) => words.flatMap((w) => PREFIXES.map((p) => p + w));
const events = (cls: EventClass, words: string[]): Record<string, EventClass> => Object.fromEntries(withPrefixes(words).map((w) => [w, cls]));
const counted = (cls: CountedClass, words: string[]): Record<string, CountedClass> => Object.fromEntries(withPrefixes(words).map((w) => [w, cls]));

export const AR: FigureLexicon = {
  language: 'ar',
  numberFormat: ARABIC_NUMBERS,
  readNumber: numberReader(WORDS),
  numberStarts: [...Object.keys(UNITS), ...WORDS.hundreds, ...WORDS.scalesAlone, ...Object.keys(WORDS.scaleValues)],
  mayHoldFigure: /[0-9\u00bc-\u00be\u2150-\u215e\u0660-\u0669\u06f0-\u06f9]|واحد|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|ألف|آلاف|مليون|ملايين|مليار|ترليون|تريليون|عدة|عدد|بضع|العديد|نصف|ربع|ثلث/,
  scales: { ألف: 1e3, آلاف: 1e3, ألفا: 1e3, ألفاً: 1e3, الف: 1e3, مليون: 1e6, ملايين: 1e6, مليونا: 1e6, مليار: 1e9, مليارات: 1e9, بليون: 1e9, تريليون: 1e12, تريليونات: 1e12, ترليون: 1e12, ترليونات: 1e12 },
  gluedMultipliers: {},
  moneyOnlyMultipliers: {},
  spacedMultipliers: {},
  qualifiersBefore: {
    // and with و glued on when the figure follows another ("112 قتيلا وأكثر من 450 جريحا")
    more_than: ['أكثر من', 'وأكثر من', 'ما يزيد على', 'وما يزيد على', 'ما يزيد عن', 'يزيد على', 'يزيد عن', 'أزيد من', 'ما يربو على', 'يربو على', 'فوق'],
    at_least: ['ما لا يقل عن', 'وما لا يقل عن', 'لا يقل عن', 'على الأقل', 'لا تقل عن', 'ما لا تقل عن'],
    fewer_than: ['أقل من', 'دون', 'ما يقل عن'],
    at_most: ['على الأكثر', 'ما لا يزيد على', 'ما لا يزيد عن', 'لا يزيد على', 'لا يزيد عن'],
    up_to: ['ما يصل إلى', 'يصل إلى', 'تصل إلى', 'حتى'],
    nearly: ['قرابة', 'قرابه', 'ما يقارب', 'ما يقرب من', 'يقارب'],
    // نحو is "about" (either side), not "nearly"
    approx: ['نحو', 'ونحو', 'وحوالي', 'حوالي', 'حوالى', 'زهاء', 'تقريبا', 'تقريباً', 'ما يناهز', 'يناهز', 'نحوا من', 'في حدود', 'قدّر بـ', 'بنحو', 'بحوالي'],
  },
  qualifiersAfter: {
    at_least: ['على الأقل', 'أو أكثر', 'فأكثر', 'وأكثر'],
    at_most: ['على الأكثر', 'أو أقل', 'فأقل'],
    approx: ['تقريبا', 'تقريباً'],
  },
  magnitudeWords: ['بقوة', 'قوته', 'قوتها'],
  tallyNouns: ['عدد', 'حصيلة', 'إجمالي', 'مجموع', 'العدد', 'الحصيلة'],
  boundVerbs: {
    more_than: ['تجاوز', 'تجاوزت', 'يتجاوز', 'تتجاوز', 'فاق', 'فاقت', 'يفوق', 'تخطى', 'تخطت', 'تخطّى'],
  },
  // و is written glued to the second bound ("بين 200 و300"); the tokenizer splits it from the digits
  rangeOpeners: [
    { phrase: 'بين', joiners: ['و'] },
    { phrase: 'ما بين', joiners: ['و'] },
    { phrase: 'من', joiners: ['إلى', 'الى'], change: true },
  ],
  rangeJoiners: ['إلى', 'الى'],
  orJoiners: ['أو'],
  changeVerbs: [
    'ارتفع', 'ارتفعت', 'وارتفع', 'وارتفعت', 'انخفض', 'انخفضت', 'وانخفض', 'وانخفضت', 'تراجع', 'تراجعت', 'زاد', 'زادت', 'قفز',
    'قفزت', 'صعد', 'صعدت', 'هبط', 'هبطت', 'ارتفاع', 'انخفاض', 'زيادة',
  ],
  vague: [
    { phrase: 'عشرات الآلاف', key: 'tens of thousands' },
    { phrase: 'مئات الآلاف', key: 'hundreds of thousands' },
    { phrase: 'عشرات الملايين', key: 'tens of millions' },
    { phrase: 'مئات الملايين', key: 'hundreds of millions' },
    // without the article: "مئات آلاف اللاجئين" (hundreds of thousands of the refugees)
    { phrase: 'عشرات آلاف', key: 'tens of thousands' },
    { phrase: 'مئات آلاف', key: 'hundreds of thousands' },
    { phrase: 'عشرات ملايين', key: 'tens of millions' },
    { phrase: 'مئات ملايين', key: 'hundreds of millions' },
    { phrase: 'عشرات', key: 'dozens' },
    { phrase: 'مئات', key: 'hundreds' },
    { phrase: 'آلاف', key: 'thousands' },
    { phrase: 'الآلاف', key: 'thousands' },
    { phrase: 'ملايين', key: 'millions' },
    { phrase: 'الملايين', key: 'millions' },
    { phrase: 'بضعة', key: 'a few', scalable: true },
    { phrase: 'بضع', key: 'a few', scalable: true },
    { phrase: 'عدة', key: 'several', scalable: true },
    { phrase: 'العديد من', key: 'many' },
  ],
  vagueScales: { عشرات: 10, مئات: 100, آلاف: 1000, الآلاف: 1000, ملايين: 1e6, الملايين: 1e6 },
  // half and a quarter of a million: "أكثر من نصف مليون" (مليون alone would read as a whole million)
  roundNouns: {
    'نصف مليون': { value: 5e5, approx: false }, 'ربع مليون': { value: 2.5e5, approx: false }, 'نصف مليار': { value: 5e8, approx: false },
  },
  percentAfter: ['بالمئة', 'بالمائة', 'في المئة', 'في المائة', 'بالمية', 'المئة', 'المائة'],
  percentBefore: [],
  currencyWords: {
    دولار: 'USD', دولارا: 'USD', دولاراً: 'USD', دولارات: 'USD', الدولارات: 'USD', الدولار: 'USD', يورو: 'EUR', اليورو: 'EUR', درهم: 'AED',
    // Syrian, Lebanese or Turkish lira; Egyptian, Sudanese pound or sterling; Iraqi, Jordanian or Kuwaiti dinar;
    // Saudi, Qatari or Yemeni riyal: the adjective after the word says which, and without one the currency stays open.
    ليرة: '', ليرات: '', جنيه: '', جنيهات: '', دينار: '', دنانير: '', ريال: '', ريالات: '',
  },
  currencyLinkers: ['من'],
  currencyAdjectives: {},
  currencyAdjectivesAfter: {
    سورية: 'SYP', سوري: 'SYP', السورية: 'SYP', لبنانية: 'LBP', لبناني: 'LBP', اللبنانية: 'LBP', تركية: 'TRY', تركي: 'TRY',
    التركية: 'TRY', مصري: 'EGP', مصرية: 'EGP', المصري: 'EGP', سوداني: 'SDG', إسترليني: 'GBP', استرليني: 'GBP', عراقي: 'IQD',
    أردني: 'JOD', كويتي: 'KWD', سعودي: 'SAR', قطري: 'QAR', يمني: 'YER',
  },
  months: [
    'كانون', 'شباط', 'آذار', 'اذار', 'نيسان', 'أيار', 'ايار', 'حزيران', 'تموز', 'آب', 'اب', 'أيلول', 'ايلول', 'تشرين',
    'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'اغسطس',
    'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  ],
  ambiguousMonths: [],
  timeUnits: [
    'ثانية', 'ثوان', 'دقيقة', 'دقائق', 'ساعة', 'ساعات', 'يوم', 'أيام', 'يوما', 'يوماً', 'أسبوع', 'أسابيع', 'أسبوعا', 'شهر',
    'أشهر', 'شهور', 'شهرا', 'شهراً', 'سنة', 'سنوات', 'سنين', 'عام', 'أعوام', 'عاما', 'عاماً', 'عقد', 'عقود', 'ليلة', 'ليال',
  ],
  frameBefore: ['خلال', 'منذ', 'في', 'بعد', 'قبل', 'طوال', 'لمدة', 'مدة', 'مدى', 'آخر', 'غضون', 'طيلة', 'على'],
  frameAfter: ['الماضية', 'الماضي', 'الأخيرة', 'الأخير', 'المقبلة', 'المقبل', 'القادمة', 'القادم', 'مضت'],
  gluedConjunction: 'و',
  events: {
    ...events('killed', [
      'قتل', 'قتلى', 'قتيل', 'قتيلا', 'قتيلاً', 'مقتل', 'لقي', 'لقوا', 'مصرع', 'مصرعهم', 'حتفهم', 'توفي', 'وفاة', 'وفيات',
      'موت', 'ماتوا', 'قضوا', 'استشهد', 'استشهاد', 'شهيد', 'شهداء', 'قتلوا', 'ضحايا', 'حصيلة', 'قتلت',
    ]),
    ...events('wounded', ['جرح', 'جرحى', 'جريح', 'جريحا', 'جريحاً', 'إصابة', 'إصابات', 'أصيب', 'أصيبوا', 'مصاب', 'مصابا', 'مصاباً', 'مصابين', 'جرحوا', 'أصيبت']),
    ...events('displaced', [
      'نزوح', 'نزح', 'نزحوا', 'نزحت', 'نازح', 'نازحين', 'نازحون', 'فروا', 'فر', 'فرار', 'هرب', 'هربوا', 'تهجير', 'هجّر', 'هجر',
      'مهجرين', 'لاجئ', 'لاجئين', 'لاجئون', 'لاجئا', 'لاجئاً', 'نازحا', 'نازحاً', 'شرد', 'تشريد', 'مشردين', 'فرّوا', 'نزوحهم',
      // losing one's home: "ألفا عائلة فقدت منازلها"
      'فقدت منازلها', 'فقدوا منازلهم', 'فقدت منزلها', 'فقد منزله', 'فقدن منازلهن',
    ]),
    ...events('detained', ['اعتقال', 'اعتقل', 'اعتقلوا', 'اعتقلت', 'احتجزت', 'معتقل', 'معتقلين', 'احتجاز', 'احتجز', 'محتجزين', 'اختطاف', 'اختطف', 'خطف', 'أسر', 'أسرى']),
    ...events('missing', ['مفقود', 'مفقودين', 'مفقودون', 'مفقودا', 'مفقوداً', 'فقدان', 'فقد', 'اختفاء', 'مختفين']),
    ...events('destroyed', ['دمر', 'دمرت', 'تدمير', 'مدمرة', 'هدم', 'هدمت', 'انهار', 'انهيار', 'سويت']),
    ...events('damaged', ['تضرر', 'تضررت', 'متضررة', 'أضرار']),
    ...events('sent', ['أرسل', 'أرسلت', 'إرسال', 'نشر', 'نشرت', 'دفع', 'دفعت']),
    ...events('seized', ['سيطر', 'سيطرت', 'سيطرة', 'استعاد', 'استعادت', 'استولى']),
    ...events('struck', ['قصف', 'غارة', 'غارات', 'استهدف', 'استهدفت', 'ضربة', 'ضربات']),
    ...events('affected', ['تأثر', 'متضررين', 'المتضررين']),
    ...events('rescued', ['إنقاذ', 'أنقذ', 'انتشال']),
  },
  counted: {
    ...counted('people', PEOPLE),
    ...counted('civilians', CIVILIANS),
    ...counted('troops', TROOPS),
    ...counted('houses', HOUSES),
    ...counted('protesters', PROTESTERS),
    ...counted('children', CHILDREN),
    ...counted('families', FAMILIES),
    ...counted('hectares', ['هكتار', 'هكتارات']),
    // nouns naming people by what happened to them: "3000 لاجئ", "40 جريحا" count them (and name the event)
    ...counted('refugees', ['لاجئ', 'لاجئين', 'لاجئون', 'لاجئا', 'لاجئاً']),
    ...counted('people', ['جريح', 'جرحى', 'جريحا', 'جريحاً', 'قتيل', 'قتلى', 'قتيلا', 'قتيلاً', 'نازح', 'نازحين', 'نازحون', 'نازحا', 'نازحاً', 'مصاب', 'مصابين', 'مصابا', 'مصاباً', 'مفقود', 'مفقودين', 'مفقودون', 'مفقودا', 'مفقوداً', 'معتقل', 'معتقلين', 'مهجرين', 'مشردين', 'ضحايا', 'شهيد', 'شهداء']),
  },
  countedAfter: countedNounPhrase({
    linkers: ['من'],
    stops: ['في', 'من', 'على', 'إلى', 'عن', 'مع', 'منذ', 'خلال', 'بين', 'بينهم', 'بينما', 'و', 'أو', 'قد', 'كانوا', 'الذين', 'التي', 'الذي', 'حسب', 'بحسب', 'وفق', 'وفقا'],
    elisions: [],
  }),
  qualifiersAfterCounted: true,
  increments: AR_INCREMENTS,
};
