/**
 * What the sentence splitter and the attribution finder need to know about a
 * language, as data. The matching code is shared; a language is one folder of
 * word lists (`language/en/`, `language/fr/`, …) registered in `languages.ts`.
 * See docs/decisions/008-languages-as-lexicons.md.
 *
 * Every word list holds lower-case keys unless its comment says otherwise;
 * abbreviations are written without their final period ("mr", "u.s", "sept").
 */

export interface SentenceLexicon {
  /** Titles and name prefixes: never sentence-final ("Dr. Ahmed"). */
  titles: ReadonlySet<string>;
  /** Abbreviations that something always follows ("e.g. this", "approx. 40"). */
  continuing: ReadonlySet<string>;
  /** Prefixes of a number: not final when a digit follows ("No. 7", "Rs. 500"). */
  numberPrefixes: ReadonlySet<string>;
  /** Month names: not final before a day or year ("Feb. 5"). */
  months: ReadonlySet<string>;
  /** Abbreviations that may end a sentence ("…and Co. They"): final only before a sentence opener. */
  final: ReadonlySet<string>;
  /** Abbreviations that are everyday words in lower case ("Calif.", "Wash."): count only when capitalised. */
  capitalised: ReadonlySet<string>;
  /** Time-of-day abbreviations ("p.m"): final before a capital unless the time is fronted. */
  clock: ReadonlySet<string>;
  /** Words that front a clock time as an adverbial ("At 5 a.m. the …"). */
  timePrepositions: ReadonlySet<string>;
  /** Capitalised words that usually open a sentence rather than continue a name. */
  starters: ReadonlySet<string>;
  /** Words that cannot end a sentence: a line ending in one runs on. */
  nonFinal: ReadonlySet<string>;
  /** Common nouns that often open a sentence as its subject ("Officials said"), even after an abbreviation. */
  subjectNouns: ReadonlySet<string>;
  /** Greeting words that open a letter ("dear", "hi"): the greeting is a sentence of its own. */
  greetings: ReadonlySet<string>;
  /** Whole sign-off phrases ("best regards", "thanks"), a sentence of their own before the name. */
  signOffs: ReadonlySet<string>;
  /** Words that open the body of a letter after a bare name ("Greg, Please…"). */
  letterOpeners: ReadonlySet<string>;
  /** Capitalised function words (keys as written) that show a lost boundary before a lower-case word. */
  runOnOpeners: ReadonlySet<string>;
}

export interface AttributionLexicon {
  /** Reporting verbs whose subject (or, after a quotation, whose object) is the source. */
  speechVerbs: ReadonlySet<string>;
  /** Verbs that report only in "X cited Y as saying". */
  citingVerbs: ReadonlySet<string>;
  /** Verbs that attribute a figure only with a figure noun after them ("put the toll at", "gave a lower figure"). */
  figureVerbs: ReadonlySet<string>;
  /** Nouns for a figure or what it counts, after a figure verb ("toll", "crowd", "estimate"). */
  figureNouns: ReadonlySet<string>;
  /** Participles that report for the subject of their clause after a comma (", saying 30 died"). */
  clauseSpeechVerbs: ReadonlySet<string>;
  /** Frequent verbs with irregular past forms, which end a subject ("met", "gave", "took"). */
  commonVerbs: ReadonlySet<string>;
  /** Words that join two verbs of one subject ("condemned the attack and said"). */
  coordinators: ReadonlySet<string>;
  /** Objects after which a speech verb is not speech ("claimed the lives of", "said goodbye"). */
  nonSpeechObjects: ReadonlySet<string>;
  /** Prefix forms naming a source that follows ("according to", "as reported by"). */
  accordingTo: readonly string[];
  /** Participles naming their agent after a comma (", reported by X,", ", cited by X"). */
  agentParticiples: ReadonlySet<string>;
  /** Words that end the source after an according-to form ("…according to the WHO, which …"). */
  accordingStop: ReadonlySet<string>;
  /** Nouns for a document; "figures from the U.N." names the U.N. */
  sourceNouns: ReadonlySet<string>;
  /** Adverbs or auxiliaries between the speaker and the verb ("officials later said"). */
  speakerAdverbs: ReadonlySet<string>;
  /** One-word asides set off by commas ("Mr. Ford, again, said"). */
  asides: ReadonlySet<string>;
  /** Words that show a chunk is a clause, not a speaker. */
  clauseWords: ReadonlySet<string>;
  /** Upper-case acronyms that are also clause words in lower case ("WHO"): a speaker when written in capitals. */
  acronymsOfClauseWords: ReadonlySet<string>;
  /** Leading words that belong to the sentence, not to the speaker ("But officials said"). */
  leadingConnectives: ReadonlySet<string>;
  /** Honorifics and job titles dropped in front of a person's name. */
  titleWords: ReadonlySet<string>;
  /** Words that end an organisation's name ("ministry", "council"). */
  orgHeads: ReadonlySet<string>;
  /** Lower-case particles inside a person's name ("al", "van"). */
  nameParticles: ReadonlySet<string>;
  /** Small words that join capitalised words inside one name ("Council for Human Rights", "Trade and Industry"). */
  nameConnectors: ReadonlySet<string>;
  /** Prepositions before a place, which the speaker keeps ("aid workers in Idlib"). */
  prepositions: ReadonlySet<string>;
  /** Endings of modifiers dropped from a speaker ("state-owned", "Kurdish-led"). */
  modifierSuffixes: readonly string[];
  /** Pronouns that stand for a speaker named earlier. */
  thirdPerson: ReadonlySet<string>;
  /** Pronouns for the writer or the audience: no named source. */
  otherPerson: ReadonlySet<string>;
  /** The third-person pronouns that stand for a person (not an organisation). */
  personPronouns: ReadonlySet<string>;
  /** Singular nouns for one person ("official"), so "the official" can be the "he" of the next sentence. */
  personNouns: ReadonlySet<string>;
  /** Abbreviations kept with their dot inside a speaker name ("Mr.", "Inc."); as written, without the dot. */
  nameAbbreviations: ReadonlySet<string>;
}

/**
 * Sentence rules for a language read with `Intl.Segmenter` (ADR 023): the
 * segmenter finds the ends, these lists correct it.
 * Abbreviations are lower case, without their final period ("m", "sra", "av").
 */
export interface SegmenterLexicon {
  /** BCP 47 locale handed to Intl.Segmenter ("fr", "ar"). */
  locale: string;
  /** Abbreviations something always follows (titles, "núm.", "vb."): a split after one is rejoined. */
  continuing: ReadonlySet<string>;
  /** Abbreviations that may end a sentence ("etc.", "J.-C."): rejoined only before a lower-case word or a digit. */
  final: ReadonlySet<string>;
  /** Marks that end a sentence even where the segmenter kept going (Arabic ؟). */
  terminals: string;
  /** Marks that never end one (Arabic ،): a split right after one is rejoined. */
  nonTerminals: string;
}

/** How a language's sentences are found: the measured hand scanner (English) or the segmenter path. */
export type SentenceRules =
  | { splitter: 'scanner'; words: SentenceLexicon }
  | { splitter: 'segmenter'; words: SegmenterLexicon };

/**
 * Attribution as word lists over shapes shared by French, Spanish, Turkish
 * and Arabic (ADR 023): prefix forms ("selon X", "بحسب X"), postpositions
 * ("X'e göre"), subject–verb ("le ministère a indiqué") and verb–subject
 * ("a déclaré le ministre", "قال المرصد"). Words are lower case.
 */
export interface AttributionForms {
  /** Speech verbs, one or more words ("a déclaré", "dijo", "açıkladı", "قال"). */
  speechVerbs: readonly string[];
  /**
   * Verbs that give a figure with its noun as object ("elevó la cifra", "a
   * porté le bilan", "situó el número"): a speech verb, with the speaker
   * before it, only when one of `figureNouns` follows within five words of
   * its clause. One or more words each.
   */
  figureVerbs: readonly string[];
  /** Nouns of a figure that a figure verb takes as object ("cifra", "balance", "bilan", "nombre"). */
  figureNouns: readonly string[];
  /**
   * Adverbs that stand between a subject and its verb or inside a compound
   * verb ("también", "ya", "également", "de son côté", "lui aussi"): never
   * part of the speaker, and no obstacle to the verb. One or more words each.
   */
  adverbs: readonly string[];
  /** Prefix forms naming the source that follows ("selon", "de acuerdo con", "بحسب"). */
  accordingTo: readonly string[];
  /**
   * Words between a prefix form and a speech verb that precedes the source
   * ("selon ce qu'a indiqué la préfecture", "según lo que dijo", "بحسب ما
   * أعلنت الوزارة"); the verb is skipped as well ("según informó el
   * Ministerio" names the ministry).
   */
  accordingToRelatives: readonly string[];
  /** Prefix forms whose last letter is glued to the source ("وفقا ل" + "لمرصد"); see `gluedArticle`. */
  accordingToGlued: readonly string[];
  /** A glued preposition swallows the article's first letter ("ل" + "المرصد" = "للمرصد"): the article to restore, or "". */
  gluedArticle: string;
  /** Conjunctions glued to the next word ("و", "ف"): "وقال", "وبحسب" read as "قال", "بحسب". */
  gluedConjunctions: readonly string[];
  /** Postpositions naming the source before them ("göre": "Bakanlığa göre"). */
  postpositions: readonly string[];
  /**
   * Statement nouns between a source and its postposition ("X'in
   * açıklamasına göre": the source is X), or between a prefix form and the
   * source ("selon les chiffres du ministère", "según datos del Ministerio",
   * "بحسب إحصاءات وزارة الصحة": the source is the ministry).
   */
  statementNouns: readonly string[];
  /** Words linking a statement noun to the source after it ("de", "del"); Arabic links by position alone. */
  statementLinkers: readonly string[];
  /**
   * Words around a statement noun that do not change whose it is ("el último
   * balance oficial de Protección Civil", "le dernier bilan provisoire du
   * ministère"); absent or empty for none.
   */
  statementModifiers?: readonly string[];
  /** Endings of a source word before a postposition and what replaces them ("lığa" → "lık"), longest first. */
  sourceEndings: readonly (readonly [ending: string, replacement: string])[];
  /** The subject opens the sentence, the verb ends it (Turkish): SV speakers are read from the start. */
  verbFinal: boolean;
  /** Words that end a speaker phrase after a verb or form ("que", "إن", "en", "sobre"). */
  stops: ReadonlySet<string>;
  /** Leading words dropped from a speaker ("le", "la", "el", "los"). */
  articles: ReadonlySet<string>;
  /** The definite article glued to Arabic words ("ال"): after a definite word only definite or linked words continue the name. */
  definitePrefix: string;
  /** Prefixes that link a word into a name after a definite word ("ل": "المرصد السوري لحقوق الإنسان"). */
  linkPrefixes: readonly string[];
  /** Pronouns that stand for a speaker named earlier ("il", "ella", "o"). */
  thirdPerson: ReadonlySet<string>;
  /** Subject pronouns glued to an inverted verb ("a-t-il déclaré", "estime-t-elle"), longest first. */
  pronounSuffixes: readonly string[];
}

/** How a language's attribution is read: the English wire-copy reader or the shared forms reader. */
export type AttributionRules =
  | { reader: 'wire'; words: AttributionLexicon }
  | { reader: 'forms'; words: AttributionForms };

/** One language the extraction reads: its BCP 47 code and its word lists. */
export interface Language {
  /** BCP 47 primary language subtag: "en", "fr". */
  code: string;
  sentences: SentenceRules;
  attribution: AttributionRules;
}
