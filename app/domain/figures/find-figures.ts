import type { Figure, Qualifier, Span } from '../extraction/types';
import { tokenize, type Token } from './tokenize';
import { ordinalQuantity, parseQuantity, type Quantity } from './parse-quantity';
import { notFigureReason } from './not-figures';
import { countedAfter, findEvent, isPluralWord } from './counted-event';
import { DEFAULT_CONVENTIONS, conventionTag, vagueRuleText, type Conventions } from './conventions';
import { UNITS, TEENS, TENS, SCALES } from './number-words';

export interface FindFiguresOptions {
  /** How words become intervals; DEFAULT_CONVENTIONS unless an editor picked another. */
  conventions?: Conventions;
}

type Phrase = { words: string[]; qualifier: Qualifier; label: string };

function phrases(qualifier: Qualifier, list: string[]): Phrase[] {
  return list.map((p) => ({ words: p.split(' '), qualifier, label: p }));
}

/** Qualifiers written before the number; longest match wins ("more than or equal to" before "more than"). */
const PREFIXES: Phrase[] = [
  ...phrases('more_than', [
    'more than', 'over', 'above', 'in excess of', 'greater than', 'higher than', 'larger than', 'bigger than', 'upwards of',
    'upward of', 'exceeding', 'well over', 'well above', 'just over', 'just above', 'slightly more than', 'a little over',
    'a little more than', 'well in excess of', 'more then', 'well more than', 'far more than', 'much more than',
  ]),
  ...phrases('at_least', [
    'at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of', 'at a minimum',
    'greater than or equal to', 'more than or equal to', 'bigger than or equal to', 'larger than or equal to',
    'higher than or equal to', 'greater or equal than', 'bigger or equal than', 'higher or equal than',
    'larger or equal than', 'more or equal than', 'greater or equal to', 'bigger or equal to', 'higher or equal to',
    'at least or equal to', 'equal to or more than', 'equal to or greater than', 'equal to or higher than',
    'equal or greater than', 'equal to or bigger than', 'equal to or larger than', 'equal or more than', 'no lower than',
    'not below', 'a min of', 'no smaller than',
  ]),
  ...phrases('fewer_than', [
    'fewer than', 'less than', 'under', 'below', 'lower than', 'smaller than', 'well under', 'well below', 'less then',
    'fewer then', 'far fewer than', 'far less than',
  ]),
  ...phrases('at_most', [
    'at most', 'no more than', 'not more than', 'a maximum of', 'at a maximum', 'at the most', 'less than or equal to',
    'fewer than or equal to', 'smaller than or equal to', 'lower than or equal to', 'less or equal than',
    'smaller or equal than', 'lower or equal than', 'less or equal to', 'lower or equal to', 'smaller or equal to',
    'equal to or less than', 'equal to or fewer than', 'equal to or lower than', 'equal to or smaller than',
    'equal or less than', 'no greater than', 'no higher than', 'not exceeding', 'no bigger than', 'no larger than',
    'not above', 'a max of', 'at max',
  ]),
  ...phrases('up_to', ['up to', 'as many as', 'as much as', 'as high as']),
  ...phrases('nearly', [
    'nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of', 'approaching', 'not quite', 'nearing',
    'just short of', 'close on', 'very nearly', 'almost exactly',
  ]),
  ...phrases('approx', [
    'about', 'around', 'roughly', 'some', 'an estimated', 'estimated', 'approximately', 'approx', 'circa', '~',
    'in the region of', 'on the order of', 'of the order of', 'an approximate', 'more or less', 'round about',
    'somewhere around', 'something like', 'an average of', 'on average', 'about some', 'around about', 'roughly about',
  ]),
].sort((a, b) => b.words.length - a.words.length);
/** Phrases indexed by first word, longest first, so a lookup costs one map access. */
function byFirstWord(list: Phrase[]): Map<string, Phrase[]> {
  const m = new Map<string, Phrase[]>();
  for (const p of list) {
    const l = m.get(p.words[0]);
    if (l) l.push(p);
    else m.set(p.words[0], [p]);
  }
  return m;
}
const PREFIX_INDEX = byFirstWord(PREFIXES);
const PREFIX_FIRST = new Set(PREFIX_INDEX.keys());

/** Qualifiers written after the number ("200 or more", "40-odd"). */
const SUFFIXES: Phrase[] = [
  ...phrases('at_least', ['or more', 'or greater', 'or above', 'or over', 'or higher', 'plus', 'and above', 'and up', 'and over', 'or upwards', 'or bigger', 'or larger', 'and more']),
  ...phrases('at_most', ['or less', 'or fewer', 'or below', 'or under', 'or lower', 'and below', 'and under', 'or smaller']),
  ...phrases('approx', ['or so', 'odd', 'or thereabouts']),
].sort((a, b) => b.words.length - a.words.length);
const SUFFIX_INDEX = byFirstWord(SUFFIXES);

const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'increased', 'increase', 'increases', 'decreased',
  'decrease', 'grew', 'grow', 'grown', 'jumped', 'dropped', 'climbed', 'declined', 'surged', 'soared', 'plunged', 'slid',
  'went', 'up', 'down', 'raised', 'cut', 'reduced', 'lowered', 'boosted', 'tumbled', 'slipped', 'gained', 'sank', 'shrank',
  'doubled', 'expanded', 'changed', 'moved', 'revised', 'upgraded', 'downgraded', 'widened', 'narrowed', 'eased', 'edged',
]);

const START_WORDS = new Set<string>([
  ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(SCALES), ...PREFIX_FIRST,
  'a', 'an', 'half', 'minus', 'negative', 'point', 'zero', 'nought', 'naught', 'several', 'dozens', 'scores', 'tens',
  'hundreds', 'thousands', 'millions', 'billions', 'many', 'numerous', 'between', 'from', 'percent', 'per', 'hundred', 'dozen',
  'us', 'c', 'ca', 'a', 'au', 'hk', 'nz', 's', 'mex', 'mxn', 'r', 'usd', 'eur', 'gbp', 'rmb', 'dollar',
]);
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₽', '₺', '₩', '₪', '-', '−', '~']);

function canStart(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') return CURRENCY_SYMBOLS.has(t.text);
  return START_WORDS.has(t.lower) || (t.text.length === 3 && t.text === t.text.toUpperCase());
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

const round = (x: number) => Number(x.toPrecision(12));

interface Reading {
  startTok: number;
  endTok: number;
  q: Quantity;
  q2: Quantity | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  rule: string;
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
function shareRange(q1: Quantity, q2: Quantity): [number, number] | null {
  if (q1.value === null || q2.value === null) return null;
  let a = q1.value;
  const b = q2.value;
  const s2 = q2.num?.scale ?? 1;
  if ((q1.num?.scale ?? 1) === 1 && s2 > 1 && a * s2 <= b && a < b / s2 + 1e-9 && !q1.num?.fraction) a = round(a * s2);
  if (q1.unit !== q2.unit) {
    if (q1.unit === 'count' && q1.plainDigits) q1.unit = q2.unit;
    else if (q2.unit === 'count') q2.unit = q1.unit;
    else return null;
  }
  q1.currency ??= q2.currency;
  q2.currency ??= q1.currency;
  q1.unit = q2.unit = q1.unit === 'count' ? q2.unit : q1.unit;
  return [a, b];
}

/** Reads a figure starting at token i (qualifier, quantity, suffix, range), without the counted phrase. */
function readAt(toks: Token[], i: number, conv: Conventions): Reading | 'skip' | null {
  const t = toks[i];
  // "percent of 10": a percent sign written first, as some specs do.
  if (t.kind === 'word' && (t.lower === 'percent' || (t.lower === 'per' && toks[i + 1]?.lower === 'cent')) && toks[i - 1]?.kind !== 'num') {
    const ofAt = i + (t.lower === 'per' ? 2 : 1);
    if (toks[ofAt]?.lower === 'of') {
      const q = parseQuantity(toks, ofAt + 1);
      if (q && q.value !== null && q.unit === 'count') {
        q.unit = 'percent';
        return { startTok: i, endTok: q.endTok, q, q2: null, low: q.value, high: q.value, qualifier: 'exact', rule: 'N → [N, N]' };
      }
    }
    return null;
  }
  // Ranges: "between A and B", "from A to B".
  if (t.lower === 'between' || t.lower === 'from') {
    const j = i + 1;
    const q1 = parseQuantity(toks, j) ?? ordinalQuantity(toks, j);
    if (!q1 || q1.value === null) return null;
    const joiner = t.lower === 'between' ? ['and', '&'] : ['to', '-', '–', 'through'];
    const k = q1.endTok;
    if (!joiner.includes(toks[k]?.lower ?? '')) return null;
    if (t.lower === 'from' && i > 0 && CHANGE_VERBS.has(toks[i - 1].lower)) return null;
    const k2 = k + 1;
    const q2 = q1.ordinal ? ordinalQuantity(toks, k2) : parseQuantity(toks, k2);
    if (!q2 || q2.value === null) return null;
    const ab = shareRange(q1, q2);
    if (!ab || !(ab[0] < ab[1])) return null;
    if (notFigureReason(toks, q1, { figureStart: j, qualified: true }) === 'year' || notFigureReason(toks, q2, { figureStart: k2, qualified: true })) return null;
    return { startTok: i, endTok: q2.endTok, q: q1, q2, low: ab[0], high: ab[1], qualifier: 'range', rule: `${t.lower === 'between' ? 'between A and B' : 'from A to B'} → [A, B]` };
  }
  let j = i;
  let prefix = PREFIX_FIRST.has(t.lower) ? matchPhrase(toks, i, PREFIX_INDEX) : null;
  if (prefix) {
    j = i + prefix.words.length;
    if (prefix.label === 'approx' && toks[j]?.text === '.') j++;
  }
  // "higher than the tenth": a rank, kept only if it closes a range (see joinBounds).
  const q = parseQuantity(toks, j) ?? (prefix && prefix.qualifier !== 'approx' ? ordinalQuantity(toks, j) : null);
  if (!q) return null;
  if (prefix && prefix.qualifier === 'approx' && prefix.label === 'some' && q.vague) prefix = null;
  let qualifier: Qualifier = prefix ? prefix.qualifier : 'exact';
  let label = prefix ? `"${prefix.label}"` : '';
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
    if (toks[at]?.text === '-' && toks[at + 1]?.lower === 'odd' && !toks[at].space) at++;
    const s = matchPhrase(toks, at, SUFFIX_INDEX);
    const afterSuffix = s ? toks[at + s.words.length] : undefined;
    if (s && !(afterSuffix?.lower === 'than' && toks[at + s.words.length + 1] && parseQuantity(toks, at + s.words.length + 1))) {
      if (!(s.label === 'plus' && afterSuffix && (afterSuffix.kind === 'num' || parseQuantity(toks, at + 1)))) {
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
  // Ranges "A to B", "A-B", "two or three".
  if (qualifier === 'exact' || qualifier === 'approx' || qualifier === 'up_to' || qualifier === 'nearly') {
    const c = toks[end];
    if (c && q.value !== null && end === q.endTok) {
      const isDash = c.text === '-' || c.text === '–' || c.text === '—';
      const ok = c.lower === 'to' || isDash || (c.lower === 'or' && q.num?.words) || c.lower === 'through';
      if (ok && !(c.lower === 'to' && i > 0 && CHANGE_VERBS.has(toks[i - 1].lower))) {
        const q2 = parseQuantity(toks, end + 1);
        if (q2 && q2.value !== null && (!isDash || (q.num && !q.num.words && q2.num && !q2.num.words)) && (c.lower !== 'or' || q2.num?.words)) {
          const y1 = notFigureReason(toks, q, { figureStart: i, qualified: false });
          const y2 = notFigureReason(toks, q2, { figureStart: end + 1, qualified: false });
          if (y1 === 'year' && y2 === 'year') return 'skip';
          if (y1 === 'date' || y2 === 'date' || y1 === 'name') return null;
          const ab = shareRange(q, q2);
          if (ab && ab[0] < ab[1]) {
            const lbl = c.lower === 'or' ? 'A or B' : isDash ? 'A-B' : 'A to B';
            const b = qualifier === 'exact' ? { low: ab[0], high: ab[1] } : qualifier === 'up_to' ? { low: null, high: ab[1] } : { low: round(conv.approxLow * ab[0]), high: round(conv.approxHigh * ab[1]) };
            return { startTok: i, endTok: q2.endTok, q, q2, ...b, qualifier: qualifier === 'exact' ? 'range' : qualifier, rule: `${label ? label + ' ' : ''}${lbl} → [A, B]` };
          }
          // "2-1": a score line, not two counts.
          if (isDash && ab && q.plainDigits && q2.plainDigits && q.value < 100) return 'skip';
        }
      }
    }
  }
  const b = bounds(q, qualifier, label, conv);
  return { startTok: i, endTok: end, q, q2: null, ...b };
}

/** "above 1000 and below 1500" → one range. */
function joinBounds(toks: Token[], r: Reading, conv: Conventions): Reading {
  const lower = isLowerBound(r.qualifier);
  const upper = isUpperBound(r.qualifier);
  if (!lower && !upper) return r;
  let k = r.endTok;
  if (toks[k]?.text === ',') k++;
  if (['and', 'but', 'yet'].includes(toks[k]?.lower ?? '')) k++;
  if (k === r.endTok) return r;
  if (toks[k]?.lower === 'is' || toks[k]?.lower === 'are') k++;
  const p = matchPhrase(toks, k, PREFIX_INDEX);
  if (!p) return r;
  const next = readAt(toks, k, conv);
  if (!next || next === 'skip' || next.q2 || !!next.q.ordinal !== !!r.q.ordinal) return r;
  if (lower && isUpperBound(next.qualifier) && r.low !== null && next.high !== null && r.low < next.high) {
    return { ...r, endTok: next.endTok, high: next.high, qualifier: 'range', rule: `${r.rule} and ${next.rule} → [A, B]` };
  }
  if (upper && isLowerBound(next.qualifier) && r.high !== null && next.low !== null && next.low < r.high) {
    return { ...r, endTok: next.endTok, low: next.low, qualifier: 'range', rule: `${r.rule} and ${next.rule} → [A, B]` };
  }
  return r;
}

interface Draft extends Figure {
  startTok: number;
  endTok: number;
  phraseEnd: number;
}

/**
 * Cheap test for sentences that cannot hold a figure (no digit, no number or
 * vague word), so they are never tokenized. Prefixes are enough ("thirt"
 * covers thirteen and thirty); a false hit only costs a tokenization.
 */
const MAYBE_FIGURE = /[0-9]|\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fift|twenty|fort|fourt|hundred|thousand|million|billion|trillion|lakh|crore|dozen|several|few|handful|many|numerous|half|score|point|quarter)/i;

/**
 * Every figure in the body, as an interval with what it counts and what happened.
 *
 * @example findFigures('More than 300 civilians have been killed.', [{ start: 0, end: 41 }])[0].low // 300
 */
export function findFigures(body: string, sentences: Span[], options: FindFiguresOptions = {}): Figure[] {
  const conv = options.conventions ?? DEFAULT_CONVENTIONS;
  const out: Figure[] = [];
  sentences.forEach((s, si) => {
    if (!MAYBE_FIGURE.test(body.slice(s.start, s.end))) return;
    const toks = tokenize(body, s.start, s.end);
    const drafts: Draft[] = [];
    let i = 0;
    while (i < toks.length) {
      if (!canStart(toks[i])) { i++; continue; }
      const r0 = readAt(toks, i, conv);
      if (r0 === 'skip') { i += 2; continue; }
      if (!r0) { i++; continue; }
      const r = joinBounds(toks, r0, conv);
      if (r.q.ordinal && r.qualifier !== 'range') { i++; continue; }
      const qualified = r.qualifier !== 'exact' && r.qualifier !== 'vague';
      const reason = notFigureReason(toks, r.q, { figureStart: r.startTok, qualified });
      if (reason) { i = Math.max(i + 1, r.q.endTok); continue; }
      const q = r.q2 ?? r.q;
      if (q.num?.bareHalf && !qualified && toks[r.endTok]?.lower !== 'of') { i++; continue; }
      let end = r.endTok;
      // "forty-five (45)": the same number repeated in brackets belongs to the figure.
      if (toks[end]?.text === '(') {
        const inner = parseQuantity(toks, end + 1);
        if (inner && inner.value !== null && inner.value === r.q.value && toks[inner.endTok]?.text === ')') end = inner.endTok + 1;
      }
      let counted: string | null = null;
      let phraseEnd = end;
      if (q.unit !== 'money') {
        const skipOf = !!q.vague || !!q.num?.fraction || q.unit === 'percent' ||
          (toks[end]?.lower === 'of' && ['the', 'their', 'its', 'his', 'her', 'those', 'these'].includes(toks[end + 1]?.lower ?? '') && !q.num?.loneOne);
        if (q.unit !== 'percent' || toks[end]?.lower === 'of') {
          const plural = !(q.value === 1 && !q.vague);
          const c = countedAfter(body, toks, end, { skipOf, plural });
          counted = c.counted;
          phraseEnd = c.end;
        }
      }
      // "many"/"numerous" are figures only with a plural noun: "many people", not "many say".
      if (q.vague === 'many' && !r.q2 && (counted === null || !isPluralWord(counted.split(/\s+/).pop()!.toLowerCase()))) { i++; continue; }
      if (q.num?.loneOne && counted === null && !qualified) { i++; continue; }
      const startTok = r.startTok;
      const unit = q.unit;
      drafts.push({
        start: toks[startTok].s,
        end: toks[phraseEnd - 1].e,
        text: body.slice(toks[startTok].s, toks[phraseEnd - 1].e),
        sentence: si,
        low: r.low,
        high: r.high,
        qualifier: r.qualifier,
        counted: unit === 'money' ? null : counted,
        event: null,
        unit,
        currency: unit === 'money' ? (q.currency ?? r.q.currency) : null,
        rule: r.rule,
        startTok,
        endTok: end,
        phraseEnd,
      });
      i = Math.max(phraseEnd, i + 1);
    }
    // Events; members of an "including" list take their parent's event.
    drafts.forEach((d, di) => {
      d.event = findEvent(toks, d.startTok, d.phraseEnd);
      const parent = includedIn(toks, drafts, di);
      if (parent !== null && (d.event === null || drafts[parent].event !== null)) d.event = drafts[parent].event;
    });
    for (const d of drafts) {
      const { startTok: _a, endTok: _b, phraseEnd: _c, ...fig } = d;
      out.push(fig);
    }
  });
  return out;
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
