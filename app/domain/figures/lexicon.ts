/**
 * What the figure reader needs to know about one language, as data: how
 * digits are grouped, scale and vague words, qualifiers before and after the
 * number, percent and currency words, months and time units (dates and
 * durations are not figures), and the words for events and counted things,
 * mapped to language-independent classes so that figures from articles in
 * different languages line up in one measure.
 *
 * Adding a language is adding `lexicons/<code>.ts` and one line in
 * LEXICONS below (docs/decisions/010-figure-lexicons.md).
 */
import type { Qualifier } from '../extraction/types';
import type { VagueKey } from './conventions';
import type { NumberFormat } from './number-format';
import type { ParsedNumber } from './number-words';
import type { Token } from './tokenize';
import type { CountedClass, EventClass } from './classes';
import type { CountedPhrase } from './counted-event';
import type { DenialWords } from './denial';
import type { IncrementWords } from './increment';
import type { SettlementWords } from './settlement';
import { EN } from './lexicons/en';
import { AR } from './lexicons/ar';
import { ES } from './lexicons/es';
import { FR } from './lexicons/fr';
import { TR } from './lexicons/tr';

/** Qualifiers a phrase can carry (exact, range and vague are reached otherwise). */
export type PhraseQualifier = Exclude<Qualifier, 'exact' | 'range' | 'vague'>;

/** A vague amount written as words ("dozens", "tens of thousands", "des centaines"). */
export interface VaguePhrase {
  /** Lower-case words, space-separated. */
  phrase: string;
  key: VagueKey;
  /** A scale word may follow and multiply it ("several hundred"). */
  scalable?: boolean;
  /** Only a figure when this word follows ("scores of"); the word is not part of the figure. */
  before?: string;
  /** Only a figure with a scale word after it: "algunos miles" is a few thousand, "algunos periodistas" no figure. */
  scaledOnly?: boolean;
}

/** A phrase that opens a range, and the words that may join its two bounds (lower case, space-separated). */
export interface RangeOpener {
  phrase: string;
  joiners: string[];
  /** After a change verb the words are a change, not a range ("rose from 200 to 300"). */
  change?: boolean;
}

export interface FigureLexicon {
  /** BCP 47 code ("en"). */
  language: string;
  numberFormat: NumberFormat;
  /**
   * Reads a number (digits or words, with scale words) at token i. The
   * grammar of number words differs per language, so each lexicon names its
   * own reader; `money` allows multipliers that only follow a currency ("$5m").
   */
  readNumber: (toks: Token[], i: number, lx: FigureLexicon, opts: { money?: boolean }) => ParsedNumber | null;
  /** Words (lower case) that can begin a number in this language's grammar ("one", "a", "minus"). */
  numberStarts: string[];
  /**
   * Cheap pre-filter: a sentence that does not match cannot hold a figure and
   * is never tokenized (keeps extraction above 5 MB/s). A false hit only costs time.
   */
  mayHoldFigure: RegExp;
  /** Scale words and their values ("thousand" 1e3, "lakh" 1e5, "million" 1e6). */
  scales: Record<string, number>;
  /** Multipliers glued to digits ("500k", "1.2m", "2.3bn"); case-sensitive keys first, then lower case. */
  gluedMultipliers: Record<string, number>;
  /** Multipliers glued to digits only after a currency ("$5m"): otherwise "20m" is a length. */
  moneyOnlyMultipliers: Record<string, number>;
  /** Abbreviated multipliers written as their own word ("1.5 bn", "10 bln"). */
  spacedMultipliers: Record<string, number>;
  /** Qualifier phrases before the number ("more than", "at least", "nearly"). */
  qualifiersBefore: Record<PhraseQualifier, string[]>;
  /** Qualifier phrases after the number ("or more", "or so"). */
  qualifiersAfter: Partial<Record<PhraseQualifier, string[]>>;
  /**
   * Verbs that bound a figure ("exceeded 3,000" = more than): qualifiers
   * only when no counted noun follows ("passed 12 laws" is an exact count).
   */
  boundVerbs: Partial<Record<PhraseQualifier, string[]>>;
  /**
   * Nouns naming a running count ("toll", "number", "bilan", "cifra", "عدد",
   * "sayı"): a bounding verb whose subject is one bounds the figure even with
   * a counted noun after it ("the toll exceeded 150 people" = more than 150).
   */
  tallyNouns?: readonly string[];
  /**
   * Words that, right after a qualifier phrase that follows a number, show it
   * is an idiom instead ("1,8 million au plus fort de la tempête" is not "at
   * most 1.8 million").
   */
  suffixBlockers?: readonly string[];
  /**
   * Determiners: a bounding verb's word right after one is a noun or an
   * adjective ("in the top 10", "its passes"), so it bounds nothing.
   */
  determiners?: readonly string[];
  /**
   * Words that make the number next to them the size of an earthquake, not a
   * count ("a magnitude 6.8 earthquake", "the 7.1-magnitude quake", "بقوة 6.8
   * درجات"): the figure's unit is "magnitude" and it counts nothing.
   */
  magnitudeWords?: readonly string[];
  vague: VaguePhrase[];
  /**
   * Ranges opened by a phrase before the first bound, with the words that may
   * join the bounds ("between" … "and", "entre" … "et", "de" … "à", "ما بين"
   * … "و"). A scale, currency or percent written once after the second bound
   * belongs to both ("entre 1.500 y 2.000 millones de euros" = [1.5e9, 2e9]).
   * `change`: after one of the lexicon's `changeVerbs` the words are a change,
   * not a range ("rose from 200 to 300", "pasó de 200 a 300").
   */
  rangeOpeners: RangeOpener[];
  /**
   * Ranges written with a joiner between the bounds and a postposition after
   * the second ("200 ile 300 arasında"); absent where the language has none.
   */
  rangeAround?: { joiners: string[]; closers: string[] };
  /** Words joining two bounds with no opener ("200 to 300", "200 à 300", "200 a 300"); dashes join in every language. */
  rangeJoiners: string[];
  /** Words joining two bounds written in words ("two or three", "deux ou trois", "dos o tres"). */
  orJoiners: string[];
  /** Two number words side by side are a range, the second the larger ("iki üç kişi" = two or three people). */
  adjacentRanges?: boolean;
  /** Verbs and nouns of change that turn a range opener marked `change` into a change ("rose", "passé", "aumentó"). */
  changeVerbs: string[];
  /**
   * Scale words that may follow a scalable vague word, beyond English's
   * ("varios miles" = several × 1000, "birkaç yüz", "بضع مئات").
   */
  vagueScales?: Record<string, number>;
  /**
   * Words between two scale words after a vague word ("varios cientos de
   * miles", "plusieurs centaines de milliers"); English writes none.
   */
  vagueScaleLinkers?: string[];
  /**
   * Nouns that name a round number after their article: loosely ("une
   * centaine" = about 100, "un millar"), read as "about N" the way "about a
   * hundred" is, or exactly ("une douzaine" = 12, as "a dozen").
   */
  roundNouns?: Record<string, { value: number; approx: boolean }>;
  /** Percent words after the number ("percent", "per cent"); the % sign is read in every language. */
  percentAfter: string[];
  /** Percent words or signs before the number (Turkish "yüzde 40", "%9,2"); only before a number. */
  percentBefore: string[];
  /** Currency words after the number ("dollars") and their ISO 4217 codes; "" where the word alone leaves the currency open ("ليرة"). */
  currencyWords: Record<string, string>;
  /** Words between an amount and its currency word ("de" in "millones de dólares", "من" in "ملايين من الدولارات"). */
  currencyLinkers: string[];
  /** Adjectives that name the currency of a following currency word ("Syrian pounds"). */
  currencyAdjectives: Record<string, string>;
  /** Adjectives after a currency word that name its currency ("ليرة لبنانية" → LBP). */
  currencyAdjectivesAfter: Record<string, string>;
  /** Month names and abbreviations (a number next to one is a date). */
  months: string[];
  /** Month names that are ordinary words too: months only when capitalised. */
  ambiguousMonths: string[];
  /** Units of time (a number of them is a duration, framing the time rather than counted). */
  timeUnits: string[];
  /** Words before a duration that make it a time frame ("in the last 48 hours"). */
  frameBefore: string[];
  /** Words after a duration that make it a time frame ("two weeks ago"). */
  frameAfter: string[];
  /**
   * Words that may stand between the counted phrase and its event besides
   * English's ("fueron" in "fueron desplazadas", "ont été" in "ont été tués").
   */
  auxiliaries?: ReadonlySet<string>;
  /**
   * A conjunction glued to the next word (Arabic و): an event word after the
   * counted phrase that carries it opens the next clause ("…المدنيين وأصيب…"),
   * so the event is looked for before the figure.
   */
  gluedConjunction?: string;
  /** Word forms of events, to their language-independent class ("killed", "died" → killed). */
  events: Record<string, EventClass>;
  /** Head nouns of counted things, singular or plural, to their class ("homes", "houses" → houses). */
  counted: Record<string, CountedClass>;
  /**
   * The counted phrase after the number at token j, for languages whose
   * phrases English's rules (plural -s, English stop words) cannot end;
   * absent: English's countedAfter (counted-event.ts). See counted-phrase.ts.
   */
  countedAfter?: (body: string, toks: Token[], j: number, opts: { skipOf: boolean; plural: boolean }, lx: FigureLexicon) => CountedPhrase;
  /** Qualifiers of `qualifiersAfter` may also follow the counted noun ("40 ألف طفل على الأقل", "300 personnes au moins"). */
  qualifiersAfterCounted?: boolean;
  /** Words that make a figure an addition to another ("another 30", "200 autres"): it competes with none. Absent: none. */
  increments?: IncrementWords;
  /** Words of a source denying a figure ("denied reports that", "a démenti le chiffre de"): it competes with none. Absent: none. */
  denials?: DenialWords;
  /** Words naming a settlement inside the article's area ("in the town of Gedda", "dans le village de Brenna"): a narrower place. Absent: none. */
  settlements?: SettlementWords;
}

/** The languages whose figures Claimdesk reads, by BCP 47 code. */
export const LEXICONS: Readonly<Record<string, FigureLexicon>> = { en: EN, ar: AR, es: ES, fr: FR, tr: TR };

/**
 * The lexicon of a language (primary subtag: "en-GB" reads as "en"), or
 * null when Claimdesk does not read figures in it: the caller then gives no
 * figures and a notice, never a guess.
 *
 * @example lexiconFor('en-GB')?.language // 'en'
 */
export function lexiconFor(language: string): FigureLexicon | null {
  const code = language.toLowerCase().split('-')[0];
  // Own keys only: "constructor" or "__proto__" is no language.
  return Object.hasOwn(LEXICONS, code) ? LEXICONS[code] : null;
}
