/**
 * A number reader for languages whose written numbers add up part by part
 * ("2 milyon 315 bin", "un million et demi", "مليون و200 ألف", "mil
 * millones"): digits or number words, then scale words. Each lexicon gives
 * its words in a NumberWords table; English keeps its own grammar
 * (number-words.ts).
 */
import type { Token } from './tokenize';
import type { FigureLexicon } from './lexicon';
import type { ParsedNumber } from './number-words';
import { wordTable } from './word-table';

export interface NumberWords {
  /** Words with a value that adds ("deux" 2, "vingt" 20, "doscientos" 200, "عشرين" 20), lower case. */
  values: Record<string, number>;
  /** Words that make hundreds of what precedes ("cent", "cents", "yüz"); alone they are 100. */
  hundreds: string[];
  /** Scale words that are a number without one before them ("mille", "mil", "bin", "ألف"). */
  scalesAlone: string[];
  /** Scale words that carry their own count (Arabic duals: "ألفين" 2000, "مليونان" 2,000,000). */
  scaleValues: Record<string, number>;
  /** Words that join parts of one number ("et" in "vingt et un", "y" in "treinta y dos"). */
  joiners: string[];
  /** A prefix glued to the next part that means "and" (Arabic و: "وعشرون", "و200"). */
  gluedJoiner: string | null;
  /** Phrases that add half of what precedes ("et demi", "y medio", "buçuk", "ونصف"). */
  half: string[];
  /** A number after a scale word adds to it without a joiner ("2 milyon 315 bin", "bin 450"). */
  addAfterScale: boolean;
  /** Words for one that are also the indefinite article ("un", "una", "bir"): never a number alone. */
  articles: string[];
}

type Last = 'none' | 'digit' | 'word' | 'hundred' | 'scale' | 'joined';

/**
 * Builds a lexicon's readNumber from its NumberWords table. The number read
 * is the sum of parts; a scale word multiplies the part before it ("17
 * millions", "650 ألف") or, when larger than the scale before it, all of it
 * ("mil millones" = 10⁹). A lone word of value 1 ("un", "bir", "واحد") is
 * flagged `loneOne` (it is also the article "a").
 *
 * @example numberReader(TR_WORDS)(tokenize('2 milyon 315 bin kişi'), 0, TR, {})?.value // 2315000
 */
export function numberReader(nw: NumberWords): FigureLexicon['readNumber'] {
  const halves = nw.half.map((h) => h.split(' '));
  return (toks: Token[], i: number, lx: FigureLexicon): ParsedNumber | null => {
    let j = i;
    let total = 0;
    let cur = 0;
    let last: Last = 'none';
    let lastScale = Infinity;
    let words = false;
    let scale = 1;
    let fraction = false;
    const canAdd = (v: number) => last === 'none' || last === 'joined' || (last === 'scale' && nw.addAfterScale && v < lastScale) ||
      (last === 'hundred' && v < 100) || (last === 'word' && cur >= 10 && cur < 100 && cur % 10 === 0 && v < 10);
    while (j < toks.length) {
      const t = toks[j];
      if (t.kind === 'num') {
        if (t.value !== t.value || !canAdd(t.value) || (last !== 'none' && t.decimal)) break;
        cur += t.value;
        last = 'digit';
        j++;
        const n = toks[j];
        const glued = n && n.kind === 'word' && !n.space ? wordTable(lx.gluedMultipliers).get(n.text) ?? wordTable(lx.gluedMultipliers).get(n.lower) : undefined;
        if (glued !== undefined) {
          return done(toks, i, j + 1, (total + cur) * glued, words, glued, fraction);
        }
        continue;
      }
      if (t.kind !== 'word') break;
      let w = t.lower;
      const h = halfAt(toks, j, halves);
      if (h) {
        if (!(last === 'digit' || last === 'word' || last === 'scale')) break;
        if (last === 'scale' && cur === 0) total += lastScale / 2;
        else cur += 0.5;
        fraction = true;
        j = h;
        continue;
      }
      // a glued "and": "و200", "وعشرون"
      if (nw.gluedJoiner && last !== 'none' && w.startsWith(nw.gluedJoiner) && w.length > nw.gluedJoiner.length) {
        const rest = w.slice(nw.gluedJoiner.length);
        if (!Object.hasOwn(nw.values, rest) || !canJoin(rest)) break;
        w = rest;
        last = 'joined';
      } else if (nw.gluedJoiner && w === nw.gluedJoiner && last !== 'none') {
        const n = toks[j + 1];
        if (n && !n.space && n.kind === 'num' && last === 'scale' && n.value < lastScale && !restartsScale(j + 2)) { last = 'joined'; j++; continue; }
        break;
      }
      if (Object.hasOwn(nw.values, w)) {
        const v = nw.values[w];
        if (!canAdd(v)) break;
        cur += v;
        last = 'word';
        words = true;
        j++;
        continue;
      }
      if (nw.hundreds.includes(w)) {
        if (cur >= 10 || last === 'hundred') break;
        cur = (cur || 1) * 100;
        last = 'hundred';
        words = true;
        scale = 100;
        j++;
        continue;
      }
      if (Object.hasOwn(nw.scaleValues, w)) {
        if (last !== 'none') break;
        const v = nw.scaleValues[w];
        total += v;
        lastScale = scaleOf(v);
        scale = lastScale;
        last = 'scale';
        words = true;
        j++;
        continue;
      }
      if (Object.hasOwn(lx.scales, w)) {
        const s = lx.scales[w];
        if (last === 'none' || last === 'joined') {
          if (!nw.scalesAlone.includes(w)) break;
          cur = 1;
        }
        if (cur === 0) break;
        if (s >= lastScale) total = (total + cur) * s;
        else total += cur * s;
        cur = 0;
        lastScale = s;
        scale = s;
        last = 'scale';
        words = true;
        j++;
        continue;
      }
      if (nw.joiners.includes(w) && last !== 'none' && last !== 'joined') {
        const n = toks[j + 1];
        const nextValue = n?.kind === 'num' ? n.value : n && Object.hasOwn(nw.values, n.lower) ? nw.values[n.lower] : NaN;
        // "vingt et un", "treinta y dos": units after a round ten; "deux et trois" are two numbers
        const afterTen = last === 'word' && cur >= 20 && cur < 100 && cur % 10 === 0 && nextValue < 10;
        if (nextValue === nextValue && (last === 'scale' ? nextValue < lastScale && !restartsScale(j + 2) : afterTen)) {
          last = 'joined';
          j++;
          continue;
        }
      }
      break;
    }
    if (last === 'none' || last === 'joined') return null;
    if (j === i + 1 && nw.articles.includes(toks[i].lower)) return null;
    return done(toks, i, j, total + cur, words, scale, fraction);

    /**
     * A scale word at token k as large as the last one starts a second
     * number: "1,5 milliard et 2 milliards", "1.500 millones y 2.000
     * millones" are two amounts (a range's bounds), not one sum.
     */
    function restartsScale(k: number): boolean {
      const t = toks[k];
      return !!t && t.kind === 'word' && Object.hasOwn(lx.scales, t.lower) && lx.scales[t.lower] >= lastScale;
    }

    function canJoin(rest: string): boolean {
      const v = nw.values[rest];
      return last === 'scale' ? v < lastScale : last === 'word' || last === 'digit' ? v >= 20 && cur < 10 : false;
    }
  };
}

/** Token index past a half phrase at j, or 0. */
function halfAt(toks: Token[], j: number, halves: string[][]): number {
  for (const h of halves) if (h.every((w, k) => toks[j + k]?.lower === w)) return j + h.length;
  return 0;
}

/** The power of a thousand a dual stands for (2000 → 1000). */
function scaleOf(v: number): number {
  let s = 1000;
  while (s * 1000 <= v) s *= 1000;
  return s;
}

function done(toks: Token[], i: number, end: number, value: number, words: boolean, scale: number, fraction: boolean): ParsedNumber {
  const loneOne = end === i + 1 && toks[i].kind === 'word' && value === 1;
  return { value, end, words, scale, fraction, loneOne, bareHalf: false, singularFraction: false };
}
