/**
 * Numbers that a fact-checker does not verify as quantities: dates, years,
 * clock times, durations that only frame the time, ordinals, names with
 * digits, and "one" used as a pronoun (extraction.md, "What counts as a figure").
 */
import type { Token } from './tokenize';
import type { Quantity } from './parse-quantity';
import type { FigureLexicon } from './lexicon';

const FRAME_OF = new Set(['war', 'fighting', 'conflict', 'civil', 'talks', 'negotiations', 'siege', 'rule', 'occupation', 'crisis', 'protests', 'uprising', 'violence', 'clashes', 'bombardment', 'bombing', 'captivity', 'exile']);

/** Capitalised labels before a number make it a name: "Resolution 2254", "Flight 370". */
const LABELS = new Set([
  'resolution', 'article', 'chapter', 'section', 'no', 'nos', 'number', 'route', 'highway', 'flight', 'room', 'page',
  'level', 'phase', 'category', 'grade', 'class', 'vol', 'volume', 'part', 'item', 'table', 'figure', 'fig', 'annex',
  'unit', 'platform', 'gate', 'terminal', 'block', 'model', 'version', 'windows', 'apollo', 'boeing', 'airbus', 'stage',
  'game', 'week', 'season', 'episode', 'series', 'english', 'district', 'sector', 'paragraph', 'rule', 'act', 'bill',
  'proposition', 'amendment', 'iphone', 'galaxy', 'covid', 'sars', 'ward', 'lane', 'street', 'avenue', 'road', 'building',
]);
/** Letters glued after digits that are units or suffixes, not names ("29km", "1990s"). */
const GLUED_UNITS = new Set([
  'km', 'kms', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 'lb', 'lbs', 'oz', 't', 'ft', 'mi', 'ml', 'l', 'kw', 'mw', 'gw', 'kwh',
  'mwh', 'gwh', 'mph', 'kmh', 'kph', 'sqkm', 'ha', 'x', 'h', 'hr', 'hrs', 'yo', 'bps', 'tb', 'gb', 'mb', 'kb', 'v', 'w',
]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const PRONOUN_DETERMINERS = new Set([
  'the', 'this', 'that', 'which', 'any', 'every', 'each', 'no', 'another', 'such', 'someone', 'anyone', 'everyone',
  'only', 'last', 'first', 'little', 'big', 'new', 'old', 'right', 'wrong', 'same', 'other', 'what',
]);

const isCap = (t: Token) => t.kind === 'word' && t.text[0] !== t.lower[0];

/** A day (1–31) followed, within three tokens, by another day that a month closes ("3 y el 9 de marzo"). */
function firstDayOfRange(toks: Token[], from: number, dt: DateTables): boolean {
  for (let m = from; m <= from + 3 && m < toks.length; m++) {
    const d = toks[m];
    if (d.kind === 'num') {
      if (!Number.isInteger(d.value) || d.value < 1 || d.value > 31 || d.decimal || d.grouped) return false;
      const a = toks[m + 1];
      return isMonth(dt, a, d) || ((a?.lower === 'of' || a?.lower === 'de') && isMonth(dt, toks[m + 2]));
    }
    if (d.kind === 'punct' && d.text !== '-' && d.text !== '–') return false;
  }
  return false;
}

function isMonth(dt: DateTables, t: Token | undefined, prev?: Token): boolean {
  if (!t || t.kind !== 'word' || !dt.months.has(t.lower)) return false;
  if (dt.ambiguous.has(t.lower)) return isCap(t) || prev?.lower === 'on';
  return true;
}

/** The token of the quantity that carries the number (after any currency sign or "minus"). */
function numberToken(toks: Token[], q: Quantity): number {
  for (let k = q.startTok; k < q.endTok; k++) if (toks[k].kind === 'num') return k;
  return -1;
}

export interface NotFigureContext {
  /** First token of the figure including its qualifier ("more than ..."). */
  figureStart: number;
  qualified: boolean;
  /** The language's months, time units and frame words. */
  lx: FigureLexicon;
}

interface DateTables { months: Set<string>; ambiguous: Set<string>; timeUnits: Set<string>; frameBefore: Set<string>; frameAfter: Set<string> }
const DATE_TABLES = new WeakMap<FigureLexicon, DateTables>();
function dateTables(lx: FigureLexicon): DateTables {
  let t = DATE_TABLES.get(lx);
  if (!t) {
    t = { months: new Set(lx.months), ambiguous: new Set(lx.ambiguousMonths), timeUnits: new Set(lx.timeUnits), frameBefore: new Set(lx.frameBefore), frameAfter: new Set(lx.frameAfter) };
    DATE_TABLES.set(lx, t);
  }
  return t;
}

/**
 * Why the quantity is not a figure ("year", "date", "clock time", "duration",
 * "ordinal", "name", "pronoun"), or null when it is one.
 *
 * @example notFigureReason(tokenize('since 2012'), q2012, { figureStart: 1, qualified: false }) // 'year'
 */
export function notFigureReason(toks: Token[], q: Quantity, ctx: NotFigureContext): string | null {
  const dt = dateTables(ctx.lx);
  const k = numberToken(toks, q);
  const before = toks[ctx.figureStart - 1];
  const before2 = toks[ctx.figureStart - 2];
  const after = toks[q.endTok];
  if (k >= 0) {
    const t = toks[k];
    const next = toks[k + 1];
    const prev = toks[k - 1];
    // Ordinals: "3rd", "11th".
    if (next && next.kind === 'word' && !next.space && ORDINAL_SUFFIXES.has(next.lower)) return 'ordinal';
    // Names with digits: "M5", "G20", "F-16", "COVID-19", "#3".
    if (k === q.startTok && prev && !t.space) {
      // a conjunction glued to the number ("و300", "and 300") does not make it a name
      if (prev.kind === 'word' && prev.text !== ctx.lx.gluedConjunction) return 'name';
      if ((prev.text === '-' || prev.text === '‐') && toks[k - 2]?.kind === 'word' && !prev.space) return 'name';
      if (prev.text === '#') return 'name';
    }
    if (q.unit === 'count' && next && next.kind === 'word' && !next.space && k + 1 === q.endTok) {
      if (!GLUED_UNITS.has(next.lower) && !(next.lower === 's' && t.text.length === 4)) return 'name';
      if (next.lower === 's') return 'year';
    }
    if (q.unit === 'count' && next && !next.space && (next.text === '-' || next.text === '‐') && toks[k + 2]?.kind === 'word' &&
      !toks[k + 2].space && /^[A-Z]+$/.test(toks[k + 2].text) && toks[k + 2].text.length <= 3 && k + 1 === q.endTok) {
      return 'name';
    }
    if (k === q.startTok && prev && prev.kind === 'word' && /[A-Z]/.test(prev.text) && LABELS.has(prev.lower)) return 'name';
    // Index and brand names with "&": "S&P 500".
    if (k === q.startTok && prev?.kind === 'word' && toks[k - 2]?.text === '&' && !prev.space) return 'name';
    if (k === q.startTok && prev?.text === '.' && toks[k - 2]?.lower === 'no' && isCap(toks[k - 2])) return 'name';
    // Clock times: "5 p.m.", "10:30", "5pm".
    if (next && (next.text === ':' || next.text === '.') && !next.space && toks[k + 2]?.kind === 'num' && !toks[k + 2].space &&
      /^\d\d$/.test(toks[k + 2].text) && q.unit === 'count') return 'clock time';
    // Phone numbers and codes: three or more bare numbers in a row ("41 22 791 2510").
    if (q.unit === 'count' && inNumberRun(toks, k)) return 'code';
    // "0058 hours GMT": a zero-padded four-digit time.
    if (q.unit === 'count' && t.text.length === 4 && t.text[0] === '0' && !t.decimal && q.value! < 2400 &&
      (['hours', 'hrs', 'gmt', 'utc', 'local', 'h'].includes(after?.lower ?? '') || before?.lower === 'at')) return 'clock time';
    if (q.unit === 'count' && prev?.text === ':' && !prev.space && !t.space && toks[k - 2]?.kind === 'num') return 'clock time';
    if (q.unit === 'count' && after && after.kind === 'word') {
      const a = after.lower;
      if (a === 'am' || a === 'pm' || a === "o'clock" || a === 'gmt' || a === 'utc') return 'clock time';
      if ((a === 'a' || a === 'p') && toks[q.endTok + 1]?.text === '.' && toks[q.endTok + 2]?.lower === 'm') return 'clock time';
    }
    if (q.unit === 'count' && t.kind === 'num' && !t.decimal && next && (next.text === '/' || next.text === '-') && !next.space &&
      toks[k + 2]?.kind === 'num' && toks[k + 3] && toks[k + 3].text === next.text && !toks[k + 3].space) return 'date';
    if (q.unit === 'count' && prev && (prev.text === '/' || prev.text === '-') && !prev.space && toks[k - 2]?.kind === 'num' &&
      toks[k - 3]?.text === prev.text) return 'date';
    // Dates: "Feb. 5", "March 6", "5 February".
    if (q.plainDigits && q.value !== null && Number.isInteger(q.value) && q.value >= 1 && q.value <= 31 && q.unit === 'count') {
      const pAt = prev?.text === '.' ? k - 2 : k - 1;
      if (k === q.startTok && isMonth(dt, toks[pAt], toks[pAt - 1])) return 'date';
      if (isMonth(dt, after, toks[q.startTok - 1])) return 'date';
      // "5th of March"; Spanish "14 de marzo"
      if ((after?.lower === 'of' || after?.lower === 'de') && isMonth(dt, toks[q.endTok + 1])) return 'date';
      // "entre el 3 y el 9 de marzo", "du 3 au 9 mars", "3-9 March": the first day of a range of dates
      if (firstDayOfRange(toks, q.endTok, dt)) return 'date';
    }
    // Years: "in 2017", "since 2012", "a 2017 agreement".
    if (q.plainDigits && q.unit === 'count' && q.value !== null && Number.isInteger(q.value) && q.value >= 1000 && q.value <= 2100 &&
      t.text.length === 4 && k === q.startTok) {
      const yearPrep = before && ['in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'early', 'mid', 'late', 'year', 'fiscal', 'between', 'and', 'to', 'through'].includes(before.lower);
      const monthBefore = isMonth(dt, before) || (before?.text === ',' && isMonth(dt, before2)) || (before?.text === ',' && toks[ctx.figureStart - 2]?.kind === 'num' && isMonth(dt, toks[ctx.figureStart - 3]));
      // "the 2014 protests", "its 2017 agreement": a year used as a modifier.
      const determinerBefore = before && ['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that'].includes(before.lower) && q.value >= 1900 && q.value <= 2030;
      if (yearPrep || monthBefore || determinerBefore) return 'year';
      if (!ctx.qualified && !looksLikeCountedPlural(after, dt)) return 'year';
    }
  }
  // Durations that only frame the time.
  if (after && after.kind === 'word' && dt.timeUnits.has(after.lower) && q.unit === 'count') {
    const a2 = toks[q.endTok + 1];
    if (a2 && a2.kind === 'word' && (dt.frameAfter.has(a2.lower) || (a2.lower === 'of' && toks[q.endTok + 2] && FRAME_OF.has(toks[q.endTok + 2].lower)))) return 'duration';
    // "$80 billion over five years": the qualifier word is itself a frame preposition.
    const first = toks[ctx.figureStart];
    // "over thirty years old" is an age, not a frame.
    const age = a2 && (a2.lower === 'old' || a2.lower === 'older' || a2.lower === 'younger' || (a2.lower === 'of' && toks[q.endTok + 2]?.lower === 'age'));
    if (!age && first && first !== toks[q.startTok] && first.kind === 'word' && dt.frameBefore.has(first.lower)) return 'duration';
    if (before && before.kind === 'word') {
      if (dt.frameBefore.has(before.lower)) return 'duration';
    }
    if (!before || before.kind === 'punct') {
      // "Two weeks later, ..." / a sentence starting with a bare duration
      if (a2 && (a2.text === ',' || dt.frameAfter.has(a2.lower))) return 'duration';
    }
    if (q.num?.loneOne) return 'duration';
  }
  // "48-hour", "six-month": an attribute, not a count.
  if (after && (after.text === '-' || after.text === '‐') && !after.space && toks[q.endTok + 1] && !toks[q.endTok + 1].space &&
    dt.timeUnits.has(toks[q.endTok + 1].lower) && q.unit === 'count') return 'duration';
  if (q.num?.loneOne && !ctx.qualified) {
    if (after?.lower === 'of' || after?.lower === 'another' || after?.text === '-') return 'pronoun';
    if (before && PRONOUN_DETERMINERS.has(before.lower)) return 'pronoun';
    if (!after || after.kind !== 'word' || !looksLikeNounWord(after)) return 'pronoun';
  }
  return null;
}

function inNumberRun(toks: Token[], k: number): boolean {
  let a = k;
  while (a > 0 && toks[a - 1].kind === 'num' && toks[a].space) a--;
  let b = k;
  while (b + 1 < toks.length && toks[b + 1].kind === 'num' && toks[b + 1].space) b++;
  return b - a >= 2;
}

const NON_NOUN_AFTER_ONE = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'but', 'is', 'was', 'who', 'that', 'which', 'in', 'on', 'at', 'to', 'by', 'for',
  'with', 'said', 'says', 'can', 'could', 'would', 'will', 'should', 'must', 'may', 'might', 'does', 'did', 'has', 'had',
  'more', 'less', 'thing', 'way', 'time', 'another', 'day', 'point', 'side', 'hand', 'reason', 'less',
]);
function looksLikeNounWord(t: Token): boolean {
  return !NON_NOUN_AFTER_ONE.has(t.lower) && !t.lower.endsWith('ly');
}

const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'cattle', 'sheep', 'staff', 'troops', 'feet', 'teeth', 'mice', 'geese']);

/** A plural noun right after a number makes "2000 people" a count rather than a year. */
function looksLikeCountedPlural(t: Token | undefined, dt: DateTables): boolean {
  if (!t || t.kind !== 'word') return false;
  if (IRREGULAR_PLURALS.has(t.lower)) return true;
  if (dt.timeUnits.has(t.lower)) return false;
  return /[^s]s$/.test(t.lower) || t.lower.endsWith('ies');
}
