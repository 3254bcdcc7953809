/**
 * A quantity at a token: a number with its currency or percent sign, or a
 * vague amount ("dozens", "several hundred", "tens of thousands").
 */
import type { FigureUnit } from '../extraction/types';
import type { Token } from './tokenize';
import type { VagueKey } from './conventions';
import { parseNumber, ordinalValue, SCALES, TENS, type ParsedNumber } from './number-words';

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
    if (value === undefined && t.lower in TENS && toks[i + 2]?.kind === 'word') {
      const o = ordinalValue(toks[i + 2].lower);
      if (o !== undefined && o < 10) { value = TENS[t.lower] + o; end = i + 3; }
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
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF',
  lira: 'TRY', liras: 'TRY', lire: 'TRY', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  riyal: 'SAR', riyals: 'SAR', peso: 'MXN', pesos: 'MXN', shekel: 'ILS', shekels: 'ILS', won: 'KRW',
  rand: 'ZAR', naira: 'NGN', dirham: 'AED', dirhams: 'AED', kuai: 'CNY',
};
const CURRENCY_ADJ: Record<string, string> = {
  us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', swiss: 'CHF', syrian: 'SYP', turkish: 'TRY',
  hong: 'HKD', new: 'NZD', singapore: 'SGD', mexican: 'MXN', egyptian: 'EGP', iraqi: 'IQD', lebanese: 'LBP',
};

function codeOf(t: Token | undefined): string | null {
  if (!t || t.kind !== 'word') return null;
  const up = t.text.toUpperCase();
  // Lower-case codes only in lower-cased text ("rmb 10 usd 20"); "try" and "won" are words too.
  if (CODES.has(up) && (t.text === up || (t.text === t.lower && !['try', 'won', 'cad', 'aud'].includes(t.lower)))) return CODE_ALIASES[up] ?? up;
  return null;
}

/** Currency written before the number: "$", "US$", "€", "USD", "C $". Returns [code, tokens used]. */
function currencyBefore(toks: Token[], i: number): [string, number] | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'punct' && t.text in SYMBOLS) return [SYMBOLS[t.text], 1];
  if (t.kind === 'word' && toks[i + 1]?.text === '$' && t.lower in DOLLAR_PREFIXES && (!toks[i + 1].space || t.lower.length <= 2)) {
    return [DOLLAR_PREFIXES[t.lower], 2];
  }
  const c = codeOf(t);
  if (c) return [c, 1];
  return null;
}

/** Currency written after the number: "dollars", "Swiss francs", "USD". */
function currencyAfter(toks: Token[], j: number): [string, number] | null {
  const t = toks[j];
  if (!t || t.kind !== 'word') return null;
  if (t.lower in CURRENCY_ADJ && toks[j + 1]?.kind === 'word' && toks[j + 1].lower in CURRENCY_WORDS) {
    const w = toks[j + 1].lower;
    return [w.startsWith('dollar') ? CURRENCY_ADJ[t.lower] : CURRENCY_WORDS[w], 2];
  }
  if (t.lower === 'won' || t.lower === 'rand') return null; // verbs/names far more often
  if (t.lower in CURRENCY_WORDS) return [CURRENCY_WORDS[t.lower], 1];
  const c = codeOf(t);
  if (c) return [c, 1];
  return null;
}

/** Percent sign or word after a number; returns tokens used. */
export function percentAfter(toks: Token[], j: number): number {
  const t = toks[j];
  if (!t) return 0;
  if (t.text === '%' || t.text === '٪') return 1;
  if (t.kind !== 'word') return 0;
  if (t.lower === 'percent' || t.lower === 'percents' || t.lower === 'pct' || t.lower === 'percentage') {
    if (t.lower === 'percentage' && (toks[j + 1]?.lower === 'points' || toks[j + 1]?.lower === 'point')) return 2;
    return t.lower === 'percentage' ? 0 : 1;
  }
  if (t.lower === 'per' && toks[j + 1]?.lower === 'cent') return 2;
  return 0;
}

const VAGUE_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12 };

/** "several hundred" → 'several' × 100. */
function scaledVague(toks: Token[], i: number, key: VagueKey, at: number, label: string): Quantity {
  const s = toks[at]?.lower;
  if (s && s in VAGUE_SCALES) return vague(i, at + 1, key, `${label} ${s}`, VAGUE_SCALES[s]);
  return vague(i, at, key, label);
}

function vague(i: number, end: number, key: VagueKey, label: string, scale = 1): Quantity {
  return { startTok: i, endTok: end, value: null, vague: key, vagueScale: scale, vagueLabel: label, unit: 'count', currency: null, num: null, plainDigits: false };
}

/** A vague amount at i: "dozens", "a few hundred", "tens of thousands", "scores of". */
function parseVague(toks: Token[], i: number): Quantity | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  const w = t.lower;
  const n1 = toks[i + 1]?.lower;
  const n2 = toks[i + 2]?.lower;
  if (w === 'a' && n1 === 'few') return scaledVague(toks, i, 'a few', i + 2, 'a few');
  if (w === 'a' && n1 === 'handful' && n2 === 'of') return vague(i, i + 2, 'a few', 'a handful');
  if (w === 'several') return scaledVague(toks, i, 'several', i + 1, 'several');
  if (w === 'dozens') return vague(i, i + 1, 'dozens', 'dozens');
  if (w === 'scores' && n1 === 'of') return vague(i, i + 1, 'scores', 'scores');
  if (w === 'tens' && n1 === 'of' && (n2 === 'thousands' || n2 === 'millions')) {
    return vague(i, i + 3, n2 === 'thousands' ? 'tens of thousands' : 'tens of millions', `tens of ${n2}`);
  }
  if (w === 'hundreds') {
    if (n1 === 'of' && (n2 === 'thousands' || n2 === 'millions')) {
      return vague(i, i + 3, n2 === 'thousands' ? 'hundreds of thousands' : 'hundreds of millions', `hundreds of ${n2}`);
    }
    return vague(i, i + 1, 'hundreds', 'hundreds');
  }
  if (w === 'thousands') return vague(i, i + 1, 'thousands', 'thousands');
  if (w === 'millions') return vague(i, i + 1, 'millions', 'millions');
  if (w === 'billions') return vague(i, i + 1, 'billions', 'billions');
  if (w === 'many' || w === 'numerous') return vague(i, i + 1, 'many', w);
  return null;
}

/**
 * Reads a quantity at token i: currency, number or vague amount, percent sign or currency word.
 *
 * @example parseQuantity(tokenize('€3bn'), 0)?.value // 3e9
 */
export function parseQuantity(toks: Token[], i: number): Quantity | null {
  let j = i;
  let currency: string | null = null;
  const cb = currencyBefore(toks, j);
  if (cb) {
    currency = cb[0];
    j += cb[1];
  }
  const num = parseNumber(toks, j, { money: currency !== null });
  if (!num) {
    if (currency) return null;
    const v = parseVague(toks, i);
    if (!v) return null;
    // "billions of dollars", "thousands of euros"
    if (toks[v.endTok]?.lower === 'of') {
      const ca = currencyAfter(toks, v.endTok + 1);
      if (ca) { v.currency = ca[0]; v.unit = 'money'; v.endTok += 1 + ca[1]; }
    }
    return v;
  }
  let end = num.end;
  let unit: FigureUnit = 'count';
  let value = num.value;
  if (currency) unit = 'money';
  const p = percentAfter(toks, end);
  if (!currency && p) {
    unit = 'percent';
    end += p;
  } else if (!currency) {
    // "twenty MUSD"
    const t = toks[end];
    if (t && t.kind === 'word' && t.text in MILLION_CODES) {
      currency = MILLION_CODES[t.text]; unit = 'money'; value *= 1e6; end++;
    } else {
      const ca = currencyAfter(toks, end);
      // "115USD" is written glued; currency words need a space.
      if (ca) { currency = ca[0]; unit = 'money'; end += ca[1]; }
    }
  }
  const plainDigits = !num.words && num.scale === 1 && !num.fraction;
  return { startTok: i, endTok: end, value, vague: null, vagueScale: 1, vagueLabel: '', unit, currency, num, plainDigits };
}

/** Whether a word is a number multiplier ("million"). */
export function isScaleWord(w: string): boolean {
  return w in SCALES || w === 'hundred';
}
