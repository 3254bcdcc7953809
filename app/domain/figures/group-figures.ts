import type { Figure, FigureGroup, Span } from '../extraction/types';
import { tokenize } from './tokenize';
import { countedClass, eventClass, TALLY_CLASSES } from './classes';
import { includedIn } from './find-figures';
import { figureInterval, verdictOf } from './intervals';

/**
 * The time scope a sentence gives its figures. A one-day toll ("killed
 * Wednesday") and a running total ("since December") measure different
 * things, so they are never lined up against each other.
 */
export type Scope = 'day' | 'period' | 'unknown';

const DAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|this morning|this afternoon|overnight|the previous day|the day before|the same day|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)\b/g;
const HOURS = /\b(?:past|last|previous) (?:\d+|twenty-four|forty-eight|few|several) hours\b/;
const PERIOD = /\b(since|so far|to date|in total|overall|altogether|cumulative|(?:over|in|during) the (?:past|last|previous) (?:\w+ )?(?:days|weeks|months|years|decade)|this (?:year|month)|(?:past|last) (?:\w+ )?(?:days|weeks|months|years))\b/;
// "Erdogan said Wednesday ..." dates the saying, not the figure.
const SAID_BEFORE = /\b(said|says|told|announced|added|stated)(?: on)? $/;

/**
 * Scope of one sentence.
 *
 * @example sentenceScope('Nine civilians were killed Wednesday.') // 'day'
 */
export function sentenceScope(text: string): Scope {
  const lower = text.toLowerCase();
  if (HOURS.test(lower)) return 'day';
  if (PERIOD.test(lower)) return 'period';
  DAYS.lastIndex = 0;
  for (let m = DAYS.exec(lower); m; m = DAYS.exec(lower)) {
    if (!SAID_BEFORE.test(lower.slice(Math.max(0, m.index - 20), m.index))) return 'day';
  }
  return 'unknown';
}


interface Member {
  index: number;
  cls: string;
  head: string | null;
  scope: Scope;
  unit: string;
}

interface Cluster {
  head: string;
  members: Member[];
  /** Figure indices of the members with a named head, in increasing order. */
  named: number[];
}

/**
 * Figures can only compete when event class and unit match and their time
 * scopes agree. Tallies (deaths, displacement) are estimated by competing
 * sources over a period, so "unknown" matches "period"; other events
 * (villages seized) only compare within exactly the same time scope.
 */
function clusterKey(m: Member): string {
  const scope = TALLY_CLASSES.has(m.cls) ? (m.scope === 'day' ? 'day' : 'running') : m.scope;
  return `${m.cls}|${m.unit}|${scope}`;
}

function nearestDistance(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  const a = lo < sorted.length ? Math.abs(sorted[lo] - x) : Infinity;
  const b = lo > 0 ? Math.abs(sorted[lo - 1] - x) : Infinity;
  return Math.min(a, b);
}

/**
 * Figures that seem to measure the same thing (same event, counted class and
 * time scope), with a consistent/conflicting verdict from their intervals.
 *
 * @example groupFigures(body, sentences, figures) // [{ label: 'civilians killed', figures: [9, 13], verdict: 'consistent' }]
 */
export function groupFigures(body: string, sentences: Span[], figures: Figure[]): FigureGroup[] {
  // Scopes only for sentences that hold a figure with an event: most have none.
  const scopes = new Map<number, Scope>();
  const scopeOf = (si: number): Scope => {
    let sc = scopes.get(si);
    if (sc === undefined) {
      sc = sentences[si] ? sentenceScope(body.slice(sentences[si].start, sentences[si].end)) : 'unknown';
      scopes.set(si, sc);
    }
    return sc;
  };
  const parts = partOfList(body, sentences, figures);
  const members: Member[] = [];
  figures.forEach((f, index) => {
    const cls = eventClass(f.event);
    if (!cls || parts.has(index)) return;
    members.push({
      index, cls, head: f.counted ? countedClass(f.counted) : null, scope: scopeOf(f.sentence),
      unit: `${f.unit}:${f.currency ?? ''}`,
    });
  });
  // Members of a cluster share event class, unit, head (when named) and scope,
  // so a cluster is compatible with a figure when its summary key matches.
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster[]>();
  for (const m of members) {
    if (m.head === null) continue;
    const key = clusterKey(m);
    const list = byKey.get(key);
    const c = list?.find((cl) => cl.head === m.head);
    if (c) { c.members.push(m); c.named.push(m.index); continue; }
    const cl: Cluster = { head: m.head, members: [m], named: [m.index] };
    clusters.push(cl);
    if (list) list.push(cl);
    else byKey.set(key, [cl]);
  }
  // A figure with an implicit noun ("killed hundreds") joins the closest matching measure,
  // preferring one from the same time scope.
  for (const m of members) {
    if (m.head !== null) continue;
    let best: Cluster | null = null;
    let bestScore = -Infinity;
    for (const cl of byKey.get(clusterKey(m)) ?? []) {
      const sameScope = cl.members[0].scope === m.scope ? 1e9 : 0;
      const score = sameScope - nearestDistance(cl.named, m.index);
      if (score > bestScore) { bestScore = score; best = cl; }
    }
    if (best) best.members.push(m);
  }
  const groups: FigureGroup[] = [];
  for (const { members: cl } of clusters) {
    if (cl.length < 2) continue;
    cl.sort((a, b) => a.index - b.index);
    const named = cl.find((x) => x.head !== null)!;
    const f = figures[named.index];
    groups.push({
      label: `${(f.counted ?? '').toLowerCase()} ${named.cls}`.trim(),
      figures: cl.map((x) => x.index),
      verdict: verdictOf(cl.map((x) => figureInterval(figures[x.index]))),
    });
  }
  return groups;
}

const LIST_WORD = /\b(?:including|includes|include|among)\b/i;

/** Index of the first token starting at or after offset (binary search). */
function firstTokenFrom(toks: { s: number }[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].s < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Figures listed under another figure's "including …": parts, not competing estimates. */
function partOfList(body: string, sentences: Span[], figures: Figure[]): Set<number> {
  const parts = new Set<number>();
  const bySentence = new Map<number, number[]>();
  figures.forEach((f, i) => {
    const l = bySentence.get(f.sentence);
    if (l) l.push(i);
    else bySentence.set(f.sentence, [i]);
  });
  for (const [si, idx] of bySentence) {
    if (idx.length < 2 || !sentences[si] || !LIST_WORD.test(body.slice(sentences[si].start, sentences[si].end))) continue;
    const toks = tokenize(body, sentences[si].start, sentences[si].end);
    const drafts = idx.map((i) => ({ startTok: firstTokenFrom(toks, figures[i].start), phraseEnd: firstTokenFrom(toks, figures[i].end) }));
    drafts.forEach((_, d) => { if (includedIn(toks, drafts, d) !== null) parts.add(idx[d]); });
  }
  return parts;
}
