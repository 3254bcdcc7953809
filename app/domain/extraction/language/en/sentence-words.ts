/**
 * Capitalised words that usually open a sentence rather than continue a name.
 * After an ambiguous abbreviation ("in the U.S. He said" vs "the U.S. Army")
 * the splitter ends the sentence only when one of these follows.
 * Keys are lower-case.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  // pronouns and determiners
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those', 'there', 'here', 'his',
  'her', 'its', 'our', 'their', 'my', 'your', 'the', 'a', 'an', 'some', 'many', 'most', 'all', 'both',
  'each', 'every', 'no', 'none', 'nothing', 'everyone', 'someone', 'nobody', 'such', 'other', 'another',
  'one', 'few', 'several', 'any', 'much', 'more',
  // question words and conjunctions
  'what', 'when', 'where', 'why', 'how', 'who', 'whom', 'whose', 'which', 'whether', 'but', 'and', 'so',
  'yet', 'or', 'nor', 'if', 'because', 'although', 'though', 'while', 'since', 'unless', 'once', 'as',
  // adverbs and connectives
  'however', 'meanwhile', 'also', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'thus', 'therefore',
  'still', 'even', 'only', 'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'later',
  'earlier', 'finally', 'first', 'second', 'third', 'last', 'next', 'again', 'already', 'perhaps', 'maybe',
  'yes', 'not', 'never', 'always', 'often', 'sometimes', 'soon', 'after', 'before', 'during', 'according',
  'despite', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'without', 'under', 'over', 'to', 'into',
  'about', 'among', 'between', 'against', 'like', 'unlike', 'until',
  // auxiliaries and imperatives
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could',
  'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'let', 'please', 'see', 'read', 'click',
  'thanks', 'thank', 'oh', 'well', 'ok', 'okay',
]);

/** Words that cannot end a sentence, so a line ending in one continues on the next line. */
export const NON_FINAL_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'but', 'nor',
  'as', 'that', 'than', 'into', 'onto', 'over', 'under', 'about', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'will', 'would', 'this', 'these', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'which', 'who', 'whose', 'if', 'when', 'not', 'no', 'between', 'among', 'said', 'says', 'including',
]);

/**
 * Capitalised function words that, in the middle of running text and before a
 * lower-case word, show a sentence boundary that lost its punctuation, as
 * when a photo caption runs into the article ("…in any constituency In the
 * New Territories…"). Keys are as written.
 */
export const RUN_ON_OPENERS: ReadonlySet<string> = new Set([
  'The', 'In', 'On', 'At', 'For', 'From', 'With', 'According', 'After', 'During', 'This', 'These', 'Those',
  'He', 'She', 'They', 'We', 'It', 'Its', 'Their', 'His', 'However', 'But', 'Meanwhile', 'Today',
  'Yesterday', 'There', 'When', 'While', 'Although',
]);

/** Words after which a sentence-initial clock time is only an adverbial ("At 5 a.m. Mr. Smith left"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at', 'by', 'around', 'about', 'until', 'till', 'before', 'after', 'from', 'since', 'on', 'near', 'shortly',
]);

/** Common nouns that often open a news sentence as its subject. */
export const SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'authorities', 'police', 'residents', 'witnesses', 'investigators', 'prosecutors', 'analysts',
  'experts', 'critics', 'doctors', 'scientists', 'researchers', 'lawmakers', 'legislators', 'voters',
  'protesters', 'demonstrators', 'activists', 'people', 'rescuers', 'firefighters', 'officers', 'soldiers',
  'villagers', 'parents', 'students', 'workers', 'diplomats', 'sources', 'reports', 'prices', 'shares',
]);

/** Words that open a greeting line. */
export const GREETINGS: ReadonlySet<string> = new Set(['dear', 'hi', 'hello', 'hey', 'greetings', 'hiya', 'howdy']);

/** Sign-off phrases, lower case, without their comma. */
export const SIGN_OFFS: ReadonlySet<string> = new Set([
  'thanks', 'thank you', 'many thanks', 'thanks again', 'thanks so much', 'thank you very much', 'regards',
  'best regards', 'kind regards', 'warm regards', 'warmest regards', 'best wishes', 'best', 'all the best',
  'cheers', 'sincerely', 'yours sincerely', 'sincerely yours', 'yours truly', 'yours faithfully', 'respectfully',
  'with thanks', 'love', 'take care', 'good morning', 'good afternoon', 'good evening',
]);

/** Words that open a letter's first sentence after a bare name. */
export const LETTER_OPENERS: ReadonlySet<string> = new Set([
  'please', 'thanks', 'thank', 'attached', 'here', 'hope', 'just', 'we', 'can', 'could', 'would', 'do', 'did',
  'are', 'is', 'have', 'how', 'what', 'when', 'as', 'per', 'following', 'i', 'you', 'your',
  'sorry', 'good', 'great',
]);
