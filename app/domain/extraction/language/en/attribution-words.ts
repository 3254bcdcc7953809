/**
 * English word lists for the attribution finder (see ../types.ts for what
 * each list means). Kept apart so that adding a verb or a title does not
 * mean reading the matching logic.
 */

/** Reporting verbs whose grammatical subject is the source of the claim. */
export const SPEECH_VERBS = new Set([
  // present forms that are also common plural nouns ("states", "reports", "claims") are left out
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'noted', 'explained', 'announced',
  'announces', 'reported', 'claimed', 'warned', 'warns', 'confirmed', 'confirms', 'insisted', 'argued',
  'argues', 'estimated', 'wrote', 'writes', 'tweeted', 'demanded', 'alleged', 'acknowledged', 'admitted',
  'denied', 'declared', 'stressed', 'cited', 'quoted', 'testified', 'revealed', 'disclosed',
]);

/** Verbs that only report when followed by "X as saying" ("RIA cited Y as saying"). */
export const CITING_VERBS = new Set(['cited', 'quoted']);

/** Adverbs that may sit between the speaker and the verb ("Erdogan first demanded"). */
export const SPEAKER_ADVERBS = new Set([
  'also', 'later', 'first', 'again', 'then', 'previously', 'earlier', 'recently', 'separately',
  'repeatedly', 'has', 'have', 'had', 'reportedly', 'once', 'further', 'publicly',
  'initially', 'subsequently', 'would', 'will', 'could',
]);

/**
 * Words that show the chunk before a verb is a clause, not a speaker: a
 * speaker phrase never holds a finite verb or a subordinator.
 */
export const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'that', 'which', 'who', 'whom',
  'when', 'if', 'because', 'while', 'although', 'after', 'before', 'since', 'until', 'as', 'than',
  'not', 'to', 'what', 'where', 'why', 'how', 'there', 'this', 'these', 'those', 'let', 'me', 'us',
  'him', 'them', 'if', 'whether', "it's", "that's", "there's", 'it’s', 'that’s', 'there’s',
]);

/** Leading words that belong to the sentence, not to the speaker ("But officials said"). */
export const LEADING_CONNECTIVES = new Set([
  'the', 'a', 'an', 'but', 'and', 'so', 'meanwhile', 'however', 'yet', 'also', 'now', 'still',
  'separately', 'instead', 'moreover', 'furthermore', 'then', 'later', 'earlier', 'in', 'on',
]);

/** Honorifics and job titles dropped in front of a person's name. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'defence', 'defense', 'interior',
  'finance', 'secretary', 'general', 'gen.', 'col.', 'lt.', 'sgt.', 'maj.', 'capt.', 'adm.', 'dr.',
  'mr.', 'mrs.', 'ms.', 'sen.', 'senator', 'rep.', 'representative', 'gov.', 'governor', 'king',
  'queen', 'prince', 'sheikh', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'director',
  'chief', 'commander', 'ambassador', 'mayor', 'judge', 'pope', 'justice', 'envoy', 'special',
  'executive', 'head', 'chairman', 'chairwoman', 'chair', 'professor', 'prof.', 'colonel', 'major',
  'captain', 'lieutenant', 'sergeant', 'admiral', 'brigadier', 'secretary-general', 'state', 'u.n.',
  'u.s.', 'un', 'us', 'eu', 'then-president', 'former', 'acting', 'administrator', 'attorney', 'spokesperson',
]);

/**
 * Words that end an organisation's name; a name that follows one in a run of
 * capitals is a person ("Monitor for Civil Rights Omar Nasser").
 */
export const ORG_HEADS = new Set([
  'rights', 'observatory', 'group', 'agency', 'ministry', 'council', 'organization', 'organisation',
  'committee', 'army', 'forces', 'office', 'department', 'commission', 'union', 'nations', 'bank',
  'fund', 'trust', 'institute', 'center', 'centre', 'party', 'front', 'network', 'authority', 'police',
  'government', 'reuters', 'afp', 'ap', 'agence', 'press', 'news', 'times', 'post', 'service',
  'association', 'federation', 'coalition', 'alliance', 'movement', 'board', 'court', 'parliament',
  'congress', 'senate', 'house', 'foundation', 'program', 'programme', 'crescent', 'cross', 'unicef',
  'who', 'unhcr', 'ocha', 'command', 'brigade', 'corps', 'company', 'corp.', 'inc.', 'ltd.', 'university',
]);

/** Name particles written in lower case inside a name ("Taher al-Omar", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'de', 'da', 'di', 'du', 'le', 'la', 'der', 'den', 'dos',
]);

/**
 * Small words that may join capitalised words inside one name ("Observatory
 * for Human Rights", "Board of Trade and Industry"), including the lower-case
 * words of foreign names that English text keeps ("Médecins du Monde").
 */
export const NAME_CONNECTORS = new Set([
  'for', 'of', 'and', 'on', 'the', 'de', 'al', 'el', 'sans', 'des', 'du', 'del', 'della', 'degli', 'la', 'le',
  'les', 'et', 'y', 'e', 'por', 'para', 'pour', 'sur', 'per', 'für', 'und', 'der', 'van', 'von', 'do', 'da', 'dos', 'das', 'di',
]);

/** Pronouns that can stand for a speaker named earlier. */
export const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);

/** First and second person: the speaker is the writer or the audience, not a named source. */
export const OTHER_PERSON = new Set(['i', 'we', 'you']);

/** Singular nouns for one person, so "the Turkish official" can be the "he" of the next sentence. */
export const PERSON_NOUNS = new Set([
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'activist', 'reporter', 'correspondent',
  'minister', 'commander', 'witness', 'resident', 'doctor', 'diplomat', 'source', 'officer', 'lawmaker',
  'analyst', 'expert', 'director', 'president', 'leader', 'man', 'woman', 'father', 'mother', 'teacher',
  'worker', 'farmer', 'soldier', 'fighter', 'negotiator', 'envoy', 'ambassador', 'chief', 'head',
]);

/** Prefix forms that name the source after them. */
export const ACCORDING_TO: readonly string[] = ['according to', 'as reported by', 'as estimated by', 'as counted by'];

/** Participles after a comma that name their agent with "by": ", reported by the monitor,". */
export const AGENT_PARTICIPLES = new Set([
  'reported', 'released', 'published', 'compiled', 'issued', 'given', 'provided', 'cited', 'announced',
  'confirmed', 'estimated', 'recorded', 'documented', 'counted', 'collected', 'gathered', 'tallied', 'verified',
]);

/** Words that end the source after "according to". */
export const ACCORDING_STOP = new Set([
  'that', 'which', 'who', 'published', 'released', 'issued', 'on', 'in', 'at', 'last', 'this', 'when',
  'as', 'after', 'since', 'because', 'while', 'and', 'but', 'citing', 'quoted', 'cited', 'seen', 'obtained',
]);

/** Documents that carry a source's words: "figures from the U.N." names the U.N. */
export const SOURCE_NOUNS = new Set([
  'statement', 'statements', 'report', 'reports', 'figures', 'data', 'estimate', 'estimates', 'tally',
  'count', 'sources', 'source', 'numbers', 'records', 'study', 'survey', 'analysis', 'poll',
  'toll', 'post', 'posting', 'blog', 'tweet', 'letter', 'memo',
]);

/** One-word asides set off by commas ("Mr. Ford, again, …"). */
export const ASIDES = new Set(['again', 'however', 'meanwhile', 'too', 'though', 'also', 'instead', 'moreover', 'then', 'now', 'uh', 'um']);

/** Prepositions before a place or group that the speaker phrase keeps ("aid workers in Idlib"). */
export const PREPOSITIONS = new Set(['in', 'from', 'at', 'near', 'of', 'for', 'with', 'on', 'inside', 'across', 'to', 'by']);

/** Modifiers dropped from a speaker: "state-owned", "Kurdish-led". */
export const MODIFIER_SUFFIXES: readonly string[] = [
  'based', 'owned', 'backed', 'run', 'led', 'affiliated', 'controlled', 'funded', 'linked', 'allied', 'aligned',
];

/**
 * Objects after which a speech verb means something else: "the strikes
 * claimed the lives of nine", "the floods claimed 40 lives", "she said goodbye".
 */
export const NON_SPEECH_OBJECTS = new Set(['lives', 'life', 'victims', 'goodbye', 'responsibility', 'credit', 'grace', 'prayers', 'amen']);

/** Acronyms spelled like clause words: "the WHO said" names the World Health Organization. */
export const ACRONYMS_OF_CLAUSE_WORDS = new Set(['WHO', 'US', 'IS', 'AS', 'IT']);

/** Third-person pronouns for a person. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);

/** Abbreviations that keep their dot inside a speaker name (as written, without the dot). */
export const NAME_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Col', 'Lt', 'Sgt', 'Maj', 'Capt', 'Adm', 'Sen', 'Rep', 'Gov', 'Prof', 'St',
  'Jr', 'Sr', 'Inc', 'Corp', 'Ltd', 'Co',
]);

/** Verbs that give a figure for their subject when a figure noun follows: "police put the crowd at 5,000". */
export const FIGURE_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'gave', 'gives', 'estimated', 'estimates']);

/** What a figure verb gives: the number itself or the thing counted. */
export const FIGURE_NOUNS = new Set([
  'toll', 'figure', 'figures', 'number', 'numbers', 'count', 'tally', 'total', 'estimate', 'crowd', 'crowds',
  'turnout', 'attendance', 'cost', 'damage', 'damages', 'losses', 'casualties', 'dead', 'size',
]);

/** Participles that report for their clause's subject after a comma. */
export const CLAUSE_SPEECH_VERBS = new Set(['saying', 'adding', 'claiming', 'warning', 'noting', 'stating', 'announcing']);

/** Irregular past forms that end a subject phrase. */
export const COMMON_VERBS = new Set([
  'met', 'gave', 'took', 'made', 'went', 'sent', 'held', 'spoke', 'wrote', 'came', 'saw', 'won', 'lost', 'left',
  'began', 'kept', 'brought', 'thought', 'found', 'told', 'put', 'set', 'cut', 'hit', 'let', 'led', 'paid',
  'sought', 'struck', 'fought', 'rose', 'fell', 'stood', 'became', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
]);

/** Words that join two verbs of one subject. */
export const COORDINATORS = new Set(['and']);
