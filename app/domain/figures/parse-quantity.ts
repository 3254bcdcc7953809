/**
 * A quantity at a token: a number with its currency or percent sign, or a
 * vague amount ("dozens", "several hundred", "tens of thousands").
 */
import type { FigureUnit } from '../extraction/types';
import type { Token } from './tokenize';
import type { VagueKey } from './conventions';
import { ordinalValue, TENS, type ParsedNumber } from './number-words';
import type { FigureLexicon, VaguePhrase } from './lexicon';
import { wordTable } from './word-table';

export interface Quantity {
  /** Token range [startTok, endTok). */
  startTok: number;
  endTok: number;
  /** Point value; null for a vague amount. */
  value: number | null;
  vague: VagueKey | null;
  /** "several hundred" → 'several' × 100. */
  vagueScale: number;
  /** The words that named the vague amount, for the rule string. */
  vagueLabel: string;
  unit: FigureUnit;
  currency: string | null;
  num: ParsedNumber | null;
  /** Written in digits only, without a multiplier word ("2012", "948,000"). */
  plainDigits: boolean;
  /** "the tenth": only a bound inside a range ("between the tenth and the fifteenth"). */
  ordinal?: boolean;
  /** How a share became a percentage ("N in M → N/M as percent"), when it is one. */
  shareRule?: string;
}

/**
 * "the tenth", "the 15th" read as a position, for ranges of ranks only.
 *
 * @example ordinalQuantity(tokenize('the tenth'), 0)?.value // 10
 */
export function ordinalQuantity(toks: Token[], i: number): Quantity | null {
  if (toks[i]?.lower !== 'the') return null;
  const t = toks[i + 1];
  if (!t) return null;
  let value: number | undefined;
  let end = i + 2;
  if (t.kind === 'num' && toks[i + 2] && !toks[i + 2].space && ['st', 'nd', 'rd', 'th'].includes(toks[i + 2].lower)) {
    value = t.value;
    end = i + 3;
  } else if (t.kind === 'word' && !t.lower.endsWith('s')) {
    value = ordinalValue(t.lower);
    const ten = wordTable(TENS).get(t.lower);
    if (value === undefined && ten !== undefined && toks[i + 2]?.kind === 'word') {
      const o = ordinalValue(toks[i + 2].lower);
      if (o !== undefined && o < 10) { value = ten + o; end = i + 3; }
    }
  }
  if (value === undefined) return null;
  return { startTok: i, endTok: end, value, vague: null, vagueScale: 1, vagueLabel: '', unit: 'count', currency: null, num: null, plainDigits: false, ordinal: true };
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₩': 'KRW', '₪': 'ILS' };
/** Letters written right before "$": "US$", "C$", "Mex$". */
const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nz: 'NZD', s: 'SGD', mex: 'MXN', mxn: 'MXN', r: 'BRL',
};
const CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'TRY', 'SYP', 'RUB',
  'SAR', 'AED', 'EGP', 'ZAR', 'BRL', 'MXN', 'HKD', 'SGD', 'KRW', 'NZD', 'PLN', 'IQD', 'IRR', 'LBP', 'JOD', 'ILS',
  'NGN', 'KES', 'PKR', 'BDT', 'UAH', 'QAR', 'KWD',
]);
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };
/** "MUSD" = million USD, as some reports write. */
const MILLION_CODES: Record<string, string> = { MUSD: 'USD', MEUR: 'EUR', MSEK: 'SEK' };
function codeOf(t: Token | undefined): string | null {
  // Every code is three letters: no upper-cased copy of other words.
  if (!t || t.kind !== 'word' || t.text.length !== 3) return null;
  const up = t.text.toUpperCase();
  // Lower-case codes only in lower-cased text ("usd 45 eur 30"); "try" and "won" are words too.
  if (CODES.has(up) && (t.text === up || (t.text === t.lower && !['try', 'won', 'cad', 'aud'].includes(t.lower)))) return CODE_ALIASES[up] ?? up;
  return null;
}

/** Currency written before the number: "$", "US$", "€", "USD", "C $". Returns [code, tokens used]. */
function currencyBefore(toks: Token[], i: number): [string, number] | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'punct' && t.text in SYMBOLS) {
    // "$US 5m", "$A 20": the letters after the sign name the dollar.
    const n = toks[i + 1];
    if (t.text === '$' && n?.kind === 'word' && !n.space && n.text === n.text.toUpperCase() && wordTable(DOLLAR_PREFIXES).has(n.lower) && toks[i + 2]?.kind === 'num') {
      return [DOLLAR_PREFIXES[n.lower], 2];
    }
    return [SYMBOLS[t.text], 1];
  }
  // "US$", "C$", "A$" are glued; "US $" may be spaced. A lower-case "a $6 billion" is the article, not Australia.
  if (t.kind === 'word' && toks[i + 1]?.text === '$' && wordTable(DOLLAR_PREFIXES).has(t.lower) && (!toks[i + 1].space || t.lower === 'us') &&
    (t.text.length > 1 || t.text === t.text.toUpperCase())) {
    return [DOLLAR_PREFIXES[t.lower], 2];
  }
  // Malaysian "RM 50", and "PS" where a pound sign was lost in an encoding ("PS5m" stays a console only without a multiplier).
  if (t.kind === 'word' && (t.text === 'RM' || t.text === 'PS') && toks[i + 1]?.kind === 'num' &&
    (t.text === 'RM' || toks[i + 1].grouped || toks[i + 1].decimal || toks[i + 1].value >= 10 || (toks[i + 2]?.kind === 'word' && !toks[i + 2].space))) {
    return [t.text === 'RM' ? 'MYR' : 'GBP', 1];
  }
  const c = codeOf(t);
  if (c) return [c, 1];
  return null;
}

/**
 * Currency written after the number: "dollars", "Swiss francs", "USD",
 * "ليرة سورية". The code is "" for money in a currency the words leave open
 * ("ليرة" alone may be Syrian, Lebanese or Turkish): the figure is money with
 * no currency rather than a guess.
 */
function currencyAfter(toks: Token[], j: number, lx: FigureLexicon): [string, number] | null {
  const t = toks[j];
  if (!t || t.kind !== 'word') return null;
  const adj = wordTable(lx.currencyAdjectives);
  const words = wordTable(lx.currencyWords);
  const a = adj.get(t.lower);
  if (a !== undefined && toks[j + 1]?.kind === 'word' && words.has(toks[j + 1].lower)) {
    const code = words.get(toks[j + 1].lower);
    // "Canadian dollars" take the adjective's currency; "Syrian pounds" too, but "British pounds" stay GBP;
    // a word several countries use ("Kenyan shillings", "Jordanian dinars") takes it always.
    return [code === '' || code === 'USD' || (code === 'GBP' && a !== 'USD') ? a : code!, 2];
  }
  if (t.lower === 'won' || t.lower === 'rand') return null; // verbs/names far more often
  const code = words.get(t.lower);
  if (code !== undefined) return withAdjectiveAfter(toks, j + 1, code, 1, lx);
  // French and Spanish link a scale word to the currency: "25 millions d'euros", "30 millones de dólares".
  const elided = t.lower.charCodeAt(0) === 100 && (t.lower.charCodeAt(1) === 39 || t.lower.charCodeAt(1) === 0x2019); // d' d’
  if (elided && words.has(t.lower.slice(2))) return withAdjectiveAfter(toks, j + 1, words.get(t.lower.slice(2))!, 1, lx);
  if (lx.currencyLinkers.includes(t.lower) && toks[j + 1]?.kind === 'word' && words.has(toks[j + 1].lower)) {
    return withAdjectiveAfter(toks, j + 2, words.get(toks[j + 1].lower)!, 2, lx);
  }
  const c = codeOf(t);
  if (c) return [c, 1];
  return null;
}

/** "ليرة لبنانية", "livres sterling": an adjective at token j names the currency of the word before it. */
function withAdjectiveAfter(toks: Token[], j: number, code: string, used: number, lx: FigureLexicon): [string, number] {
  const after = toks[j];
  const code2 = after?.kind === 'word' ? wordTable(lx.currencyAdjectivesAfter).get(after.lower) : undefined;
  if (code2 !== undefined) return [code2, used + 1];
  return [code, used];
}

/** Percent sign or word after a number ("%", "per cent", "24pc"); returns tokens used. */
export function percentAfter(toks: Token[], j: number, lx: FigureLexicon): number {
  const t = toks[j];
  if (!t) return 0;
  if (t.text === '%' || t.text === '٪' || t.text === '‰') return 1;
  if (t.kind !== 'word') return 0;
  return phraseAt(toks, j, lx.percentAfter);
}

/**
 * Percent word or sign before a number ("yüzde 40", "% 40"), as the
 * lexicon's `percentBefore` lists them; a sign must be followed by a number.
 * Returns tokens used.
 */
export function percentBefore(toks: Token[], j: number, lx: FigureLexicon): number {
  if (!lx.percentBefore.length) return 0;
  const used = phraseAt(toks, j, lx.percentBefore);
  if (!used || toks[j + used]?.kind !== 'num') return 0;
  return used;
}

/** Tokens used by the longest of the phrases (lower-case, space-separated) starting at j, or 0. */
export function phraseAt(toks: Token[], j: number, phrases: readonly string[]): number {
  let best = 0;
  for (const words of splitPhrases(phrases)) {
    if (words.length <= best) continue;
    if (startsWithWords(toks, j, words)) best = words.length;
  }
  return best;
}

/** Phrase lists split into words once per list (lexicon tables are built once and never change). */
const SPLIT = new WeakMap<readonly string[], string[][]>();
function splitPhrases(phrases: readonly string[]): string[][] {
  let s = SPLIT.get(phrases);
  if (!s) SPLIT.set(phrases, (s = phrases.map((p) => p.split(' '))));
  return s;
}

function startsWithWords(toks: Token[], j: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[j + k]?.lower !== words[k]) return false;
  return true;
}

const VAGUE_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12 };

function vagueScaleOf(w: string | undefined, lx: FigureLexicon): number | undefined {
  if (!w) return undefined;
  return wordTable(VAGUE_SCALES).get(w) ?? (lx.vagueScales ? wordTable(lx.vagueScales).get(w) : undefined);
}

/**
 * "several hundred" → 'several' × 100; each larger scale word after it
 * multiplies again, with the lexicon's linker between them where the
 * language writes one ("several hundred thousand", "varios cientos de
 * miles", "plusieurs centaines de milliers" → 'several' × 100,000).
 */
function scaledVague(toks: Token[], i: number, key: VagueKey, at: number, label: string, lx: FigureLexicon): Quantity {
  let scale = 1;
  let last = 1;
  let end = at;
  let words = label;
  for (;;) {
    let k = end;
    let linked = '';
    if (scale > 1 && lx.vagueScaleLinkers?.includes(toks[k]?.lower ?? '')) { linked = ` ${toks[k].lower}`; k++; }
    const s = toks[k]?.lower;
    const v = vagueScaleOf(s, lx);
    if (v === undefined || v <= last) break;
    scale *= v;
    last = v;
    end = k + 1;
    words += `${linked} ${s}`;
  }
  return vague(i, end, key, words, scale);
}

function vague(i: number, end: number, key: VagueKey, label: string, scale = 1): Quantity {
  return { startTok: i, endTok: end, value: null, vague: key, vagueScale: scale, vagueLabel: label, unit: 'count', currency: null, num: null, plainDigits: false };
}

/** A lexicon's vague phrases by first word, in list order (built once per lexicon). */
const VAGUE_INDEX = new WeakMap<readonly VaguePhrase[], Map<string, { v: VaguePhrase; words: string[] }[]>>();
function vagueIndex(list: readonly VaguePhrase[]): Map<string, { v: VaguePhrase; words: string[] }[]> {
  let m = VAGUE_INDEX.get(list);
  if (m) return m;
  m = new Map();
  for (const v of list) {
    const words = v.phrase.split(' ');
    const l = m.get(words[0]);
    if (l) l.push({ v, words });
    else m.set(words[0], [{ v, words }]);
  }
  VAGUE_INDEX.set(list, m);
  return m;
}

/** A vague amount at i: "dozens", "a few hundred", "tens of thousands", "scores of". */
function parseVague(toks: Token[], i: number, lx: FigureLexicon): Quantity | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  const candidates = vagueIndex(lx.vague).get(t.lower);
  if (!candidates) return null;
  let best: VaguePhrase | null = null;
  let bestLen = 0;
  for (const { v, words } of candidates) {
    if (words.length <= bestLen) continue;
    if (!startsWithWords(toks, i, words)) continue;
    if (v.before && toks[i + words.length]?.lower !== v.before) continue;
    best = v;
    bestLen = words.length;
  }
  if (!best) return null;
  if (!best.scalable) return vague(i, i + bestLen, best.key, best.phrase);
  const q = scaledVague(toks, i, best.key, i + bestLen, best.phrase, lx);
  return best.scaledOnly && q.vagueScale === 1 ? null : q;
}

type RoundNouns = NonNullable<FigureLexicon['roundNouns']>;
/** A lexicon's round nouns ("une centaine") split into words, by first word (built once per table). */
const ROUND_INDEX = new WeakMap<RoundNouns, Map<string, { words: string[]; value: number; approx: boolean }[]>>();

/** "une centaine", "un millar": about 100, about 1000 ("une douzaine": 12); find-figures turns `approx` into the qualifier. */
function roundNoun(toks: Token[], i: number, lx: FigureLexicon): Quantity | null {
  const table = lx.roundNouns;
  const t = toks[i];
  if (!table || !t || t.kind !== 'word') return null;
  let index = ROUND_INDEX.get(table);
  if (!index) {
    index = new Map();
    for (const [phrase, { value, approx }] of Object.entries(table)) {
      const words = phrase.split(' ');
      index.set(words[0], [...(index.get(words[0]) ?? []), { words, value, approx }]);
    }
    ROUND_INDEX.set(table, index);
  }
  for (const { words, value, approx } of index.get(t.lower) ?? []) {
    if (!startsWithWords(toks, i, words)) continue;
    const end = i + words.length;
    const num: ParsedNumber = { value, end, words: true, scale: 1, fraction: false, loneOne: false, bareHalf: false, singularFraction: false, approx };
    return { startTok: i, endTok: end, value, vague: null, vagueScale: 1, vagueLabel: words.join(' '), unit: 'count', currency: null, num, plainDigits: false };
  }
  return null;
}

/**
 * Reads a quantity at token i: currency, number or vague amount, percent sign or currency word.
 *
 * @example parseQuantity(tokenize('€3bn'), 0)?.value // 3e9
 */
export function parseQuantity(toks: Token[], i: number, lx: FigureLexicon): Quantity | null {
  let j = i;
  let currency: string | null = null;
  const cb = currencyBefore(toks, j);
  if (cb) {
    currency = cb[0];
    j += cb[1];
  }
  // "yüzde 40", "%9,2": a percentage written before the number (Turkish)
  const percentFirst = currency ? 0 : percentBefore(toks, j, lx);
  j += percentFirst;
  const read = lx.readNumber(toks, j, lx, { money: currency !== null });
  // "on binlerce" (tens of thousands) starts with "on" (ten): the longer vague phrase wins
  const longerVague = read && !currency && !percentFirst && j === i && lx.vague.length ? parseVague(toks, i, lx) : null;
  const num = longerVague && longerVague.endTok > read!.end ? null : read;
  // "⅔ of the wells" is a share like "two thirds of the wells".
  if (num && num.end === j + 1 && toks[j].vulgar && num.value > 0 && num.value < 1) num.fraction = true;
  if (!num) {
    if (currency || percentFirst) return null;
    const v = parseVague(toks, i, lx) ?? roundNoun(toks, i, lx);
    if (!v) return null;
    // "billions of dollars", "thousands of euros", and with the currency
    // right after: "a few hundred thousand dollars", "several million euros",
    // "des milliers de dollars" (the lexicon's linker is read by currencyAfter).
    const linked = toks[v.endTok]?.lower === 'of' ? 1 : 0;
    const ca = currencyAfter(toks, v.endTok + linked, lx);
    if (ca) { v.currency = ca[0] || null; v.unit = 'money'; v.endTok += linked + ca[1]; }
    return v;
  }
  let end = num.end;
  let unit: FigureUnit = 'count';
  let value = num.value;
  if (currency) unit = 'money';
  const p = percentFirst ? 0 : percentAfter(toks, end, lx);
  if (percentFirst) {
    unit = 'percent';
  } else if (!currency && p) {
    unit = 'percent';
    end += p;
  } else if (!currency && num.end === end && toks[end]?.kind === 'word' && !toks[end].space && GLUED_MEASURES.has(toks[end].lower)) {
    // "20m wide", "640bhp": a measure with its unit, not a count of "m wide".
    unit = toks[end].lower;
    end++;
  } else if (!currency) {
    // "twenty MUSD"
    const t = toks[end];
    if (t && t.kind === 'word' && wordTable(MILLION_CODES).has(t.text)) {
      currency = MILLION_CODES[t.text]; unit = 'money'; value *= 1e6; end++;
    } else {
      const ca = currencyAfter(toks, end, lx);
      // "115USD" is written glued; currency words need a space.
      if (ca) { currency = ca[0] || null; unit = 'money'; end += ca[1]; }
    }
  }
  const plainDigits = !num.words && num.scale === 1 && !num.fraction;
  return { startTok: i, endTok: end, value, vague: null, vagueScale: 1, vagueLabel: '', unit, currency, num, plainDigits };
}

/** Units of measure written glued to the number ("29km", "20m", "640bhp"). */
const GLUED_MEASURES = new Set([
  'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 'lb', 'lbs', 'oz', 't', 'ft', 'mi', 'ml', 'l', 'kw', 'mw', 'gw', 'kwh', 'mwh',
  'gwh', 'mph', 'kmh', 'kph', 'ha', 'tb', 'gb', 'mb', 'kb', 'bhp', 'hp', 'sqkm', 'sqm', 'km2', 'm2',
]);
