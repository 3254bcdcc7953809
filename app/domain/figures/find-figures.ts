import type { Figure, Qualifier, Span } from '../extraction/types';
import { tokenize, type Token } from './tokenize';
import { ordinalQuantity, parseQuantity, type Quantity } from './parse-quantity';
import { notFigureReason } from './not-figures';
import { countedAfter, countedBefore, findEvent, isPluralWord } from './counted-event';
import { magnitudeAround, tallyBefore, THAN_WORDS } from './words-around-figure';
import { DEFAULT_CONVENTIONS, conventionTag, vagueRuleText, type Conventions } from './conventions';
import type { FigureLexicon, PhraseQualifier } from './lexicon';
import { EN } from './lexicons/en';

export interface FindFiguresOptions {
  /** How words become intervals; DEFAULT_CONVENTIONS unless an editor picked another. */
  conventions?: Conventions;
  /** The language's tables (lexicons/*.ts); English unless the caller detected another. */
  lexicon?: FigureLexicon;
}

/** What one reading pass needs: the conventions and the language's tables. */
interface Ctx {
  conv: Conventions;
  lx: FigureLexicon;
  tb: ReaderTables;
}

type Phrase = { words: string[]; qualifier: Qualifier; label: string; verb?: boolean };

/** Phrases indexed by first word, longest first, so a lookup costs one map access. */
function byFirstWord(table: Partial<Record<PhraseQualifier, string[]>>, verb = false): Map<string, Phrase[]> {
  const list: Phrase[] = [];
  for (const [qualifier, phrases] of Object.entries(table) as [PhraseQualifier, string[]][]) {
    for (const p of phrases) list.push({ words: p.split(' '), qualifier, label: p, verb });
  }
  list.sort((a, b) => b.words.length - a.words.length);
  const m = new Map<string, Phrase[]>();
  for (const p of list) {
    const l = m.get(p.words[0]);
    if (l) l.push(p);
    else m.set(p.words[0], [p]);
  }
  return m;
}

/** A range opener split into words, with its joiners split too. */
type Opener = { words: string[]; joiners: string[][]; change: boolean };

interface ReaderTables {
  prefixes: Map<string, Phrase[]>;
  /** Range openers by first word, longest first. */
  openers: Map<string, Opener[]>;
  changeVerbs: Set<string>;
  rangeJoiners: Set<string>;
  orJoiners: Set<string>;
  /** First words of the vague phrases ("quelques", "unos"): a qualifier starting with one may be the start of a vague amount. */
  vagueFirsts: Set<string>;
  suffixes: Map<string, Phrase[]>;
  verbs: Map<string, Phrase[]>;
  /** First words of whatever can open a figure: qualifiers, bounding verbs, number words, currencies. */
  startWords: Set<string>;
  /** startShapes(startWords): most words are ruled out without hashing them. */
  startShapes: Uint32Array;
  startPunct: Set<string>;
}
const TABLES = new WeakMap<FigureLexicon, ReaderTables>();

/** The lexicon's phrase tables, indexed once per lexicon. */
function tablesOf(lx: FigureLexicon): ReaderTables {
  let t = TABLES.get(lx);
  if (t) return t;
  const prefixes = byFirstWord(lx.qualifiersBefore);
  const verbs = byFirstWord(lx.boundVerbs, true);
  const openers = new Map<string, Opener[]>();
  for (const o of [...lx.rangeOpeners].sort((a, b) => b.phrase.split(' ').length - a.phrase.split(' ').length)) {
    const words = o.phrase.split(' ');
    const entry = { words, joiners: o.joiners.map((w) => w.split(' ')), change: !!o.change };
    openers.set(words[0], [...(openers.get(words[0]) ?? []), entry]);
  }
  const firsts = [...prefixes.keys(), ...verbs.keys(), ...lx.numberStarts, ...lx.vague.map((v) => v.phrase.split(' ')[0]),
    ...lx.percentBefore.map((p) => p.split(' ')[0]), ...openers.keys(), ...Object.keys(lx.roundNouns ?? {}).map((p) => p.split(' ')[0]), 'us', 'c', 'ca', 'a', 'au', 'hk', 'nz', 's', 'mex',
    'mxn', 'r', 'rm', 'usd', 'eur', 'gbp', 'rmb', 'dollar', ...Object.keys(lx.currencyAdjectives)];
  t = {
    prefixes, openers, changeVerbs: new Set(lx.changeVerbs), rangeJoiners: new Set(lx.rangeJoiners), orJoiners: new Set(lx.orJoiners),
    vagueFirsts: new Set(lx.vague.map((v) => v.phrase.split(' ')[0])), suffixes: byFirstWord(lx.qualifiersAfter), verbs,
    startWords: new Set(firsts),
    startShapes: startShapes(firsts),
    startPunct: new Set([...CURRENCY_SYMBOLS, ...[...prefixes.keys(), ...lx.percentBefore].filter((w) => !/\p{L}/u.test(w))]),
  };
  TABLES.set(lx, t);
  return t;
}

const CURRENCY_SYMBOLS = ['$', '€', '£', '¥', '₹', '₽', '₺', '₩', '₪', '-', '−', '~'];

/**
 * For words whose first and last characters are ASCII and that are at most 31
 * long: bit `length` of entry `first * 128 + last` is set for every such word
 * of the list. A token of that shape whose bit is clear is in no list.
 */
function startShapes(words: readonly string[]): Uint32Array {
  const shapes = new Uint32Array(128 * 128);
  for (const w of words) {
    const a = w.charCodeAt(0);
    const z = w.charCodeAt(w.length - 1);
    if (w.length <= 31 && a < 128 && z < 128) shapes[a * 128 + z] |= 1 << w.length;
  }
  return shapes;
}

function canStart(t: Token, tb: ReaderTables): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') return tb.startPunct.has(t.text);
  const w = t.lower;
  const n = w.length;
  const a = w.charCodeAt(0);
  const z = w.charCodeAt(n - 1);
  const ruledOut = n <= 31 && a < 128 && z < 128 && (tb.startShapes[a * 128 + z] & (1 << n)) === 0;
  return (!ruledOut && tb.startWords.has(w)) || (t.text.length === 3 && isUpperCase(t.text));
}

/** text === text.toUpperCase(), without making the upper-cased copy for ASCII text. */
function isUpperCase(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function matchPhrase(toks: Token[], i: number, index: Map<string, Phrase[]>): Phrase | null {
  const t0 = toks[i];
  const list = t0 && index.get(t0.lower);
  if (!list) return null;
  for (const p of list) {
    let ok = true;
    for (let k = 0; k < p.words.length; k++) {
      const t = toks[i + k];
      if (!t || t.lower !== p.words[k]) { ok = false; break; }
    }
    if (ok) return p;
  }
  return null;
}

/** x to 12 significant digits (drops float noise such as 0.9 × 3 = 2.7000000000000002); an integer of up to 12 digits is itself. */
const round = (x: number) => (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e12 ? x : Number(x.toPrecision(12)));

interface Reading {
  startTok: number;
  endTok: number;
  q: Quantity;
  q2: Quantity | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  rule: string;
  /** The qualifier came from a verb ("exceeded 3,000"): it holds only when no counted noun follows. */
  verb?: boolean;
}

/** low/high for one quantity under a qualifier (the conventions table). */
function bounds(q: Quantity, qualifier: Qualifier, label: string, conv: Conventions): Pick<Reading, 'low' | 'high' | 'qualifier' | 'rule'> {
  const tag = conventionTag(conv);
  if (q.vague) {
    const r = conv.vague[q.vague];
    const low = r.low === null ? null : round(r.low * q.vagueScale);
    const high = r.high === null ? null : round(r.high * q.vagueScale);
    const base = vagueRuleText(conv, q.vague, q.vagueLabel);
    const scaled = q.vagueScale === 1 ? base : `"${q.vagueLabel}" → [${low ?? '−∞'}, ${high ?? '∞'}] ("${q.vague}" × ${q.vagueScale})${tag}`;
    switch (qualifier) {
      case 'more_than': case 'at_least': return { low, high: null, qualifier, rule: `${label} ${scaled} → lower bound only` };
      case 'fewer_than': case 'at_most': case 'up_to': return { low: null, high, qualifier, rule: `${label} ${scaled} → upper bound only` };
      default: return { low, high, qualifier: 'vague', rule: scaled };
    }
  }
  const n = q.value as number;
  const lo = Math.min;
  const hi = Math.max;
  switch (qualifier) {
    case 'more_than': return { low: n, high: null, qualifier, rule: `${label} N → (N, ∞)` };
    case 'at_least': return { low: n, high: null, qualifier, rule: `${label} N → [N, ∞)` };
    case 'fewer_than': return { low: null, high: n, qualifier, rule: `${label} N → (−∞, N)` };
    case 'at_most': return { low: null, high: n, qualifier, rule: `${label} N → (−∞, N]` };
    case 'up_to': return { low: null, high: n, qualifier, rule: `${label} N → (−∞, N]` };
    case 'nearly': {
      const a = round(conv.nearlyLow * n);
      return { low: lo(a, n), high: hi(a, n), qualifier, rule: `${label} N → [${conv.nearlyLow}·N, N]${tag}` };
    }
    case 'approx': {
      const a = round(conv.approxLow * n);
      const b = round(conv.approxHigh * n);
      return { low: lo(a, b), high: hi(a, b), qualifier, rule: `${label} N → [${conv.approxLow}·N, ${conv.approxHigh}·N]${tag}` };
    }
    default: return { low: n, high: n, qualifier: 'exact', rule: 'N → [N, N]' };
  }
}

function isLowerBound(q: Qualifier) { return q === 'more_than' || q === 'at_least'; }
function isUpperBound(q: Qualifier) { return q === 'fewer_than' || q === 'at_most' || q === 'up_to'; }

/** Shares a multiplier, currency or percent sign across a range: "between 3 and 5 million", "5-10%". */
function shareRange(q1: Quantity, q2: Quantity, change = false): [number, number] | null {
  if (q1.value === null || q2.value === null) return null;
  let a = q1.value;
  const b = q2.value;
  const s2 = q2.num?.scale ?? 1;
  // a change may go down ("fell from 300 to 200 million"): the first value takes the scale when it is below a thousand
  const scaled = change ? a < 1000 : a * s2 <= b && a < b / s2 + 1e-9;
  if ((q1.num?.scale ?? 1) === 1 && s2 > 1 && scaled && !q1.num?.fraction) a = round(a * s2);
  if (q1.unit !== q2.unit) {
    // a bare first bound takes the second's unit: "3 to 5 million dollars", "1.5 billion and 2 billion dollars"
    if (q1.unit === 'count' && (q1.plainDigits || (q1.num !== null && q1.num.scale > 1))) q1.unit = q2.unit;
    else if (q2.unit === 'count') q2.unit = q1.unit;
    else return null;
  }
  q1.currency ??= q2.currency;
  q2.currency ??= q1.currency;
  q1.unit = q2.unit = q1.unit === 'count' ? q2.unit : q1.unit;
  return [a, b];
}

function startsWith(toks: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.lower !== words[k]) return false;
  return true;
}

/** The range that an opener at token i begins ("between 3 and 4 million"), or null when the words are not one. */
function rangeAfterOpener(toks: Token[], i: number, o: Opener, ctx: Ctx): Reading | null {
  const { lx } = ctx;
  const j = i + o.words.length;
  const q1 = parseQuantity(toks, j, lx) ?? ordinalQuantity(toks, j);
  if (!q1 || q1.value === null) return null;
  const k = q1.endTok;
  let joiner = o.joiners.find((w) => startsWith(toks, k, w));
  // "بين ثلاثة وأربعة ملايين": the joiner glued to a second bound in words is read off it
  const glue = lx.gluedConjunction;
  let rest = toks;
  if (!joiner && glue && o.joiners.some((w) => w.length === 1 && w[0] === glue) && toks[k]?.kind === 'word' && toks[k].lower.startsWith(glue) && toks[k].lower.length > glue.length + 1) {
    rest = toks.slice();
    rest[k] = { ...toks[k], s: toks[k].s + glue.length, text: toks[k].text.slice(glue.length), lower: toks[k].lower.slice(glue.length) };
    joiner = [];
  }
  if (!joiner) return null;
  const k2 = k + joiner.length;
  const q2 = q1.ordinal ? ordinalQuantity(rest, k2) : parseQuantity(rest, k2, lx);
  if (!q2 || q2.value === null) return null;
  if (o.change && afterChangeVerb(toks, i, ctx)) return q1.ordinal ? null : changeFrom(q1, q2, j, ctx);
  const ab = shareRange(q1, q2);
  if (!ab || !(ab[0] < ab[1])) return null;
  if (notFigureReason(toks, q1, { figureStart: j, qualified: true, lx }) === 'year' || notFigureReason(rest, q2, { figureStart: k2, qualified: true, lx })) return null;
  const rule = `${o.words.join(' ')} A ${o.joiners[0]} B → [A, B]`;
  return { startTok: i, endTok: q2.endTok, q: q1, q2, low: ab[0], high: ab[1], qualifier: 'range', rule };
}

/**
 * A change verb among the four words before token i, in the same clause:
 * "rose from", "rose sharply from", "ارتفع عدد القتلى من".
 */
function afterChangeVerb(toks: Token[], i: number, ctx: Ctx): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (toks[k].kind !== 'word') return false;
    if (ctx.tb.changeVerbs.has(toks[k].lower)) return true;
  }
  return false;
}

/**
 * The first value of a change ("rose from 200 to 300 million euros", "pasó de
 * 3 a 5 millones"): a figure of its own, exact, with the scale, currency or
 * percent written once after the second value. The second is read on its own.
 */
function changeFrom(q1: Quantity, q2: Quantity, start: number, ctx: Ctx): Reading {
  const ab = shareRange(q1, { ...q2 }, true);
  if (ab) q1.value = ab[0];
  return { startTok: start, endTok: q1.endTok, q: q1, q2: null, ...bounds(q1, 'exact', '', ctx.conv) };
}

/** Reads a figure starting at token i (qualifier, quantity, suffix, range), without the counted phrase. */
/** Not a figure, and nothing up to token `skip` is either ("2016–17", a score "2-2"). */
type Skip = { skip: number };

function readAt(toks: Token[], i: number, ctx: Ctx): Reading | Skip | null {
  const { conv, lx } = ctx;
  const t = toks[i];
  // "percent of 40": a percent sign written first, as some specs do.
  if (t.kind === 'word' && (t.lower === 'percent' || (t.lower === 'per' && toks[i + 1]?.lower === 'cent')) && toks[i - 1]?.kind !== 'num') {
    const ofAt = i + (t.lower === 'per' ? 2 : 1);
    if (toks[ofAt]?.lower === 'of') {
      const q = parseQuantity(toks, ofAt + 1, lx);
      if (q && q.value !== null && q.unit === 'count') {
        q.unit = 'percent';
        return { startTok: i, endTok: q.endTok, q, q2: null, low: q.value, high: q.value, qualifier: 'exact', rule: 'N → [N, N]' };
      }
    }
    return null;
  }
  // Ranges: "between A and B", "from A to B", "entre A et B", "de A a B", "ما بين A و B".
  const opener = ctx.tb.openers.get(t.lower);
  if (opener) {
    for (const o of opener) {
      if (!startsWith(toks, i, o.words)) continue;
      const r = rangeAfterOpener(toks, i, o, ctx);
      if (r) return r;
    }
  }
  let j = i;
  let prefix = matchPhrase(toks, i, ctx.tb.prefixes) ?? matchPhrase(toks, i, ctx.tb.verbs);
  // "in the top 10", "its passes": after a determiner the word is a noun or an adjective, not a bounding verb
  if (prefix?.verb && i > 0 && lx.determiners?.includes(toks[i - 1].lower)) prefix = null;
  if (prefix) {
    j = i + prefix.words.length;
    if (prefix.label === 'approx' && toks[j]?.text === '.') j++;
    // "quelques milliers", "unos pocos miles": a vague word with its scale, not "about" before a vague amount
    const whole = prefix.verb || !ctx.tb.vagueFirsts.has(t.lower) ? null : parseQuantity(toks, i, lx);
    if (whole?.vague && whole.endTok > j) { prefix = null; j = i; }
  }
  // "higher than the tenth": a rank, kept only if it closes a range (see joinBounds).
  const q = parseQuantity(toks, j, lx) ?? (prefix && prefix.qualifier !== 'approx' ? ordinalQuantity(toks, j) : null);
  if (!q) return null;
  if (prefix && prefix.qualifier === 'approx' && prefix.label === 'some' && q.vague) prefix = null;
  const share = asShare(toks, q, ctx);
  if (share) return withQualifier(share, prefix, i, ctx);
  // "une centaine" alone is about a hundred; "plus d'une centaine" keeps its own qualifier
  let qualifier: Qualifier = prefix ? prefix.qualifier : q.num?.approx ? 'approx' : 'exact';
  let label = prefix ? `"${prefix.label}"` : q.num?.approx ? `"${q.vagueLabel}"` : '';
  let end = q.endTok;
  // "more than 5000 or equal to (it)"
  if (toks[end]?.lower === 'or' && toks[end + 1]?.lower === 'equal' && toks[end + 2]?.lower === 'to' && (qualifier === 'more_than' || qualifier === 'fewer_than')) {
    qualifier = qualifier === 'more_than' ? 'at_least' : 'at_most';
    label = `${label} … "or equal to"`;
    end += 3;
    if (toks[end]?.lower === 'it' || toks[end]?.lower === 'that') end++;
  }
  // Suffix qualifiers: "200 or more", "500 or less", "40-odd", "5,000+".
  if (qualifier === 'exact' || qualifier === 'approx') {
    let at = end;
    // "40-odd", "1,200-plus"
    if (toks[at]?.text === '-' && (toks[at + 1]?.lower === 'odd' || toks[at + 1]?.lower === 'plus') && !toks[at].space) at++;
    let s = matchPhrase(toks, at, ctx.tb.suffixes);
    const afterSuffix = s ? toks[at + s.words.length] : undefined;
    if (s && afterSuffix && lx.suffixBlockers?.includes(afterSuffix.lower)) s = null;
    // "or more than 300", "وأكثر من 450": the words open the next figure, they do not bound this one
    if (s && !(afterSuffix && THAN_WORDS.has(afterSuffix.lower) && toks[at + s.words.length + 1] && parseQuantity(toks, at + s.words.length + 1, lx))) {
      if (!(s.label === 'plus' && afterSuffix && (afterSuffix.kind === 'num' || parseQuantity(toks, at + 1, lx)))) {
        qualifier = s.qualifier;
        label = `"N ${s.label}"`;
        end = at + s.words.length;
        if (afterSuffix?.lower === 'than') end++;
      }
    } else if (toks[end]?.text === '+' && !toks[end].space && q.value !== null) {
      qualifier = 'at_least';
      label = '"N+"';
      end++;
    }
  }
  // "200 ile 300 arasında": bounds joined, then a postposition.
  const around = lx.rangeAround;
  if (around && (qualifier === 'exact' || qualifier === 'approx') && end === q.endTok && q.value !== null && around.joiners.includes(toks[end]?.lower ?? '')) {
    const q2 = parseQuantity(toks, end + 1, lx);
    if (q2 && q2.value !== null && around.closers.includes(toks[q2.endTok]?.lower ?? '') && !notFigureReason(toks, q2, { figureStart: end + 1, qualified: true, lx })) {
      const ab = shareRange(q, q2);
      if (ab && ab[0] < ab[1]) {
        const b = qualifier === 'exact' ? { low: ab[0], high: ab[1] } : { low: round(conv.approxLow * ab[0]), high: round(conv.approxHigh * ab[1]) };
        return { startTok: i, endTok: q2.endTok + 1, q, q2, ...b, qualifier: qualifier === 'exact' ? 'range' : qualifier, rule: `${label ? label + ' ' : ''}A ${toks[end].lower} B ${toks[q2.endTok].lower} → [A, B]` };
      }
    }
  }
  // "iki üç kişi", "beş altı bin": two number words side by side
  if (lx.adjacentRanges && qualifier === 'exact' && end === q.endTok && q.num?.words && q.endTok === q.startTok + 1 && toks[end]?.kind === 'word') {
    const q2 = parseQuantity(toks, end, lx);
    if (q2 && q2.value !== null && q2.num?.words && toks[q2.startTok].kind === 'word') {
      const ab = shareRange(q, q2);
      if (ab && ab[0] < ab[1] && ab[1] / ab[0] <= 3) {
        return { startTok: i, endTok: q2.endTok, q, q2, low: ab[0], high: ab[1], qualifier: 'range', rule: 'A B → [A, B]' };
      }
    }
  }
  // Ranges "A to B", "A-B", "two or three".
  if (qualifier === 'exact' || qualifier === 'approx' || qualifier === 'up_to' || qualifier === 'nearly') {
    const c = toks[end];
    if (c && q.value !== null && end === q.endTok) {
      // "20~100" is a range too, written without spaces.
      const isDash = c.text === '-' || c.text === '–' || c.text === '—' || (c.text === '~' && !c.space && !toks[end + 1]?.space);
      const joined = ctx.tb.rangeJoiners.has(c.lower);
      const or = ctx.tb.orJoiners.has(c.lower);
      const ok = joined || isDash || (or && q.num?.words);
      // "rose 200 to 300 million": a change, not a range
      if (joined && i > 0 && ctx.tb.changeVerbs.has(toks[i - 1].lower) && qualifier === 'exact') {
        const q2 = parseQuantity(toks, end + 1, lx);
        if (q2 && q2.value !== null) return changeFrom(q, q2, i, ctx);
      }
      if (ok && !(joined && i > 0 && ctx.tb.changeVerbs.has(toks[i - 1].lower))) {
        const q2 = parseQuantity(toks, end + 1, lx);
        if (q2 && q2.value !== null && (!isDash || (q.num && !q.num.words && q2.num && (!q2.num.words || toks[q2.startTok].kind === 'num'))) && (!or || q2.num?.words)) {
          if (isDash && isYearSpan(toks, q, q2, end)) return { skip: q2.endTok };
          const y1 = notFigureReason(toks, q, { figureStart: i, qualified: false, lx });
          const y2 = notFigureReason(toks, q2, { figureStart: end + 1, qualified: false, lx });
          if (y1 === 'year' && y2 === 'year') return { skip: q2.endTok };
          if (y1 === 'date' || y2 === 'date' || y1 === 'name') return null;
          const ab = shareRange(q, q2);
          if (ab && ab[0] < ab[1]) {
            const lbl = or ? 'A or B' : isDash ? 'A-B' : 'A to B';
            const b = qualifier === 'exact' ? { low: ab[0], high: ab[1] } : qualifier === 'up_to' ? { low: null, high: ab[1] } : { low: round(conv.approxLow * ab[0]), high: round(conv.approxHigh * ab[1]) };
            return { startTok: i, endTok: q2.endTok, q, q2, ...b, qualifier: qualifier === 'exact' ? 'range' : qualifier, rule: `${label ? label + ' ' : ''}${lbl} → [A, B]` };
          }
          // "2-1": a score line, not two counts.
          if (isDash && ab && q.plainDigits && q2.plainDigits && q.value < 100) return { skip: q2.endTok };
        }
      }
    }
  }
  const b = bounds(q, qualifier, label, conv);
  // A verb is not part of the figure: "exceeded 3,000" is the figure "3,000", more than.
  return { startTok: prefix?.verb ? j : i, endTok: end, q, q2: null, ...b, verb: prefix?.verb };
}

/**
 * A share of a whole as a percentage (extraction.md): a fraction in words or
 * digits without a scale ("two-thirds of", "half", "3/4") and "N in M"
 * ("one in four adults" = 25 %). Returns the quantity as a percent, or null.
 */
function asShare(toks: Token[], q: Quantity, ctx: Ctx): Quantity | null {
  if (q.value === null || q.unit !== 'count' || !q.num) return null;
  // "two-thirds of", "a quarter of"; "half" even bare ("more than half fled"). A bare "one quarter" stays a number.
  if (q.num.fraction && q.num.scale === 1 && q.value > 0 && q.value < 1 && (toks[q.endTok]?.lower === 'of' || q.num.bareHalf)) {
    return { ...q, value: round2(q.value * 100), unit: 'percent', shareRule: 'a share → percent' };
  }
  // "one in five", "1 in 10": N in M with N < M, M a plain count (not "3 in 2019", "2 in 10 days").
  const inAt = q.endTok;
  if (toks[inAt]?.lower !== 'in' || !Number.isInteger(q.value) || q.value < 1 || q.num.scale !== 1) return null;
  const m = parseQuantity(toks, inAt + 1, ctx.lx);
  if (!m || m.value === null || m.unit !== 'count' || !Number.isInteger(m.value) || m.value <= q.value || m.value > 1000 || (m.num?.scale ?? 1) !== 1) return null;
  if (notFigureReason(toks, m, { figureStart: inAt + 1, qualified: false, lx: ctx.lx })) return null;
  return { ...q, endTok: m.endTok, value: round2((q.value / m.value) * 100), unit: 'percent', shareRule: N_IN_M };
}

const N_IN_M = 'N in M → N/M as percent';
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A share read with its qualifier ("more than half" = (50, ∞) percent). */
function withQualifier(q: Quantity, prefix: Phrase | null, i: number, ctx: Ctx): Reading {
  const label = prefix ? `"${prefix.label}"` : '';
  const b = bounds(q, prefix ? prefix.qualifier : 'exact', label, ctx.conv);
  return { startTok: prefix?.verb ? i + prefix.words.length : i, endTok: q.endTok, q, q2: null, ...b, rule: `${q.shareRule}; ${b.rule}`, verb: prefix?.verb };
}

/**
 * A fiscal or season year span written with a dash: "2016–17", "2008-9",
 * "2019-2020". The second part is the first year's following year, in full
 * or by its last one or two digits.
 */
function isYearSpan(toks: Token[], q: Quantity, q2: Quantity, dashAt: number): boolean {
  const a = toks[q.endTok - 1];
  const b = toks[q2.startTok];
  if (!q.plainDigits || !q2.plainDigits || q.unit !== 'count' || a.kind !== 'num' || b.kind !== 'num') return false;
  if (toks[dashAt].space || b.space || a.text.length !== 4 || q.value === null || q.value < 1000 || q.value > 2100) return false;
  const next = q.value + 1;
  if (b.text.length === 4) return b.value === next;
  if (b.text.length === 2) return b.value === next % 100;
  return b.text.length === 1 && b.value === next % 10;
}

/** "above 1000 and below 1500" → one range. */
function joinBounds(toks: Token[], r: Reading, ctx: Ctx): Reading {
  const lower = isLowerBound(r.qualifier);
  const upper = isUpperBound(r.qualifier);
  if (!lower && !upper) return r;
  let k = r.endTok;
  if (toks[k]?.text === ',') k++;
  if (['and', 'but', 'yet'].includes(toks[k]?.lower ?? '')) k++;
  if (k === r.endTok) return r;
  if (toks[k]?.lower === 'is' || toks[k]?.lower === 'are') k++;
  const p = matchPhrase(toks, k, ctx.tb.prefixes);
  if (!p) return r;
  const next = readAt(toks, k, ctx);
  if (!next || 'skip' in next || next.q2 || !!next.q.ordinal !== !!r.q.ordinal) return r;
  if (lower && isUpperBound(next.qualifier) && r.low !== null && next.high !== null && r.low < next.high) {
    return { ...r, endTok: next.endTok, high: next.high, qualifier: 'range', rule: `${r.rule} and ${next.rule} → [A, B]` };
  }
  if (upper && isLowerBound(next.qualifier) && r.high !== null && next.low !== null && next.low < r.high) {
    return { ...r, endTok: next.endTok, low: next.low, qualifier: 'range', rule: `${r.rule} and ${next.rule} → [A, B]` };
  }
  return r;
}

/** A figure found, with the token range it was read from (events and "including" lists need them). */
interface Draft {
  fig: Figure;
  startTok: number;
  endTok: number;
  phraseEnd: number;
  /** A measured size (a magnitude): it takes no event and no counted noun. */
  measured?: boolean;
}

/**
 * Every figure in the body, as an interval with what it counts and what happened.
 *
 * @example findFigures('More than 300 civilians have been killed.', [{ start: 0, end: 41 }])[0].low // 300
 */
export function findFigures(body: string, sentences: Span[], options: FindFiguresOptions = {}): Figure[] {
  const lx = options.lexicon ?? EN;
  const ctx: Ctx = { conv: options.conventions ?? DEFAULT_CONVENTIONS, lx, tb: tablesOf(lx) };
  const out: Figure[] = [];
  sentences.forEach((s, si) => {
    if (!lx.mayHoldFigure.test(body.slice(s.start, s.end))) return;
    const toks = tokenize(body, s.start, s.end, lx.numberFormat);
    const drafts: Draft[] = [];
    let i = 0;
    while (i < toks.length) {
      if (!canStart(toks[i], ctx.tb)) { i++; continue; }
      const r0 = readAt(toks, i, ctx);
      if (!r0) { i++; continue; }
      if ('skip' in r0) { i = Math.max(i + 1, r0.skip); continue; }
      const r = joinBounds(toks, r0, ctx);
      if (r.q.ordinal && r.qualifier !== 'range') { i++; continue; }
      const qualified = r.qualifier !== 'exact' && r.qualifier !== 'vague';
      const reason = notFigureReason(toks, r.q, { figureStart: r.startTok, qualified, lx });
      if (reason) { i = Math.max(i + 1, r.q.endTok); continue; }
      const q = r.q2 ?? r.q;
      // "sub-zero", "five-star": a number word glued into a compound is not a figure.
      const pre = toks[r.startTok - 1];
      if (r.q.num?.words && pre && (pre.text === '-') && !toks[r.startTok].space && !pre.space && toks[r.startTok - 2]?.kind === 'word') { i++; continue; }
      if (q.num?.bareHalf && !qualified && toks[r.endTok]?.lower !== 'of') { i++; continue; }
      let end = r.endTok;
      // "sixty-two (62)": the same number repeated in brackets belongs to the figure.
      if (toks[end]?.text === '(') {
        const inner = parseQuantity(toks, end + 1, lx);
        if (inner && inner.value !== null && inner.value === r.q.value && toks[inner.endTok]?.text === ')') end = inner.endTok + 1;
      }
      let counted: string | null = null;
      let phraseEnd = end;
      // "a magnitude 6.8 earthquake", "the 7.1-magnitude quake": a measured size, not a count of quakes
      const magnitudeEnd = q.unit === 'count' && !q.vague && !r.q2 ? magnitudeAround(toks, r.startTok, end, lx) : null;
      if (magnitudeEnd !== null) phraseEnd = magnitudeEnd;
      else if (q.unit === 'count' || q.unit === 'percent') {
        const skipOf = !!q.vague || !!q.num?.fraction || q.unit === 'percent' ||
          (toks[end]?.lower === 'of' && ['the', 'their', 'its', 'his', 'her', 'those', 'these'].includes(toks[end + 1]?.lower ?? '') && !q.num?.loneOne);
        if (q.unit !== 'percent' || toks[end]?.lower === 'of' || q.shareRule === N_IN_M) {
          const plural = !(q.value === 1 && !q.vague);
          const c = lx.countedAfter ? lx.countedAfter(body, toks, end, { skipOf, plural }, lx) : countedAfter(body, toks, end, { skipOf, plural });
          counted = c.counted;
          phraseEnd = c.end;
        }
      }
      // "many"/"numerous" are figures only with a plural noun: "many people", not "many say".
      if (q.vague === 'many' && !r.q2 && (counted === null || !isPluralWord(counted.split(/\s+/).pop()!.toLowerCase()))) { i++; continue; }
      if (q.num?.loneOne && counted === null && !qualified) { i++; continue; }
      let bound: Pick<Reading, 'low' | 'high' | 'qualifier' | 'rule'> = r;
      // "passed 12 laws" counts laws; "the toll passed 3,000" bounds the toll.
      // "the toll passed 300 people" still bounds: the verb's subject names a running count.
      if (r.verb && counted !== null && !tallyBefore(toks, r.startTok, lx)) bound = bounds(q, 'exact', '', ctx.conv);
      // "the motion passed 52 to 48": a vote's tally, not a bound
      if (r.verb && !r.q2 && (toks[r.endTok]?.lower === 'to' || toks[r.endTok]?.text === '-') && toks[r.endTok + 1]?.kind === 'num') {
        bound = bounds(q, 'exact', '', ctx.conv);
      }
      // "40 ألف طفل على الأقل", "300 personnes au moins": the qualifier follows the counted noun.
      let after = lx.qualifiersAfterCounted && r.qualifier === 'exact' && !r.q2 && counted !== null ? matchPhrase(toks, phraseEnd, ctx.tb.suffixes) : null;
      if (after && lx.suffixBlockers?.includes(toks[phraseEnd + after.words.length]?.lower ?? '')) after = null;
      // "112 قتيلا وأكثر من 450 جريحا": "and more than" opens the next figure
      const afterNext = after ? toks[phraseEnd + after.words.length] : undefined;
      if (after && afterNext && THAN_WORDS.has(afterNext.lower) && parseQuantity(toks, phraseEnd + after.words.length + 1, lx)) after = null;
      if (after) {
        bound = bounds(q, after.qualifier, `"N … ${after.label}"`, ctx.conv);
        phraseEnd += after.words.length;
      }
      const outOf = wholeAfter(body, toks, phraseEnd, ctx);
      if (outOf && counted === null) counted = outOf.counted;
      const startTok = r.startTok;
      const unit = magnitudeEnd !== null ? 'magnitude' : q.unit;
      const fig: Figure = {
        start: toks[startTok].s,
        end: toks[phraseEnd - 1].e,
        text: body.slice(toks[startTok].s, toks[phraseEnd - 1].e),
        sentence: si,
        low: bound.low,
        high: bound.high,
        qualifier: bound.qualifier,
        counted,
        event: null,
        unit,
        currency: unit === 'money' ? (q.currency ?? r.q.currency) : null,
        rule: outOf ? `${bound.rule}; "N out of M": M is the whole` : bound.rule,
      };
      if (outOf) fig.whole = outOf.whole;
      drafts.push({ fig, startTok, endTok: end, phraseEnd, measured: magnitudeEnd !== null });
      // The whole is not a figure of its own.
      i = Math.max(outOf ? outOf.end : phraseEnd, i + 1);
    }
    // Events; members of an "including" list take their parent's event.
    drafts.forEach((d, di) => {
      if (d.measured) return; // a magnitude happens to nothing and counts nothing
      d.fig.event = findEvent(toks, d.startTok, d.phraseEnd, lx, eventOfCounted(d.fig.counted, lx));
      if (d.fig.counted === null && lx.language === 'en') d.fig.counted = countedBefore(body, toks, d.startTok, lx);
      const parent = includedIn(toks, drafts, di);
      if (parent !== null && (d.fig.event === null || drafts[parent].fig.event !== null)) d.fig.event = drafts[parent].fig.event;
    });
    for (const d of drafts) out.push(d.fig);
  });
  return out;
}

/**
 * A counted noun that names people by what happened to them is also the
 * figure's event when the sentence names no other: "12 000 réfugiés", "40
 * heridos", "3,000 refugees" (words the lexicon lists both as counted nouns
 * and as events). Null otherwise.
 */
function eventOfCounted(counted: string | null, lx: FigureLexicon): string | null {
  if (!counted) return null;
  const head = counted.slice(counted.lastIndexOf(' ') + 1).toLowerCase();
  return Object.hasOwn(lx.counted, head) && Object.hasOwn(lx.events, head) ? head : null;
}

/**
 * "out of (the region's) M (districts)" after a figure: M is the whole the
 * figure is a part of. Returns M, the token just past it and its noun, and the noun.
 */
function wholeAfter(body: string, toks: Token[], k: number, ctx: Ctx): { whole: number; end: number; counted: string | null } | null {
  if (toks[k]?.lower !== 'out' || toks[k + 1]?.lower !== 'of') return null;
  let m = k + 2;
  // A determiner or a possessive ("the region's") may come first.
  for (let n = 0; n < 2 && toks[m]?.kind === 'word' && !parseQuantity(toks, m, ctx.lx); n++) m++;
  const q = parseQuantity(toks, m, ctx.lx);
  if (!q || q.value === null || q.vague) return null;
  const c = countedAfter(body, toks, q.endTok, { skipOf: false, plural: true });
  return { whole: q.value, end: c.end, counted: c.counted };
}

/**
 * The figure whose "including …" list holds figure di, or null:
 * "at least 21 civilians, including five women and nine children".
 */
export function includedIn(toks: Token[], drafts: { startTok: number; phraseEnd: number }[], di: number): number | null {
  let k = drafts[di].startTok - 1;
  let prev = di - 1;
  // A list is short; the cap keeps a pathological run of figures linear.
  const stop = Math.max(-1, k - 80);
  while (k > stop) {
    const t = toks[k];
    if (prev >= 0 && k < drafts[prev].phraseEnd && k >= drafts[prev].startTok) { k = drafts[prev].startTok - 1; prev--; continue; }
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.lower === 'as' || t.lower === 'well') { k--; continue; }
    if (t.lower === 'including' || t.lower === 'among' || t.lower === 'includes' || t.lower === 'include') {
      for (let p = di - 1; p >= 0; p--) if (drafts[p].phraseEnd <= k) return drafts[p].phraseEnd > k - 40 ? p : null;
      return null;
    }
    return null;
  }
  return null;
}
