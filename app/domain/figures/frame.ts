/**
 * The frame a sentence gives its figures: the time scope (a one-day toll,
 * a running total), the year of an earlier event it talks about, and a place
 * narrower than the article's. Figures in different frames measure different
 * things, so they are never lined up as competing estimates (English words;
 * see docs/decisions/010-figure-lexicons.md for what stays English; the
 * settlements a sentence narrows to are read in the lexicon's words).
 */
import { settlementPlace, type SettlementWords } from './settlement';
import { EN_SETTLEMENTS } from './lexicons/settlement-words';

/**
 * A one-day toll ("killed Wednesday"), a period or running total ("since
 * December", "clashes have killed 18"), or unsaid.
 */
export type Scope = 'day' | 'period' | 'unknown';

export interface SentenceFrame {
  scope: Scope;
  /** The year of a dated event ("in 2009, when militants killed 12"), "another …" for a sentence about another event, or null. */
  era: string | null;
  /** A narrower place ("mill street", "a single building"), lower case, or null. */
  place: string | null;
}

// The one list of time words figures are framed by (lower case). figureScope
// (app/domain/measures/figure-scope.ts) reads the stored scope with these too.

/** A day the sentence puts its figures on ("Wednesday", "last night", "on March 3"). */
export const DAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|this morning|this afternoon|overnight|the previous day|the day before|the same day|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)\b/g;
const HOURS = /\b(?:past|last|previous) (?:\d+|twenty-four|forty-eight|few|several) hours\b/;
/** A toll that has grown to its figure ("the toll has risen to", "the number of dead stands at"): a running total, whatever day the sentence names. */
const TOLL_RISE = /\b(?:toll|tally|death count|number of (?:the )?(?:dead|deaths|victims|fatalities|people killed))\b[^.;]{0,120}?\b(?:risen|rose|rises|climbed|climbs|jumped|jumps|reached|reaches|stands|stood|increased|increases|mounted|grown|grew|hit|passed)\b/;
/** A day named after an onset verb ("the floods that began when dams burst on Sunday"): it dates when the event began, not the count. */
const ONSET_DAY = new RegExp(`\\b(?:began|begun|started)\\b[^,;.]{0,60}?${DAYS.source}`);
/** Words of a running total ("since December", "so far"); see isRunning for the rest. */
const RUNNING_WORDS = /\b(?:since|so far|to date|in total|overall|altogether|cumulative)\b/;
/** Plain substrings without which neither TOLL_RISE nor ONSET_DAY can match (a cheap test on every sentence). */
const TOLL_OR_ONSET = / (?:toll|tally|death count|number of|began|begun|started)/;

/**
 * Whether a lower-cased sentence counts a running total: "since December",
 * "so far", "the toll has risen to", "the floods that began on Sunday".
 *
 * @example isRunning('the toll from the floods that began on sunday rose to 118.') // true
 */
export function isRunning(lower: string): boolean {
  return RUNNING_WORDS.test(lower) || grownOrBegun(lower);
}

/** The toll-rise and onset-day forms of isRunning (sentenceScope has tested the running words already). */
function grownOrBegun(lower: string): boolean {
  return TOLL_OR_ONSET.test(lower) && (TOLL_RISE.test(lower) || ONSET_DAY.test(lower));
}
/** A named stretch of time ("over the past three months", "this year"). */
const STRETCH = /\b(?:(?:over|in|during) the (?:past|last|previous) (?:\w+ )?(?:days|weeks|months|years|decade)|this (?:year|month)|(?:past|last) (?:\w+ )?(?:days|weeks|months|years))\b/;
/** A period named loosely enough to tell a period from a running total ("in the last …", "last week"). */
export const NAMED_PERIOD = /\b(?:in|over|during) the (?:past|last|previous)\b|\b(?:this|last) (?:year|month|week)\b/;
/** The present perfect ("have been displaced"): a total to date unless a period is named. */
export const PERFECT = /\b(?:has|have)(?: now| so far| already)?(?: been)? \w+(?:ed|en)\b/;
const PERIOD = new RegExp(`${RUNNING_WORDS.source}|${STRETCH.source}|${PERFECT.source}`);
// "Erdogan said Wednesday ..." dates the saying, not the figure.
const SAID_BEFORE = /\b(said|says|told|announced|added|stated)(?: on)? $/;

/**
 * The first day word in a lower-cased sentence that dates its figures (not
 * the saying: "said Wednesday" is skipped), as [index, length], or null.
 *
 * @example dayWordAt('nine were killed wednesday.') // [17, 9]
 */
export function dayWordAt(lower: string): [number, number] | null {
  DAYS.lastIndex = 0;
  for (let m = DAYS.exec(lower); m; m = DAYS.exec(lower)) {
    if (!SAID_BEFORE.test(lower.slice(Math.max(0, m.index - 20), m.index))) return [m.index, m[0].length];
  }
  return null;
}

/**
 * Time scope of one sentence.
 *
 * @example sentenceScope('Nine civilians were killed Wednesday.') // 'day'
 */
export function sentenceScope(text: string): Scope {
  const lower = text.toLowerCase();
  if (HOURS.test(lower)) return 'day';
  if (PERIOD.test(lower) || grownOrBegun(lower)) return 'period';
  return dayWordAt(lower) ? 'day' : 'unknown';
}

/** A year as the date of an event; "since 2011", "from 2015", "until 2030" frame a running period instead. */
const YEAR_DIGITS = /(?:19|20)\d\d/g;
const FRAMING_WORDS = ['since ', 'from ', 'until ', 'till ', 'by ', 'through '];
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const NUMBER = /\p{N}/u;

/**
 * The year a sentence dates its event to, or null: the first 19xx/20xx that
 * stands as a word (no letter or number right before it, no number or "-5"
 * right after) and is not framed by a lower-case "since ", "from ", "until ",
 * "till ", "by ", "through " (standing as a word itself). A scan for the
 * digits first: this runs on every sentence with a figure.
 *
 * @example sentenceEra('The last big flood was in 2011, when 40 people drowned.') // '2011'
 */
export function sentenceEra(text: string): string | null {
  YEAR_DIGITS.lastIndex = 0;
  for (let m = YEAR_DIGITS.exec(text); m; m = YEAR_DIGITS.exec(text)) {
    const y = m.index;
    const after = text.codePointAt(y + 4);
    if (after !== undefined && NUMBER.test(String.fromCodePoint(after))) continue;
    if ((after === 0x2d || after === 0x2013) && isAsciiDigit(text.charCodeAt(y + 5))) continue;
    if (FRAMING_WORDS.some((w) => text.startsWith(w, y - w.length) && standsAlone(text, y - w.length))) continue;
    if (standsAlone(text, y)) return m[0];
  }
  return null;
}

/** No letter or number (a whole code point) right before index i. */
function standsAlone(text: string, i: number): boolean {
  if (i === 0) return true;
  const low = text.charCodeAt(i - 1);
  const before = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.charAt(i - 1);
  return !LETTER_OR_NUMBER.test(before);
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** Places narrower than a town; a figure there is not the town's toll. */
const NARROW_PLACE = /\b(?:on|in|along|at|inside)\s+((?:a|one|the|a single|a lone)\s+)?((?:[A-Z][\p{L}'’-]*\s+){0,3})(street|road|avenue|lane|alley|neighbou?rhood|block|building|compound|apartment block|tower|estate)\b/iu;

const PLACE_NOUN = /street|road|avenue|lane|alley|neighbou?rhood|block|building|compound|apartment block|tower|estate/iu;

/** A time before the article's that dates the sentence's event ("last year", "two years ago", "in the 1990s"). */
const EARLIER_TIME = /\b(?:last (?:year|month|winter|summer|spring|autumn|season|decade)|the previous (?:year|decade)|the (?:year|decade) before|(?:a|one|two|three|four|five|several|many|\d+) (?:years|decades|months) (?:ago|earlier|before)|a year (?:ago|earlier|before)|in the (?:19|20)\d0s)\b/i;

/** A habitual rate, not one event ("kill hundreds every year", "floods each monsoon season", "annually"). */
const RECURRING = /\b(?:(?:every|each) (?:single )?(?:year|month|week|day|winter|summer|spring|autumn|season|monsoon(?: season)?|rainy season)|annually|per (?:year|annum|month)|on average)\b/i;

/** A sentence about another event than the article's ("a separate rally in …", "an earlier attack"; an aftershock, below). */
const OTHER_EVENT = /\b(?:separate|another|smaller|second|earlier|previous|different|similar|last year's|last month's)\s+(?:\w+\s+)?(?:rally|rallies|march|protest|demonstration|attack|strike|blast|explosion|flood|floods|quake|earthquake|storm|raid|bombing|incident|fire)\b/i;
const AFTERSHOCK = /\baftershocks?\b/i;

/**
 * A narrower place the sentence puts its figures in, or null.
 *
 * @example sentencePlace('Nine people died on Mill Street alone.') // 'mill street'
 */
export function sentencePlace(text: string): string | null {
  // most sentences name no place noun: a plain alternation rules them out ten times faster
  if (!PLACE_NOUN.test(text)) return null;
  const m = NARROW_PLACE.exec(text);
  if (!m) return null;
  return `${(m[2] ?? '').trim()} ${m[3]}`.trim().toLowerCase() || m[3].toLowerCase();
}

/**
 * Scope, era and place of a sentence. With a `lead` (the article's title
 * and first sentence), a settlement it does not name narrows the place, read
 * in `settlements` (English's by default; null reads none).
 *
 * @example sentenceFrame('In 2011, a storm killed 8 fishermen.') // { scope: 'unknown', era: '2011', place: null }
 */
export function sentenceFrame(text: string, lead?: string, settlements: SettlementWords | null = EN_SETTLEMENTS): SentenceFrame {
  const scope = sentenceScope(text);
  // another event is looked for only when no year dates one
  let era = sentenceEra(text);
  if (era === null) {
    const other = OTHER_EVENT.exec(text);
    if (other) era = `another ${other[0].toLowerCase()}`;
    else if (text.includes('ftershock') && AFTERSHOCK.test(text)) era = 'another aftershock';
    else {
      // "Last year floods killed 170": an earlier time than the article's, whatever the event
      const earlier = EARLIER_TIME.exec(text) ?? RECURRING.exec(text);
      if (earlier) era = earlier[0].toLowerCase().replace(/\s+/g, ' ');
    }
  }
  const place = sentencePlace(text) ?? (lead === undefined || settlements === null ? null : settlementPlace(text, lead, settlements));
  return { scope, era, place };
}

/** Where one clause of a sentence ends and the next begins: "; ", ", and ", ", while ", ", but ", ", whereas ". */
// and in French and Spanish: ", mientras que", ", pero", ", tandis que", ", alors que", ", mais"
const CLAUSE_BREAK = /;\s+|,\s+(?:and|while|but|whereas|mientras que|mientras|pero|tandis que|alors que|mais)\s+/g;

/**
 * The clauses of a sentence as [start, end) spans into `text`, in order; one
 * span for a sentence of one clause. Clauses are cut where a sentence joins
 * two statements ("…, the ministry said, while the governor said …";
 * "…in 2011, and a separate flood … killed 12").
 *
 * @example clauseSpans('Nine died, and a separate flood killed 12.') // [[0, 9], [15, 42]]
 */
export function clauseSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * The clause of a sentence that holds offset `at` (see clauseSpans), as
 * [start, end) into `text`; the whole sentence when it has one clause.
 *
 * @example clauseAround('Nine died, and a separate flood killed 12.', 30) // [15, 42]
 */
export function clauseAround(text: string, at: number): [number, number] {
  const spans = clauseSpans(text);
  for (const span of spans) if (at < span[1]) return span;
  return spans[spans.length - 1];
}

/** Whether a sentence holds more than one clause (clauseAround would cut it). */
export function hasClauses(text: string): boolean {
  CLAUSE_BREAK.lastIndex = 0;
  return CLAUSE_BREAK.test(text);
}

/**
 * The frame of the figure at offset `at` of a sentence: its clause's own
 * time scope, dated event and place, and the sentence's where the clause
 * leaves one unsaid ("In 2011, floods killed 54, and a separate flood killed
 * 12": 54 is 2011's, 12 another flood's). `lead` as in sentenceFrame.
 *
 * @example figureFrame('In 2011, floods killed 54, and a separate flood killed 12.', 54) // { scope: 'unknown', era: 'another separate flood', place: null }
 */
export function figureFrame(
  text: string,
  at: number,
  lead?: string,
  whole?: SentenceFrame,
  settlements: SettlementWords | null = EN_SETTLEMENTS,
): SentenceFrame {
  whole ??= sentenceFrame(text, lead, settlements);
  const [s, e] = clauseAround(text, at);
  if (s === 0 && e === text.length) return whole;
  const own = sentenceFrame(text.slice(s, e), lead, settlements);
  return { scope: own.scope !== 'unknown' ? own.scope : whole.scope, era: own.era ?? whole.era, place: own.place ?? whole.place };
}
