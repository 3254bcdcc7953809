/**
 * Numbers written in words or digits, read off a token stream:
 * "twenty-one", "two hundred thousand", "1.5 million", "a dozen",
 * "half a million", "two sevenths", "2 1/4", "six point nought two".
 */
import type { Token } from './tokenize';
import type { FigureLexicon } from './lexicon';
import { wordTable } from './word-table';

export const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
export const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ZEROS = new Set(['zero', 'nought', 'naught', 'nil']);
/** English scale words (the English lexicon's `scales`). */
export const SCALES: Record<string, number> = {
  thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, trillion: 1e12,
};
const DOZEN = new Set(['dozen', 'dozens', 'doz', 'dozs']);

/** Ordinal words used as denominators ("two sevenths", "a quarter"). */
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, nineth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
  sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
};
const HALF_QUARTER: Record<string, number> = { half: 2, halves: 2, quarter: 4, quarters: 4 };

// The tables above as Maps of their own words (word-table.ts): one lookup per word, no inherited keys.
const UNIT = wordTable(UNITS);
const TEEN = wordTable(TEENS);
const TEN = wordTable(TENS);
const EN_SCALE = wordTable(SCALES);
const ORDINAL = wordTable(ORDINAL_UNITS);
const HALF_OR_QUARTER = wordTable(HALF_QUARTER);

/** A lexicon's scale and multiplier tables as Maps, fetched with one lookup per number read. */
interface NumberTables {
  scale: ReadonlyMap<string, number>;
  glued: ReadonlyMap<string, number>;
  moneyOnly: ReadonlyMap<string, number>;
  spaced: ReadonlyMap<string, number>;
}
const NUMBER_TABLES = new WeakMap<FigureLexicon, NumberTables>();
function numberTables(lx: FigureLexicon): NumberTables {
  let t = NUMBER_TABLES.get(lx);
  if (!t) {
    t = { scale: wordTable(lx.scales), glued: wordTable(lx.gluedMultipliers), moneyOnly: wordTable(lx.moneyOnlyMultipliers), spaced: wordTable(lx.spacedMultipliers) };
    NUMBER_TABLES.set(lx, t);
  }
  return t;
}

/** Every word that can be part of a written number; used to pre-filter sentences. */
export function isNumberWord(w: string): boolean {
  return UNIT.has(w) || TEEN.has(w) || TEN.has(w) || EN_SCALE.has(w) || ZEROS.has(w) || w === 'hundred' || DOZEN.has(w) || w === 'half';
}

/** Ordinal word value ("third" → 3, "fifths" → 5) or undefined. */
export function ordinalValue(w: string): number | undefined {
  const v = ORDINAL.get(w);
  if (v !== undefined) return v;
  // Every ordinal ends in -st, -nd, -rd or -th: only such a plural is looked up without its "s".
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115) return undefined;
  const a = w.charCodeAt(n - 3);
  const b = w.charCodeAt(n - 2);
  const ordinalEnd = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
  return ordinalEnd ? ORDINAL.get(w.slice(0, -1)) : undefined;
}

export interface ParsedNumber {
  value: number;
  /** Token index just past the number. */
  end: number;
  /** Written (at least partly) in words. */
  words: boolean;
  /** The last multiplier applied (1e6 for "1.5 million"), 1 if none. */
  scale: number;
  /** A fraction or "half" is part of it. */
  fraction: boolean;
  /** The number is the single word "one". */
  loneOne: boolean;
  /** The number is "half" alone (needs context to be a figure). */
  bareHalf: boolean;
  /** A singular ordinal denominator after "a"/"one" ("a third"): only a fraction in context. */
  singularFraction: boolean;
  /** A noun that names the number loosely ("une centaine", "un millar"): about N. */
  approx?: boolean;
}

type Last = 'none' | 'digit' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'frac' | 'a' | 'zero' | 'decimal';

const adjacent = (toks: Token[], j: number) => j < toks.length && !toks[j].space;

/** "^N" (or "^+N", "^-N") glued at j: the exponent, and the token after it. */
function powerAt(toks: Token[], j: number): { exp: number; end: number } | null {
  if (toks[j]?.text !== '^' || toks[j].space) return null;
  let k = j + 1;
  let sign = 1;
  if ((toks[k]?.text === '+' || toks[k]?.text === '-') && !toks[k].space) { sign = toks[k].text === '-' ? -1 : 1; k++; }
  const e = toks[k];
  if (!e || e.kind !== 'num' || e.space || e.decimal || e.grouped) return null;
  return { exp: sign * e.value, end: k + 1 };
}

/** After a number read as `base` ending at j: "^N", or "x10^N" / "× 10^N" / "*10^N" (scientific notation). */
function exponentAt(toks: Token[], j: number, base: number): { value: number; end: number } | null {
  const p = powerAt(toks, j);
  if (p) return { value: Number((base ** p.exp).toPrecision(15)), end: p.end };
  const x = toks[j];
  if (!x || !(x.lower === 'x' || x.text === '×' || x.text === '*')) return null;
  const ten = toks[j + 1];
  if (!ten || ten.kind !== 'num' || ten.value !== 10) return null;
  const q = powerAt(toks, j + 2);
  if (!q) return null;
  return { value: Number((base * 10 ** q.exp).toPrecision(15)), end: q.end };
}

/**
 * A plural noun after "1.2m"/"3b" makes the letter a multiplier ("2.4m people",
 * "6.5m litres"); "20m wide", "a 5m wall" keep it a length.
 */
function countsThings(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.space) return false;
  const w = t.lower;
  if (w === 'people' || w === 'children' || w === 'men' || w === 'women') return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w !== 'hurdles';
}

/** Denominator at j: "fifths", "quarter", "twenty firsts", "hundredths". */
function parseDenominator(toks: Token[], j: number): { denom: number; end: number; plural: boolean } | null {
  const t = toks[j];
  if (!t || t.kind !== 'word') return null;
  const w = t.lower;
  const hq = HALF_OR_QUARTER.get(w);
  if (hq !== undefined) return { denom: hq, end: j + 1, plural: w.endsWith('s') };
  const ten = TEN.get(w);
  if (ten !== undefined) {
    const n = toks[j + 1];
    if (n && n.kind === 'word') {
      const o = ordinalValue(n.lower);
      if (o !== undefined && o < 10) return { denom: ten + o, end: j + 2, plural: n.lower.endsWith('s') };
    }
    if (n && n.lower === '-' && adjacent(toks, j + 1) && adjacent(toks, j + 2) && toks[j + 2]?.kind === 'word') {
      const o = ordinalValue(toks[j + 2].lower);
      if (o !== undefined && o < 10) return { denom: ten + o, end: j + 3, plural: toks[j + 2].lower.endsWith('s') };
    }
    return null;
  }
  const o = ordinalValue(w);
  // "second(s)" is far more often time than a half; "first" is never a denominator alone.
  if (o === undefined || o < 3) return null;
  return { denom: o, end: j + 1, plural: w.endsWith('s') };
}

/** Digits of a decimal part after "point": "nought four" → "04", "77" → "77", "eleven" → "11". */
function parseDecimalDigits(toks: Token[], j: number): { digits: string; end: number } | null {
  const t = toks[j];
  if (!t) return null;
  if (t.kind === 'num' && !t.decimal && !t.grouped) return { digits: t.text, end: j + 1 };
  let digits = '';
  let k = j;
  while (k < toks.length && toks[k].kind === 'word') {
    const w = toks[k].lower;
    if (ZEROS.has(w) || w === 'oh') digits += '0';
    else if (UNIT.has(w)) digits += String(UNIT.get(w));
    else if (digits === '' && (TEEN.has(w) || TEN.has(w))) {
      let v = TEEN.get(w) ?? TEN.get(w)!;
      if (TEN.has(w) && toks[k + 1]?.kind === 'word' && UNIT.has(toks[k + 1].lower)) { v += UNIT.get(toks[k + 1].lower)!; k++; }
      digits += String(v);
      k++;
      break;
    } else break;
    k++;
  }
  return digits ? { digits, end: k } : null;
}

/** "a"/"one" + singular ordinal is a fraction only before "of", a scale, or the end ("a third of", not "a third round"). */
function singularFractionInContext(toks: Token[], end: number): boolean {
  const n = toks[end];
  if (!n) return true;
  if (n.kind === 'punct') return n.lower !== '-';
  return n.lower === 'of' || EN_SCALE.has(n.lower) || n.lower === 'and' || n.lower === 'or';
}

// Module-level rather than a closure: this runs for every candidate token.
function finish(
  toks: Token[], i: number, start: number, sign: number, scale: number, fraction: boolean, singularFraction: boolean,
  value: number, end: number, words: boolean,
): ParsedNumber {
  const loneOne = end === start + 1 && toks[start].lower === 'one' && start === i;
  const bareHalf = end === start + 1 && toks[start].lower === 'half';
  return { value: sign * value, end, words, scale, fraction, loneOne, bareHalf, singularFraction };
}

/**
 * Reads an English number (digits or words) starting at token i, or returns null.
 * Multipliers and scale words come from the lexicon.
 *
 * @example parseNumber(tokenize('three hundred and four thousand'), 0, EN, {})?.value // 304000
 */
export function parseNumber(toks: Token[], i: number, lx: FigureLexicon, opts: { money?: boolean } = {}): ParsedNumber | null {
  const tables = numberTables(lx);
  const SCALE = tables.scale;
  let j = i;
  let sign = 1;
  const first = toks[j];
  if (!first) return null;
  if (first.kind === 'word' && (first.lower === 'minus' || first.lower === 'negative')) {
    sign = -1;
    j++;
  } else if (
    first.kind === 'punct' && (first.text === '-' || first.text === '−') &&
    toks[j + 1]?.kind === 'num' && adjacent(toks, j + 1) && (first.space || j === 0 || toks[j - 1].kind === 'punct')
  ) {
    sign = -1;
    j++;
  }
  const start = j;
  let total = 0;
  let cur = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let words = false;
  let fraction = false;
  let scale = 1;
  let singularFraction = false;
  /** A scale word ("thousand") was read: digits may follow it ("4 thousand 3 hundred"). */
  let afterScaleWord = false;
  let checkpoint: { total: number; cur: number; j: number; last: Last; scale: number } | null = null;

  // "point 35" → 0.35
  if (toks[j]?.lower === 'point') {
    const d = parseDecimalDigits(toks, j + 1);
    if (!d) return null;
    return finish(toks, i, start, sign, scale, fraction, singularFraction, Number('0.' + d.digits), d.end, true);
  }


  while (j < toks.length) {
    const t = toks[j];
    if (t.kind === 'num') {
      const afterScale = last === 'scale' && afterScaleWord && !t.decimal && t.value < lastScale && !t.grouped;
      if (last !== 'none' && !afterScale && !(checkpoint && checkpoint.j === j - 1 && t.value < 100 && !t.decimal)) break;
      // "3/4", "2 1/4"
      if (toks[j + 1]?.text === '/' && adjacent(toks, j + 1) && toks[j + 2]?.kind === 'num' && adjacent(toks, j + 2) &&
        toks[j + 2].value !== 0 && !(toks[j + 3]?.text === '/' && adjacent(toks, j + 3)) && last === 'none') {
        cur = t.value / toks[j + 2].value;
        fraction = true;
        j += 3;
        last = 'frac';
        continue;
      }
      cur += t.value;
      last = 'digit';
      j++;
      // Exponents: "2^10", "1.5^+3", "2.7x10^5", "4 × 10^9".
      const pow = exponentAt(toks, j, cur);
      if (pow) return finish(toks, i, start, sign, scale, fraction, singularFraction, pow.value, pow.end, false);
      const n = toks[j];
      if (n && n.kind === 'num' && n.space && toks[j + 1]?.text === '/' && adjacent(toks, j + 1) && toks[j + 2]?.kind === 'num' &&
        adjacent(toks, j + 2) && n.value < toks[j + 2].value && !t.decimal) {
        cur += n.value / toks[j + 2].value;
        fraction = true;
        j += 3;
        last = 'frac';
        break;
      }
      if (n && n.kind === 'word' && !n.space) {
        const mult = tables.glued.get(n.text) ?? tables.glued.get(n.lower) ??
          (opts.money || countsThings(toks[j + 1]) ? tables.moneyOnly.get(n.lower) : undefined);
        // "10G" is giga only when no word follows ("5G network" is a name).
        if (mult !== undefined && !(n.text === 'G' && toks[j + 1]?.kind === 'word')) {
          total += cur * mult;
          cur = 0;
          scale = mult;
          j++;
          return finish(toks, i, start, sign, scale, fraction, singularFraction, total, j, false);
        }
      }
      const spaced = n && n.kind === 'word' && n.space ? tables.spaced.get(n.text) ?? tables.spaced.get(n.lower) : undefined;
      if (spaced !== undefined) {
        total += cur * spaced;
        cur = 0;
        scale = spaced;
        j++;
        return finish(toks, i, start, sign, scale, fraction, singularFraction, total, j, false);
      }
      continue;
    }
    if (t.kind === 'punct') {
      // "twenty-one", "forty - five"; "three - sevenths"
      if (t.text === '-' || t.text === '‐') {
        const n = toks[j + 1];
        if (last === 'ten' && n?.kind === 'word' && UNIT.has(n.lower)) { j++; continue; }
        if ((last === 'unit' || last === 'teen' || last === 'ten') && total === 0 && n?.kind === 'word') {
          const d = parseDenominator(toks, j + 1);
          if (d && d.plural === cur > 1) { cur = cur / d.denom; fraction = true; j = d.end; last = 'frac'; continue; }
        }
      }
      break;
    }
    const w = t.lower;
    // A fraction whose numerator is what we have read so far: "two sevenths", "a quarter".
    if ((last === 'unit' || last === 'teen' || last === 'ten' || last === 'a') && total === 0 && cur < 100) {
      const d = parseDenominator(toks, j);
      if (d && (d.plural ? cur > 1 : cur === 1)) {
        if (!d.plural && !singularFractionInContext(toks, d.end)) break;
        if (!d.plural) singularFraction = true;
        cur = cur / d.denom;
        fraction = true;
        words = true;
        j = d.end;
        last = 'frac';
        // "two thirds of a million"
        if (toks[j]?.lower === 'of' && toks[j + 1]?.lower === 'a' && toks[j + 2] && SCALE.has(toks[j + 2].lower)) {
          scale = SCALE.get(toks[j + 2].lower)!;
          return finish(toks, i, start, sign, scale, fraction, singularFraction, cur * scale, j + 3, true);
        }
        continue;
      }
    }
    const unit = UNIT.get(w);
    if (unit !== undefined) {
      if (!(last === 'none' || last === 'ten' || last === 'hundred' || last === 'scale')) break;
      cur += unit; last = 'unit'; words = true; j++; continue;
    }
    const teen = TEEN.get(w);
    const ten = teen === undefined ? TEN.get(w) : undefined;
    if (teen !== undefined || ten !== undefined) {
      if (!(last === 'none' || last === 'hundred' || last === 'scale')) break;
      cur += teen ?? ten!; last = teen !== undefined ? 'teen' : 'ten'; words = true; j++; continue;
    }
    if (ZEROS.has(w)) {
      if (last !== 'none') break;
      last = 'zero'; words = true; j++;
      if (toks[j]?.lower !== 'point') return finish(toks, i, start, sign, scale, fraction, singularFraction, 0, j, true);
      continue;
    }
    if (w === 'hundred' || w === 'hundreds') {
      const ok = (w === 'hundred' || last === 'digit') &&
        ((last === 'digit' && cur < 1000 && (j - 1 === start || (afterScaleWord && cur < 10))) || ((last === 'unit' || last === 'teen' || last === 'ten' || last === 'a') && cur < 100));
      if (!ok) {
        if (checkpoint) ({ total, cur, j, last, scale } = checkpoint);
        break;
      }
      cur *= 100; last = 'hundred'; words = true; scale = 100; j++; continue;
    }
    const s = SCALE.get(w);
    if (s !== undefined) {
      if (cur <= 0 || s >= lastScale || last === 'none' || last === 'zero') {
        if (checkpoint) ({ total, cur, j, last, scale } = checkpoint);
        break;
      }
      total += cur * s; cur = 0; lastScale = s; scale = s; last = 'scale'; words = true; afterScaleWord = true; j++; continue;
    }
    if (DOZEN.has(w)) {
      if (!(cur > 0 && (last === 'unit' || last === 'teen' || last === 'ten' || last === 'digit' || last === 'a'))) break;
      if (w === 'dozens' && last === 'a') break;
      cur *= 12; scale = 12; words = true; j++;
      return finish(toks, i, start, sign, scale, fraction, singularFraction, total + cur, j, true);
    }
    if (w === 'a' || w === 'an') {
      if (last !== 'none') break;
      const n = toks[j + 1];
      if (!n || n.kind !== 'word') break;
      // "a couple of towns", "a pair of drones": two.
      if ((n.lower === 'couple' || n.lower === 'pair') && toks[j + 2]?.lower === 'of') {
        return finish(toks, i, start, sign, scale, fraction, singularFraction, 2, j + 3, true);
      }
      if (n.lower === 'hundred' || SCALE.has(n.lower) || n.lower === 'dozen') { cur = 1; last = 'a'; j++; continue; }
      const d = parseDenominator(toks, j + 1);
      if (d && !d.plural) { cur = 1; last = 'a'; j++; continue; }
      break;
    }
    if (w === 'half' && last === 'none') {
      // "half a million", "half million", "half"
      const n = toks[j + 1];
      if (n?.lower === 'a' && toks[j + 2]?.lower === 'dozen') {
        return finish(toks, i, start, sign, 12, fraction, singularFraction, 6, j + 3, true);
      }
      if (n?.lower === 'a' && toks[j + 2] && SCALE.has(toks[j + 2].lower)) {
        scale = SCALE.get(toks[j + 2].lower)!;
        fraction = true;
        return finish(toks, i, start, sign, scale, fraction, singularFraction, 0.5 * scale, j + 3, true);
      }
      if (n && SCALE.has(n.lower)) {
        scale = SCALE.get(n.lower)!;
        fraction = true;
        return finish(toks, i, start, sign, scale, fraction, singularFraction, 0.5 * scale, j + 2, true);
      }
      fraction = true;
      return finish(toks, i, start, sign, scale, fraction, singularFraction, 0.5, j + 1, true);
    }
    if (w === 'and') {
      if (last === 'none' || last === 'a') break;
      // "one and a half", "sixty and two thirds", "forty and four sevenths"
      const fr = parseFractionAfterAnd(toks, j + 1);
      if (fr) {
        // "two million and a half" is two and a half million.
        if (last === 'scale' && cur === 0 && Number.isFinite(lastScale)) total += fr.value * lastScale;
        else cur += fr.value;
        fraction = true; j = fr.end; last = 'frac'; words = true;
        continue;
      }
      if (last === 'hundred' || last === 'scale') {
        const n = toks[j + 1];
        if (n && ((n.kind === 'word' && (UNIT.has(n.lower) || TEEN.has(n.lower) || TEN.has(n.lower))) || (n.kind === 'num' && n.value < 100 && !n.decimal))) {
          checkpoint = { total, cur, j, last, scale };
          j++;
          last = 'scale';
          continue;
        }
      }
      break;
    }
    if (w === 'point' && (last === 'digit' || last === 'unit' || last === 'teen' || last === 'ten' || last === 'zero')) {
      const d = parseDecimalDigits(toks, j + 1);
      if (!d) break;
      cur += Number('0.' + d.digits); j = d.end; last = 'decimal'; words = true;
      continue;
    }
    if (w === 'over' && (last === 'unit' || last === 'teen' || last === 'ten' || last === 'digit') && total === 0 && Number.isInteger(cur)) {
      // "two over seven"
      const n = toks[j + 1];
      if (n && ((n.kind === 'word' && (UNIT.has(n.lower) || TEEN.has(n.lower) || TEN.has(n.lower))) || (n.kind === 'num' && !n.decimal)) &&
        (words || n.kind === 'word')) {
        const den = parseNumber(toks, j + 1, lx);
        if (den && den.value !== 0 && !den.fraction) {
          fraction = true;
          return finish(toks, i, start, sign, scale, fraction, singularFraction, cur / den.value, den.end, true);
        }
      }
      break;
    }
    break;
  }
  if (last === 'none' || last === 'a' || j === start) return null;
  return finish(toks, i, start, sign, scale, fraction, singularFraction, total + cur, j, words);
}

/** "a half", "three quarters", "a fourth" after "and". */
function parseFractionAfterAnd(toks: Token[], j: number): { value: number; end: number } | null {
  const t = toks[j];
  if (!t || t.kind !== 'word') return null;
  let num: number;
  let k = j + 1;
  if (t.lower === 'a' || t.lower === 'an') num = 1;
  else if (UNIT.has(t.lower)) num = UNIT.get(t.lower)!;
  else if (TEEN.has(t.lower)) num = TEEN.get(t.lower)!;
  else if (TEN.has(t.lower)) {
    num = TEN.get(t.lower)!;
    // "fifty-four hundredths"
    const after = toks[k + 1];
    if (toks[k]?.text === '-' && after && UNIT.has(after.lower)) { num += UNIT.get(after.lower)!; k += 2; }
    else if (toks[k] && UNIT.has(toks[k].lower)) { num += UNIT.get(toks[k].lower)!; k++; }
  } else return null;
  const d = parseDenominator(toks, k);
  if (!d) return null;
  if (d.plural !== num > 1) return null;
  k = d.end;
  return { value: num / d.denom, end: k };
}
