/**
 * Turkish: the tables the figure reader uses (see ../lexicon.ts). Thousands
 * take a dot, decimals a comma ("1.500", "6,9"); scale words add up without
 * a joiner ("2 milyon 315 bin", "bin 450" = 1,450); a bound or comparison is
 * a suffix on the number ("300'den fazla", "1000'e yakın"); "yüzde 40" is a
 * percentage written before the number.
 */
import type { FigureLexicon } from '../lexicon';
import { TR_INCREMENTS } from './increment-words';
import type { CountedClass, EventClass } from '../classes';
import type { NumberFormat } from '../number-format';
import { numberReader, type NumberWords } from '../read-number-words';
import { countedNounPhrase } from '../counted-phrase';

/** "1.500", "1 500", "6,9". */
export const TURKISH_NUMBERS: NumberFormat = { group: '.', decimal: ',', spaceGroups: true, lakhGroups: false };

const UNITS: Record<string, number> = {
  bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, yirmi: 20, otuz: 30, kırk: 40,
  elli: 50, altmış: 60, yetmiş: 70, seksen: 80, doksan: 90,
};

const WORDS: NumberWords = {
  values: UNITS,
  hundreds: ['yüz'],
  scalesAlone: ['bin'],
  scaleValues: {},
  joiners: [],
  gluedJoiner: null,
  half: ['buçuk'],
  addAfterScale: true,
  articles: ['bir'],
};

/** Case endings after an apostrophe on a number ("300'den", "1.000'i", "40'tan"). */
const ABLATIVE = ['den', 'dan', 'ten', 'tan'];
const DATIVE = ['e', 'a', 'ye', 'ya'];
const suffixed = (endings: string[], word: string) => endings.flatMap((e) => [`' ${e} ${word}`, `’ ${e} ${word}`]);

const MONTHS = ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'];
/** Case endings written after an apostrophe on a name ("17 Eylül'den", "12 Ocak'ta"). */
const CASE_ENDINGS = ['de', 'da', 'te', 'ta', 'den', 'dan', 'ten', 'tan', 'e', 'a', 'ye', 'ya', 'i', 'ı', 'u', 'ü', 'yi', 'yı', 'in', 'ın', 'un', 'ün', 'nin', 'nın', 'deki', 'daki', 'teki', 'taki', 'dir', 'dır', 'tir', 'tır'];
const withCaseEndings = (words: string[]) => words.flatMap((w) => [w, ...CASE_ENDINGS.flatMap((e) => [`${w}'${e}`, `${w}’${e}`])]);

/**
 * Leaving one's home is displacement, written as object + verb ("evlerini terk
 * etti", "köylerinden oldu"); the home words in the case each verb takes,
 * times the verb's common forms.
 */
const HOMES_LEFT = ['evlerini', 'evini', 'yurtlarını', 'yurdunu', 'köylerini', 'köyünü', 'yerlerini', 'topraklarını', 'kentlerini', 'şehirlerini', 'mahallelerini', 'bölgeyi', 'kenti', 'şehri', 'köyü'];
const HOMES_FROM = ['evlerinden', 'evinden', 'yurtlarından', 'yurdundan', 'köylerinden', 'köyünden', 'yerlerinden', 'topraklarından', 'kentlerinden', 'şehirlerinden', 'mahallelerinden', 'bölgeden', 'kentten', 'şehirden', 'köyden'];
const LEAVE = ['terk etti', 'terk ettiler', 'terk etmiş', 'terk etmişti', 'terk etmişlerdi', 'terk ediyor', 'terk ederek', 'terk eden', 'terk ettiğini', 'terk ettiği', 'terk edecek', 'terk etmek zorunda kaldı', 'terk etmek zorunda kaldılar', 'terk etmek zorunda kalan', 'terk etmek zorunda kaldığını'];
const LEAVE_FROM = ['oldu', 'oldular', 'olan', 'edildi', 'edilen', 'edildiğini', 'kaçtı', 'kaçtılar', 'kaçan', 'kaçmak zorunda kaldı', 'kaçmak zorunda kalan', 'çıkarıldı', 'çıkarılan', 'göç etti', 'göç eden', 'ayrıldı', 'ayrılan', 'ayrılmak zorunda kaldı', 'ayrılmak zorunda kalan'];
const DISPLACED_PHRASES = [...HOMES_LEFT.flatMap((h) => LEAVE.map((v) => `${h} ${v}`)), ...HOMES_FROM.flatMap((h) => LEAVE_FROM.map((v) => `${h} ${v}`))];

const events = (cls: EventClass, words: string[]): Record<string, EventClass> => Object.fromEntries(words.map((w) => [w, cls]));

export const TR: FigureLexicon = {
  language: 'tr',
  numberFormat: TURKISH_NUMBERS,
  readNumber: numberReader(WORDS),
  numberStarts: [...Object.keys(UNITS), 'yüz', 'bin', 'milyon', 'milyar'],
  mayHoldFigure: /[0-9\u00bc-\u00be\u2150-\u215e\u0660-\u0669]|(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|\bon\b|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin|milyon|milyar|onlarca|düzinelerce|yüzlerce|binlerce|milyonlarca|birkaç|birçok|pek çok|çok sayıda|yarı|çeyrek)/i,
  // with the case endings news writes on them: "120 bini aştı", "35 binden fazla", "2 milyona"
  scales: {
    bin: 1e3, bini: 1e3, binden: 1e3, bine: 1e3, binin: 1e3, binde: 1e3, milyon: 1e6, milyonu: 1e6, milyondan: 1e6, milyona: 1e6,
    milyonun: 1e6, milyar: 1e9, milyarı: 1e9, milyardan: 1e9, milyara: 1e9, milyarın: 1e9, trilyon: 1e12, trilyonu: 1e12,
  },
  gluedMultipliers: {},
  moneyOnlyMultipliers: {},
  spacedMultipliers: {},
  qualifiersBefore: {
    more_than: [],
    at_least: ['en az', 'en azından', 'asgari'],
    fewer_than: [],
    at_most: ['en fazla', 'en çok', 'azami'],
    up_to: [],
    nearly: ['neredeyse', 'yaklaşık olarak', 'hemen hemen'],
    approx: ['yaklaşık', 'tahminen', 'takriben', 'aşağı yukarı', 'civarında'],
  },
  qualifiersAfter: {
    more_than: [
      ...suffixed(ABLATIVE, 'fazla'), ...suffixed(ABLATIVE, 'çok'),
      // after a scale word that carries the ablative itself: "35 binden fazla"
      'fazla', 'daha fazla',
      // "120 bini aştı", "1.000'i aşan": the verb that bounds it follows the number in the accusative
      ...['aştı', 'aştığını', 'aştığı', 'aşan', 'aşıyor', 'geçti', 'geçtiğini', 'geçtiği'].flatMap((v) => [v, ...suffixed(['i', 'ı', 'u', 'ü', 'yi', 'yı', 'yu', 'yü'], v)]),
      'aşkın', "' ı aşkın", "' i aşkın", "' ü aşkın", "' u aşkın", 'üzerinde', "' in üzerinde", "' ın üzerinde", "' un üzerinde", "' ün üzerinde"],
    fewer_than: [...suffixed(ABLATIVE, 'az'), ...suffixed(ABLATIVE, 'daha az')],
    up_to: [...suffixed(DATIVE, 'kadar'), ...suffixed(['e', 'a', 'ye', 'ya'], 'varan')],
    nearly: [...suffixed(DATIVE, 'yakın')],
    approx: ['civarında', 'kadar', 'dolayında', 'civarı'],
  },
  magnitudeWords: ['büyüklüğünde', 'şiddetinde', 'büyüklüğündeki', 'şiddetindeki'],
  tallyNouns: ['sayı', 'sayısı', 'bilanço', 'bilançosu', 'toplam', 'kaybı'],
  boundVerbs: {
    more_than: ['aştı', 'aşıyor', 'geçti', 'geçiyor'],
  },
  // "200 ile 300 arasında": joined bounds, then a postposition
  rangeOpeners: [],
  rangeAround: { joiners: ['ile', 've'], closers: ['arasında', 'arası', 'arasındaki'] },
  rangeJoiners: [],
  orJoiners: ['veya'],
  adjacentRanges: true,
  changeVerbs: [],
  vague: [
    { phrase: 'on binlerce', key: 'tens of thousands' },
    { phrase: 'yüz binlerce', key: 'hundreds of thousands' },
    { phrase: 'on milyonlarca', key: 'tens of millions' },
    { phrase: 'onlarca', key: 'dozens' },
    { phrase: 'düzinelerce', key: 'dozens' },
    { phrase: 'yüzlerce', key: 'hundreds' },
    { phrase: 'binlerce', key: 'thousands' },
    { phrase: 'milyonlarca', key: 'millions' },
    { phrase: 'milyarlarca', key: 'billions' },
    { phrase: 'birkaç', key: 'a few', scalable: true },
    { phrase: 'birçok', key: 'many' },
    { phrase: 'pek çok', key: 'many' },
    { phrase: 'çok sayıda', key: 'many' },
  ],
  vagueScales: { on: 10, yüz: 100, bin: 1000, milyon: 1e6, milyar: 1e9 },
  // half a million, with the case endings news writes on it ("yarım milyondan fazla")
  roundNouns: Object.fromEntries(['milyon', 'milyonu', 'milyondan', 'milyona', 'milyonun'].map((m) => [`yarım ${m}`, { value: 5e5, approx: false }])),
  percentAfter: [],
  percentBefore: ['yüzde', '%', '٪'],
  currencyWords: {
    lira: 'TRY', liraya: 'TRY', lirayı: 'TRY', liradan: 'TRY', liranın: 'TRY', liralık: 'TRY', tl: 'TRY', dolar: 'USD', dolara: 'USD',
    doları: 'USD', dolardan: 'USD', dolarlık: 'USD', avro: 'EUR', avroya: 'EUR', avroyu: 'EUR', euro: 'EUR', euroluk: 'EUR', sterlin: 'GBP',
  },
  currencyLinkers: [],
  currencyAdjectives: {},
  currencyAdjectivesAfter: {},
  months: withCaseEndings(MONTHS),
  ambiguousMonths: withCaseEndings(['ocak', 'ekim', 'mart', 'nisan']),
  timeUnits: [
    'saniye', 'dakika', 'saat', 'saatte', 'saattir', 'saatlik', 'gün', 'günde', 'gündür', 'günlük', 'hafta', 'haftada',
    'haftadır', 'haftalık', 'ay', 'ayda', 'aydır', 'aylık', 'yıl', 'yılda', 'yıldır', 'yıllık', 'sene', 'senede', 'senedir',
    'gece', 'asır', 'yüzyıl',
  ],
  frameBefore: ['son', 'geçen', 'önceki', 'ilk', 'gelecek', 'önümüzdeki', 'yaklaşık'],
  frameAfter: ['önce', 'sonra', 'boyunca', 'içinde', 'içerisinde', 'süren', 'süreyle', 'sürecek'],
  // "14 kişinin hâlâ kayıp olduğunu": adverbs of time between the count and its state
  auxiliaries: new Set(['hâlâ', 'halen', 'hala', 'henüz', 'yine', 'de', 'da', 'ise', 'ayrıca', 'daha']),
  events: {
    ...events('killed', ['öldü', 'öldürüldü', 'ölü', 'ölen', 'hayatını', 'kaybetti', 'can', 'öldürülen', 'ölümü', 'ölüm', 'yaşamını', 'şehit']),
    ...events('wounded', ['yaralandı', 'yaralı', 'yaralanan', 'yaralandığını']),
    ...events('displaced', ['kaçtı', 'kaçan', 'göç', 'yerinden', 'edildi', 'yurtlarından', 'mülteci', 'sığınmacı', 'tahliye', ...DISPLACED_PHRASES]),
    ...events('detained', ['gözaltına', 'tutuklandı', 'tutuklanan', 'gözaltı', 'kaçırıldı']),
    ...events('missing', ['kayıp', 'kayıplar']),
    ...events('destroyed', ['yıkıldı', 'yıkılan', 'çöktü', 'tahrip']),
    ...events('damaged', ['hasar', 'hasarlı', 'hasar gördü']),
    ...events('sent', ['gönderildi', 'konuşlandırıldı', 'sevk']),
    ...events('struck', ['bombalandı', 'vuruldu', 'saldırı']),
    ...events('rescued', ['kurtarıldı', 'kurtarılan']),
  },
  counted: {
    kişi: 'people', kişinin: 'people', kişiye: 'people', insan: 'people', vatandaş: 'people', sakin: 'people', nüfus: 'people',
    sivil: 'civilians', sivilin: 'civilians', çocuk: 'children', çocuğun: 'children', aile: 'families', ailenin: 'families',
    asker: 'troops', askerin: 'troops', askeri: 'troops', bina: 'houses', binanın: 'houses', ev: 'houses', evin: 'houses', evi: 'houses',
    konut: 'houses', hane: 'houses', protestocu: 'protesters', gösterici: 'protesters', göstericiler: 'protesters', hektar: 'hectares',
    hektarı: 'hectares', hektarlık: 'hectares',
    // nouns naming people by what happened to them: "3.000 mülteci", "40 yaralı" count them (and name the event)
    mülteci: 'refugees', sığınmacı: 'refugees', yaralı: 'people', ölü: 'people',
  },
  countedAfter: countedNounPhrase({
    linkers: [],
    // conjunctions and postpositions, and the speech verbs that close a reported clause ("… 120 bini aştığını açıkladı")
    stops: [
      've', 'veya', 'ile', 'de', 'da', 'bu', 'şu', 'için', 'göre', 'gibi', 'olarak', 'en', 'az', 'dedi', 'açıkladı', 'bildirdi',
      'belirtti', 'söyledi', 'duyurdu', 'kaydetti', 'aktardı', 'oldu', 'olduğunu', 'olduğu',
    ],
  }),
  qualifiersAfterCounted: false,
  increments: TR_INCREMENTS,
};
