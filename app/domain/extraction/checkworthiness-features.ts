import { HASH_SEED, hashStep, SeenWords } from './seen-words';
import { isSpace } from './sentence-chars';

/**
 * The lexical cues behind check-worthiness. Each cue is a phenomenon a
 * fact-checker would name ("a statistic", "a prediction"), the phrases that
 * signal it, whether it speaks for or against checking, and the reason the UI
 * shows. The cues do not score: they are inputs of the learned model
 * (checkworthiness-model.ts), which weighs them, and its reasons.
 */

/** Lower-cased word tokens of a sentence, ’ folded to ' ("won't", "we've", "948,000", "$5"). */
export type Tokens = string[];

/** A sentence's tokens (tokenize's runs) and the Word of each, found while scanning. */
export interface Reading {
  tokens: Tokens;
  /** words[i].text === tokens[i]. */
  words: Word[];
  /** The WORD bits of all its words, OR-ed: which finders can skip the sentence. */
  any: number;
}

/**
 * Splits folded lower-case text into tokens: runs of [a-z0-9$€£%], joined
 * across ' . , - when a word character follows ("won't", "948,000",
 * "second-highest"), and gives each its Word. A token is hashed while it is
 * scanned and found in the table of words already met, so a known word costs
 * no substring and no Map lookup (ADR 033).
 */
export function readWords(lower: string): Reading {
  const tokens: Tokens = [];
  const words: Word[] = [];
  let any = 0;
  const n = lower.length;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    if (isTokenChar(c)) {
      if (start < 0) {
        start = i;
        h = HASH_SEED;
      }
      h = hashStep(h, c);
      continue;
    }
    if (start >= 0 && (c === 39 || c === 46 || c === 44 || c === 45) && i + 1 < n && isJoinable(lower.charCodeAt(i + 1))) {
      h = hashStep(h, c);
      continue;
    }
    if (start >= 0) {
      const w = SEEN.get(lower, start, i, h);
      tokens.push(w.text);
      words.push(w);
      any |= w.flags;
      start = -1;
    }
  }
  return { tokens, words, any };
}

/** The tokens of folded lower-case text (readWords without the words). */
export function tokenize(lower: string): Tokens {
  return readWords(lower).tokens;
}

/** Bits of TextMarks.bits: marks in the text that the cues and features read. */
export const MARK = {
  /** " “ or ” */
  quote: 1,
  question: 2,
  /** "--", " - " or an em dash. */
  dash: 4,
  /** ’, folded to ' before tokenizing. */
  apostrophe: 8,
} as const;

/** What one pass over a sentence's code units finds (readMarks). */
export interface TextMarks {
  /** MARK bits. */
  bits: number;
  /**
   * Capitalised words after a space (`\s["“‘(]?[A-Z][A-Za-z'’.-]*`, each
   * match starting where the last ended, "I" and "I'm" left out), adjacent
   * ones counted as one name.
   */
  names: number;
}

const NOT_NAMES = new Set(['I', "I'm", 'I’m', "I've", 'I’ve', "I'd", 'I’d', "I'll", 'I’ll']);

/**
 * The marks and the names of a sentence in one pass over its code units.
 * Names are the matches of the regex in TextMarks.names, found by looking
 * ahead from each space: no space lies inside a match, so scanning on from
 * the space finds the same matches as resuming after each (ADR 030, 033).
 */
export function readMarks(text: string): TextMarks {
  let bits = 0;
  let names = 0;
  let lastEnd = -2;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 127) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        const e = nameAfter(text, i);
        if (e > 0) {
          // "World Health Organization" is one name, not three
          if (i > lastEnd + 1) names++;
          lastEnd = e;
        }
      } else if (c === 34) bits |= MARK.quote;
      else if (c === 63) bits |= MARK.question;
      else if (c === 45) {
        const next = text.charCodeAt(i + 1);
        if (next === 45 || (next === 32 && i > 0 && text.charCodeAt(i - 1) === 32)) bits |= MARK.dash;
      }
    } else if (c === 0x201c || c === 0x201d) bits |= MARK.quote;
    else if (c === 0x2014) bits |= MARK.dash;
    else if (c === 0x2019) bits |= MARK.apostrophe;
    else if (isSpace(c)) {
      const e = nameAfter(text, i);
      if (e > 0) {
        if (i > lastEnd + 1) names++;
        lastEnd = e;
      }
    }
  }
  return { bits, names };
}

/** The end of the name after the space at `p`, or -1 when none starts there. */
function nameAfter(text: string, p: number): number {
  let a = p + 1;
  let c = text.charCodeAt(a);
  if (c === 34 || c === 0x201c || c === 0x2018 || c === 40) c = text.charCodeAt(++a);
  if (!(c >= 65 && c <= 90)) return -1;
  let e = a + 1;
  while (e < text.length && isNameChar(text.charCodeAt(e))) e++;
  return c === 73 && NOT_NAMES.has(text.slice(a, e)) ? -1 : e;
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c === 37 || c === 8364 || c === 163;
}

function isJoinable(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37;
}

/** A list of phrases, written "a | b c | d". */
type PhraseList = string[][];

function words(list: string): PhraseList {
  return list
    .trim()
    .split(/\s*\|\s*/)
    .map((p) => p.split(/\s+/));
}

const STATISTIC = words(`
  percent | per cent | percentage | per capita | rate | rates | average | median | ratio | proportion |
  majority | minority of | share of | unemployment | inflation | deficit | deficits | debt | gdp |
  budget | revenue | revenues | income | wages | salaries | prices | price | costs | spending | spent |
  taxes | tax cut | tax cuts | tax breaks | jobs | poverty | crime | casualties | death toll | toll |
  population | record | statistics | census | survey | poll | polls | study
`);

const COMPARISON = words(`
  more than | less than | fewer than | fewer | higher | lower | highest | lowest | largest | smallest |
  biggest | fastest | slowest | second-highest | second-largest | twice | double | doubled | tripled |
  quadrupled | halved | times | increase | increased | increases | decrease | decreased | rose | risen |
  fell | fallen | grew | grown | declined | dropped | jumped | soared | plunged | up from | down from |
  compared | than it was | than they were | since | the first time | is up |
  are up | went up | gone up | is down | are down | went down | gone down |
  in history | in the world | ever | all-time | record high | record low | for the first time
`);

/** Verbs that report something that happened: the stuff of checkable claims. */
const EVENT_VERBS = words(`
  killed | wounded | injured | died | displaced | fled | seized | captured | retook | launched | attacked |
  bombed | shelled | struck | hit | destroyed | damaged | arrested | detained | sentenced | convicted |
  voted | passed | signed | vetoed | approved | rejected | opposed | supported | proposed | introduced |
  cut | raised | lowered | created | lost | won | spent | paid | sold | bought | built | closed | opened |
  sent | deployed | invaded | withdrew | pulled | stationed | added | reduced | eliminated | increased |
  imposed | lifted | banned | announced | reported | recorded | elected | appointed | resigned | fired |
  took | gave | made | began | started | ended | set up | reopened | cost | borrowed | received | fought |
  founded | held | met | visited | crossed | failed | continued | insisted | agreed | refused | denied |
  taken | given | shifted | stationed | already | was able to | were able to | managed to | broke |
  succeeded in | ago | demanded | threatened | accused | urged | warned
`);

const OPINION = words(`
  i think | i believe | i feel | i guess | i suppose | i'm sure | i am sure | i'm convinced | in my view |
  my view | in my opinion | my opinion | it seems | seems | seem | frankly | absolutely | obviously |
  clearly | of course | the right answer | the wrong | the best | the worst | the greatest | great |
  good | bad | wrong | terrible | wonderful | excellent | dangerous | ridiculous | outrageous | shameful |
  fair | unfair | critical | crucial | vital | important | essential | dire | disaster | tragic | genius |
  brave | strong | weak | deeply | strongly | no doubt | no question | the problem | the issue | the point
`);

const PREDICTION = words(`
  will | won't | going to | gonna | would | wouldn't | plan to | plans to | intend | intends |
  expect | expects | expected | likely | unlikely | soon | next year | in the future | someday | eventually |
  could | might | may | hope to | aim to | aims to | objective | goal | would be | by the year |
  i'll | we'll | you'll | he'll | she'll | they'll | it'll | that'll
`);

const OBLIGATION = words(`
  should | shouldn't | must | ought | need to | needs to | have to | has to | had to | got to | gotta |
  let's | let me | let us | let the | we can | we can't | we cannot | we need | you need | it's time | we want |
  i want | i'd like | i would like | we must | we've got to | we have got to
`);

const FEELING = words(`
  hope | hoped | hopes | hoping | fear | fears | feared | love | loves | glad | proud | worried | worry |
  afraid | happy | sad | sorry | regret | wish | care deeply | angry | upset | disappointed | optimistic |
  pessimistic | excited | thankful | grateful | pleased | delighted | concerned | condemned | condemn |
  criticized | criticised | praised | denounced | slammed | blasted | welcomed | applauded | like rats
`);

/** Hedges: the speaker is unsure of the fact, or says it loosely. */
const HEDGE = words(`
  i recall | as i recall | if i recall | i'm not sure | i am not sure | maybe | perhaps | probably |
  more or less | i suspect | i imagine | i gather | so to speak
`);

/** Procedural talk of debates and hearings: thanks, greetings, turn-taking, stage directions. */
const PROCEDURAL = words(`
  thank you | thanks | good evening | good morning | good night | congratulations | ladies and gentlemen |
  applause | laughter | crosstalk | inaudible | cheers | booing | welcome | nice to | great to be |
  pleasure to | honored to | honoured to | next question | your time | time is up | time's up | rebuttal |
  seconds to respond | minutes to respond | follow-up | moderator |
  the audience | tonight's debate | this debate
`);

/** Openings of spoken, conversational sentences; they count only as the first words. */
const DISCOURSE = words(`
  well | look | listen | you know | i mean | so | now | let me just | excuse me | thank you | uh | um
`);

/** Spelled-out quantities; "one" is left out because "no one", "one of" are not figures. */
const NUMBER_WORDS = words(`
  two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | thirteen | fourteen |
  fifteen | sixteen | seventeen | eighteen | nineteen | twenty | thirty | forty | fifty | sixty | seventy |
  eighty | ninety | hundred | hundreds | thousand | thousands | million | millions | billion | billions |
  trillion | trillions | dozen | dozens | half | a third | a quarter | two-thirds | tens of | scores of |
  twice | doubled | tripled | quadrupled | halved
`);

/** Words of hard data whatever the context: money, percentages, large magnitudes. */
const AMOUNT_WORDS = words(`million | billion | trillion | percent | per cent`);

/** Institutions and instruments of public policy: claims about them can be checked against records. */
const PUBLIC_RECORD = words(`
  federal | government | administration | congress | senate | legislature | parliament | legislation |
  bill | law | laws | program | programs | treaty | troops | military | army | budget | grants | loans |
  aid | sanctions | ministry | court | courts | agency | police | embargo | embargoes
`);

export type FeatureId =
  | 'statistic'
  | 'comparison'
  | 'event'
  | 'record'
  | 'opinion'
  | 'prediction'
  | 'obligation'
  | 'feeling'
  | 'discourse'
  | 'hedge'
  | 'procedural'
  | 'number'
  | 'amount';

export interface Feature {
  id: FeatureId;
  /** 'pro' speaks for checking, 'con' against; 'own': the cue finder reads it in its own way. */
  side: 'pro' | 'con' | 'own';
  /** Shown in the UI; `{m}` is replaced by the words that triggered it. */
  reason: string;
  phrases: PhraseList;
}

export const FEATURES: Feature[] = [
  { id: 'statistic', side: 'pro', reason: 'a statistic ("{m}")', phrases: STATISTIC },
  { id: 'comparison', side: 'pro', reason: 'a comparison ("{m}")', phrases: COMPARISON },
  { id: 'event', side: 'pro', reason: 'reports what happened ("{m}")', phrases: EVENT_VERBS },
  { id: 'record', side: 'pro', reason: 'about public institutions or policy ("{m}")', phrases: PUBLIC_RECORD },
  { id: 'opinion', side: 'con', reason: 'opinion ("{m}")', phrases: OPINION },
  { id: 'prediction', side: 'con', reason: 'prediction or intention ("{m}")', phrases: PREDICTION },
  { id: 'obligation', side: 'con', reason: 'says what should be done ("{m}")', phrases: OBLIGATION },
  { id: 'feeling', side: 'con', reason: 'feelings or judgement ("{m}")', phrases: FEELING },
  { id: 'hedge', side: 'con', reason: 'hedged ("{m}")', phrases: HEDGE },
  { id: 'procedural', side: 'con', reason: 'procedural talk ("{m}")', phrases: PROCEDURAL },
  { id: 'discourse', side: 'own', reason: 'conversational opening ("{m}")', phrases: DISCOURSE },
  { id: 'number', side: 'own', reason: 'contains a figure ("{m}")', phrases: NUMBER_WORDS },
  { id: 'amount', side: 'own', reason: 'money, a percentage or a large amount', phrases: AMOUNT_WORDS },
];

/** One phrase of a feature, under its first word in INDEX. */
interface Phrase {
  feature: FeatureId;
  words: string[];
  /** The words joined by single spaces, as matchFeatures reports them. */
  phrase: string;
}

/** Every phrase indexed by its first word, longest first, with the feature it signals. */
const INDEX = new Map<string, Phrase[]>();
for (const f of FEATURES) {
  for (const p of f.phrases) {
    const list = INDEX.get(p[0]) ?? [];
    list.push({ feature: f.id, words: p, phrase: p.join(' ') });
    list.sort((a, b) => b.words.length - a.words.length);
    INDEX.set(p[0], list);
  }
}

/** What one pass over the tokens found. */
export interface Matches {
  /** The first phrase of each feature, with the index of the token it starts at. */
  first: Map<FeatureId, { phrase: string; at: number }>;
  /** Distinct event phrases: a narrative of several events is factual. */
  events: number;
}

const DURATIONS = new Set([
  'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'minute',
  'minutes', 'second', 'seconds', 'decade', 'decades', 'straight',
]);

/** Finds every feature phrase in one pass; `words` is readWords' words of `tokens`. */
export function matchFeatures(tokens: Tokens, words: Word[]): Matches {
  const first = new Map<FeatureId, { phrase: string; at: number }>();
  let events: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const candidates = words[i].phrases;
    if (candidates === undefined) continue;
    for (const c of candidates) {
      if (!startsAt(tokens, i, c.words)) continue;
      if (c.feature === 'discourse' && i !== 0) continue;
      // "I'd like to say…", "let me point out…" frame what follows; they are not wishes or duties
      if ((c.feature === 'obligation' || c.feature === 'prediction') && framesSpeech(tokens, i + c.words.length)) continue;
      // "the first two weeks", "in the last 48 hours": durations frame time, they are not figures
      if (c.feature === 'number' && DURATIONS.has(tokens[i + c.words.length])) continue;
      // "a tax cut", "the hit": after a determiner the event word is a noun
      if (c.feature === 'event' && i > 0 && NOUN_BEFORE.has(tokens[i - 1])) continue;
      const phrase = c.phrase;
      if (c.feature === 'event') {
        if (events === undefined) events = [phrase];
        else if (!events.includes(phrase)) events.push(phrase);
      }
      if (!first.has(c.feature)) first.set(c.feature, { phrase, at: i });
    }
  }
  return { first, events: events === undefined ? 0 : events.length };
}

const NOUN_BEFORE = new Set(['a', 'an', 'the', 'any', 'this', 'that', 'no', 'tax', 'budget', 'spending', 'big']);

const SPEECH_FRAMES = new Set(['say', 'tell', 'point', 'finish', 'remind', 'mention', 'repeat', 'explain']);

function framesSpeech(tokens: Tokens, next: number): boolean {
  const t = tokens[next] === 'to' || tokens[next] === 'just' ? tokens[next + 1] : tokens[next];
  return t !== undefined && SPEECH_FRAMES.has(t);
}

function startsAt(tokens: Tokens, i: number, words: string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 1; k < words.length; k++) if (tokens[i + k] !== words[k]) return false;
  return true;
}

// A digit run that is not a year ("2012", "1975"), clock time or ordinal.
const DIGITS = /(?:^|[^\w.'-])(\$?\d[\d,]*(?:\.\d+)?%?)(?![\d:])(?!(?:st|nd|rd|th|s)\b)/g;
const YEAR = /^(?:1[6-9]|20)\d\d$/;
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s$/;
const DURATION_AFTER = /^\s(?:straight\s)?(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|decades?)\b/;
const COUNTED_YEAR = /^\s(?:people|troops|soldiers|jobs|civilians)\b/;
const CLOCK = /^\s?(?:a\.m|p\.m|am\b|pm\b)/;
const HAS_DIGIT = /\d/;

/** The first number written in digits that is a figure: dates, clock times and durations are not. */
export function findDigits(lower: string): string | null {
  if (!HAS_DIGIT.test(lower)) return null;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(lower); m; m = DIGITS.exec(lower)) {
    const n = m[1];
    const start = m.index + m[0].length - n.length;
    const end = m.index + m[0].length;
    if (YEAR.test(n) && !COUNTED_YEAR.test(lower.slice(end, end + 12))) continue;
    if (MONTH_BEFORE.test(lower.slice(Math.max(0, start - 6), start))) continue;
    if (DURATION_AFTER.test(lower.slice(end, end + 16))) continue;
    if (CLOCK.test(lower.slice(end, end + 4))) continue;
    return n;
  }
  return null;
}

/** Money or a percentage written with symbols or as a modifier ("$5", "8%", "trillion-dollar"): the first token with WORD.amount. */
export function findAmountToken(words: Word[]): string | null {
  for (const w of words) if (w.flags & WORD.amount) return w.text;
  return null;
}

const AMOUNT_MODIFIER = /^(?:million|billion|trillion)-|-(?:million|billion|trillion|percent)(?:-|$)/;

function isAmountToken(t: string): boolean {
  const c = t.charCodeAt(0);
  if ((c === 36 || c === 8364 || c === 163) && t.length > 1) return true; // $ € £
  if (t.endsWith('%') && t.length > 1) return true;
  return t.includes('-') && AMOUNT_MODIFIER.test(t); // both forms hold a hyphen
}

const PERFECT_ADVERBS = new Set(['not', 'never', 'already', 'just', 'also', 'been']);
const PARTICIPLE = /^[a-z]+(?:ed|en|wn|ne|ht|lt|ft|pt|ut|ld|id|ck)$/;

/** "has shifted", "we've made", "had been proposed", "has been bombing": the perfect reports what has happened. */
export function findPerfect(tokens: Tokens, words: Word[]): string | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!(words[i].flags & WORD.perfectAux)) continue;
    let j = i + 1;
    while (j < tokens.length - 1 && j - i < 3 && words[j].flags & WORD.perfectAdverb) j++;
    // "has been bombing" reports an ongoing past as much as "has bombed"
    const f = words[j].flags;
    if (f & WORD.participle || (tokens[j - 1] === 'been' && f & WORD.ing)) {
      return tokens.slice(i, j + 1).join(' ');
    }
  }
  return null;
}

/**
 * Questions without a question mark ("Two questions: How do you deter…"):
 * a clause that opens with a question word and an auxiliary.
 */
const QUESTION_OPENING = /^\s*(?:(?:how|why|what|where|when|who|which)\s+(?:do|does|did|is|are|was|were|can|could|would|will|should|come)|(?:do|does|did|is|are|can|could|would|will|should|shall)\s+(?:you|we|they|i|he|she|it)\s)/;

export function opensLikeQuestion(lower: string): boolean {
  if (QUESTION_OPENING.test(lower.slice(0, 40))) return true;
  for (let c = lower.indexOf(':'); c >= 0; c = lower.indexOf(':', c + 1)) {
    if (QUESTION_OPENING.test(lower.slice(c + 1, c + 41))) return true;
  }
  return false;
}

/** Subjects of a promise: the speaker, alone or with their side. */
const PROMISERS = ['i', 'we', "i'm", "we're", "i'll", "we'll"];
const PROMISE_VERBS = new Set(['will', 'shall', 'going', 'gonna', 'intend', 'plan', 'promise', 'pledge', "i'll", "we'll"]);

/**
 * "we will", "I'm going to", "we'll", "I promise": the speaker commits to what they will do.
 * A promise cannot be checked yet, however concrete it sounds.
 */
export function findPromise(tokens: Tokens, words: Word[]): { phrase: string; at: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "i'll" || t === "we'll") return { phrase: t, at: i };
    if (!(words[i].flags & WORD.promiser)) continue;
    let j = i + 1;
    if (tokens[j] === 'am' || tokens[j] === 'are') j++;
    if (tokens[j] === 'also' || tokens[j] === 'not' || tokens[j] === 'never') j++;
    const v = tokens[j];
    if (v === undefined || !PROMISE_VERBS.has(v)) continue;
    if (v === 'going' && tokens[j + 1] !== 'to') continue;
    return { phrase: tokens.slice(i, j + (v === 'going' ? 2 : 1)).join(' '), at: i };
  }
  return null;
}

/** Who a debate claim can be about: the opponent, addressed or named with a title. */
const OTHER_SUBJECTS = new Set(['you', 'he', 'opponent']);
const TITLES = new Set([
  'senator', 'governor', 'president', 'mr', 'mrs', 'ms', 'congressman', 'congresswoman', 'secretary', 'speaker',
  'administration', 'congress', 'republicans', 'democrats',
]);
const RECORD_VERBS = [
  'said', 'says', 'voted', 'vote', 'votes', 'proposed', 'proposes', 'promised', 'claimed', 'supported', 'supports',
  'opposed', 'opposes', 'called', 'wanted', 'wants', 'signed', 'vetoed', 'sponsored', 'endorsed', 'campaigned',
];
const RECORD_SKIP = new Set(['has', 'have', 'had', 'also', 'repeatedly', 'once', 'never', 'actually', 'even', 'just', 'always', 'already', 'not', "didn't", 'did']);

/**
 * "you voted", "he said", "Governor Carter has said repeatedly": what the other side said, voted or
 * proposed is on the record and can be checked. Returns the words, the index of the verb, whether the
 * verb only reports speech ("said"), and whether what follows is the other side's own commitment
 * ("you said we can…", "he voted to…") rather than a reported forecast.
 */
export function findRecordOfOther(tokens: Tokens, words: Word[]): { phrase: string; at: number; speech: boolean; owns: boolean } | null {
  for (let i = 1; i < tokens.length; i++) {
    if (!(words[i].flags & WORD.recordVerb)) continue;
    let s = i - 1;
    while (s > 0 && i - s < 3 && RECORD_SKIP.has(tokens[s])) s--;
    const subject = tokens[s];
    const named = s > 0 && TITLES.has(tokens[s - 1]);
    if (OTHER_SUBJECTS.has(subject) || TITLES.has(subject) || named) {
      const speech = tokens[i] === 'said' || tokens[i] === 'says';
      return { phrase: tokens.slice(named ? s - 1 : s, i + 1).join(' '), at: i, speech, owns: !speech || subject === 'you' };
    }
  }
  return null;
}

/** Nouns for policies: what they "would" or "will" do is a claim about their effects (WORD.policyNoun). */
const POLICY_NOUNS = [
  'plan', 'plans', 'bill', 'bills', 'proposal', 'proposals', 'policy', 'policies', 'law', 'laws', 'budget',
  'program', 'legislation', 'amendment', 'treaty', 'agreement', 'reform', 'reforms',
];

/** A year between 1900 and 2029 written alone ("in 1982", "since 2001"): a dated, historical statement. */
export function findYear(words: Word[]): string | null {
  for (const w of words) if (w.flags & WORD.year) return w.text;
  return null;
}

const YEAR_TOKEN = /^(?:19\d\d|20[0-2]\d)$/;

const HYPOTHESIS_LEAD = new Set(['and', 'but', 'so', 'now', 'well', 'because']);

/** "If we cut taxes, …", "Suppose they…": a sentence that opens on a condition argues a hypothesis. */
export function opensWithCondition(tokens: Tokens): string | null {
  const i = HYPOTHESIS_LEAD.has(tokens[0]) ? 1 : 0;
  const t = tokens[i];
  return t === 'if' || t === 'unless' || t === 'suppose' || t === 'imagine' ? t : null;
}

const PAST_SUBJECTS = ['i', 'we', 'you', 'he', 'she', 'they', 'it', 'who'];
const NOT_PAST = new Set(['concerned', 'interested', 'supposed', 'used', 'tired', 'prepared', 'pleased', 'excited', 'scared', 'worried', 'committed', 'determined', 'need', 'red', 'bed', 'united', 'indeed']);

/** "they stationed", "he never opposed", "we reduced": a subject with a verb in the simple past tells what was done. */
export function findPastAction(tokens: Tokens, words: Word[]): string | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!(words[i].flags & WORD.pastSubject)) continue;
    let j = i + 1;
    if (tokens[j] === 'never' || tokens[j] === 'also' || tokens[j] === 'just' || tokens[j] === 'actually') j++;
    // a past verb of 5 letters or more ending in -ed, not one of NOT_PAST
    if (j < words.length && words[j].flags & WORD.pastVerb) return tokens.slice(i, j + 1).join(' ');
  }
  return null;
}

const FIRST_PERSON = ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself'];
const SECOND_PERSON = ['you', 'your', "you're", "you've", "you'll", "you'd", 'yourself'];
/** Tense, person and hedges as the learned model reads them (checkworthiness-model.ts). */
const PAST_AUX = ['was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't"];
const FUTURE = ['will', "won't", 'gonna', "i'll", "we'll", "you'll", "he'll", "she'll", "they'll", "it'll"];
const PRESENT_AUX = ['is', 'are', 'am', "isn't", "aren't", 'does', "doesn't", 'do', "don't", "i'm", "we're", "they're", "it's"];
const WE = ['we', 'our', 'us', "we're", "we've", "we'll", "we'd", 'ourselves'];
const HEDGES = ['maybe', 'perhaps', 'probably', 'possibly', 'apparently', 'reportedly', 'allegedly', 'roughly', 'about', 'around', 'nearly', 'almost', 'some'];

/**
 * Bits of Word.flags: the word lists a word is in (the lists hold no digits),
 * and what the finders would test of its spelling.
 */
export const WORD = {
  pastAux: 1, future: 2, presentAux: 4, we: 8, hedge: 16,
  recordVerb: 32, promiser: 64, pastSubject: 128, firstPerson: 256, secondPerson: 512,
  policyNoun: 1 << 10, perfectAdverb: 1 << 11,
  /** Holds a digit 0-9 (findDigits has something to read). */
  digit: 1 << 12,
  /** "$5", "8%", "trillion-dollar" (findAmountToken). */
  amount: 1 << 13,
  /** has, have, had, …'ve (findPerfect). */
  perfectAux: 1 << 14,
  /** Looks like a past participle ("shifted", "taken", "built"). */
  participle: 1 << 15,
  /** Ends in -ing. */
  ing: 1 << 16,
  /** 1900-2029 alone (findYear). */
  year: 1 << 17,
  /** Five letters or more ending in -ed, not in NOT_PAST (findPastAction). */
  pastVerb: 1 << 18,
  /** The model's past tense: a past auxiliary, or a shape of five letters or more ending in -ed. */
  pastTense: 1 << 19,
} as const;

/** What the word lists say of one word (WORD_INFO). */
interface WordInfo {
  flags: number;
  phrases: Phrase[] | undefined;
}

const WORD_INFO = new Map<string, WordInfo>();
for (const [word, phrases] of INDEX) WORD_INFO.set(word, { flags: 0, phrases });
for (const [list, bit] of [
  [PAST_AUX, WORD.pastAux], [FUTURE, WORD.future], [PRESENT_AUX, WORD.presentAux], [WE, WORD.we], [HEDGES, WORD.hedge],
  [RECORD_VERBS, WORD.recordVerb], [PROMISERS, WORD.promiser], [PAST_SUBJECTS, WORD.pastSubject],
  [FIRST_PERSON, WORD.firstPerson], [SECOND_PERSON, WORD.secondPerson], [POLICY_NOUNS, WORD.policyNoun],
  [[...PERFECT_ADVERBS], WORD.perfectAdverb],
] as const) {
  for (const w of list) {
    const info = WORD_INFO.get(w);
    if (info) info.flags |= bit;
    else WORD_INFO.set(w, { flags: bit, phrases: undefined });
  }
}

/**
 * One distinct token and everything the cue finders and the model read of
 * it, worked out once per word (readWords keeps the words it has met).
 */
export interface Word {
  readonly text: string;
  /** WORD bits. */
  readonly flags: number;
  /** The feature phrases that start with the word, longest first (matchFeatures). */
  readonly phrases: readonly Phrase[] | undefined;
  /** Numbers reduced to their kind: "<money>", "<pct>", "<year>", "<dec>", "<num>", "<alnum>"; other words as they are. */
  readonly shape: string;
  /** The scoring model's weights of this word, kept by checkworthiness-model.ts (undefined until it first scores it). */
  weights: unknown;
}

function makeWord(text: string): Word {
  const info = WORD_INFO.get(text);
  let flags = info === undefined ? 0 : info.flags;
  const shape = shapeOf(text);
  if (hasDigit(text)) flags |= WORD.digit;
  if (isAmountToken(text)) flags |= WORD.amount;
  if (text === 'has' || text === 'have' || text === 'had' || text.endsWith("'ve")) flags |= WORD.perfectAux;
  if (PARTICIPLE.test(text)) flags |= WORD.participle;
  if (text.endsWith('ing')) flags |= WORD.ing;
  if (text.length === 4 && YEAR_TOKEN.test(text)) flags |= WORD.year;
  if (text.length >= 5 && text.endsWith('ed') && !NOT_PAST.has(text)) flags |= WORD.pastVerb;
  if (flags & WORD.pastAux || (shape.length >= 5 && shape.endsWith('ed'))) flags |= WORD.pastTense;
  return { text, flags, phrases: info?.phrases, shape, weights: undefined };
}

const SHAPE_YEAR = /^(?:1[7-9]\d\d|20[0-3]\d)s?$/;

/** Numbers become their kind, so that "$3 billion" and "$40 million" teach the same thing. */
function shapeOf(t: string): string {
  const c = t.charCodeAt(0);
  if (c === 36 || c === 8364 || c === 163) return '<money>';
  if (!hasDigit(t)) return t;
  if (t.endsWith('%')) return '<pct>';
  if (SHAPE_YEAR.test(t)) return '<year>';
  if (/^\d[\d,.]*$/.test(t)) return t.includes('.') ? '<dec>' : '<num>';
  return '<alnum>';
}

function hasDigit(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The words readWords has met (any number of models read the same Words). */
const SEEN = new SeenWords(makeWord);
