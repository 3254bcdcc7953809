/**
 * The commonest short words of the languages Claimdesk reads (and of German
 * and Russian, the usual neighbours in a Syria desk's inbox). A paragraph
 * where these make up a fair share of the words is taken to be in that
 * language without running the detector on it (text-stats.ts).
 */
const WORDS: Record<string, readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'were', 'that', 'for', 'on', 'with', 'by', 'said', 'have', 'has', 'had', 'from', 'are', 'it', 'at', 'as', 'be', 'been', 'their', 'they', 'this', 'which', 'after', 'who', 'an', 'or', 'not'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'à', 'en', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'sur', 'au', 'aux', 'par', 'ont', 'été', 'a', 'ne', 'pas', 'il', 'elle', 'selon', 'plus', 'se', 'ce', 'son', 'sa', 'ses'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'un', 'una', 'por', 'con', 'para', 'se', 'al', 'es', 'su', 'sus', 'han', 'ha', 'fue', 'según', 'lo', 'como', 'más', 'no', 'dijo', 'entre', 'desde'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'en', 'daha', 'çok', 'göre', 'gibi', 'ki', 'olan', 'ise', 'sonra', 'kadar', 'değil', 'her', 'ama', 'yılında', 'dedi', 'şu', 'o'],
  ar: ['في', 'من', 'على', 'إلى', 'أن', 'عن', 'مع', 'التي', 'الذي', 'هذا', 'هذه', 'قال', 'وقال', 'كما', 'بعد', 'بين', 'ما', 'لا', 'إن', 'أو', 'كان', 'وفي', 'حتى', 'منذ', 'خلال', 'ذلك', 'عند'],
  de: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'wurde', 'wurden', 'nach', 'bei', 'sind'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'из', 'за', 'к', 'о', 'от', 'для', 'это', 'был', 'были', 'также', 'после', 'его', 'их', 'до', 'при', 'более'],
};

/** word (lower case) → the languages whose list has it */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(WORDS)) for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);

/**
 * The same for words of ASCII letters, keyed by asciiWordKey: the scan in
 * text-stats.ts builds the key as it reads, without slicing or lower-casing.
 */
const LANGUAGES_OF_ASCII = new Map<number, string[]>();
for (const [w, langs] of LANGUAGES_OF) {
  if (!/^[a-z]+$/.test(w)) continue;
  let key = 0;
  for (let k = 0; k < w.length; k++) key = key * 27 + (w.charCodeAt(k) - 96);
  LANGUAGES_OF_ASCII.set(key, langs);
}

/** Longer words are never common words: the lookup skips them without lower-casing. */
export const LONGEST_COMMON_WORD = Math.max(...[...LANGUAGES_OF.keys()].map((w) => w.length));

/** The languages with a list, in list order; counters index them by position (languageIdsOfWord, languageIdsOfAsciiKey). */
export const COMMON_LANGUAGES: readonly string[] = Object.keys(WORDS);
const idsOf = (langs: readonly string[]) => langs.map((l) => COMMON_LANGUAGES.indexOf(l));
const IDS_OF = new Map([...LANGUAGES_OF].map(([w, langs]) => [w, idsOf(langs)]));
const IDS_OF_ASCII = new Map([...LANGUAGES_OF_ASCII].map(([key, langs]) => [key, idsOf(langs)]));
const NO_IDS: readonly number[] = [];

/** Longer words of ASCII letters are never common words (their keys would outgrow small integers too). */
export const LONGEST_ASCII_COMMON_WORD = Math.max(...[...LANGUAGES_OF.keys()].filter((w) => /^[a-z]+$/.test(w)).map((w) => w.length));

/** The languages whose common words include `lowerCaseWord`, as positions in COMMON_LANGUAGES (empty for most words). */
export function languageIdsOfWord(lowerCaseWord: string): readonly number[] {
  return IDS_OF.get(lowerCaseWord) ?? NO_IDS;
}

/** The low 16 bits of every ASCII key with a list: most words are ruled out by one array read, without hashing. */
const MAY_BE_ASCII_KEY = new Uint8Array(0x10000);
for (const key of IDS_OF_ASCII.keys()) MAY_BE_ASCII_KEY[key & 0xffff] = 1;

/**
 * The same for a word of ASCII letters given as its key: each letter,
 * lower-cased, as 1–26 in base 27, first letter most significant.
 */
export function languageIdsOfAsciiKey(key: number): readonly number[] {
  return MAY_BE_ASCII_KEY[key & 0xffff] ? (IDS_OF_ASCII.get(key) ?? NO_IDS) : NO_IDS;
}

/** true when the language has a list here. */
export function hasCommonWords(language: string): boolean {
  return language in WORDS;
}
