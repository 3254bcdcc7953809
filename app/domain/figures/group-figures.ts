import type { Figure, FigureGroup, Span } from '../extraction/types';
import type { FigureLexicon } from './lexicon';
import { tokenize } from './tokenize';
import { figureClasses, TALLY_CLASSES } from './classes';
import { figureFrame, hasClauses, sentenceFrame, type Scope, type SentenceFrame } from './frame';
import { isDenied, mayDeny } from './denial';
import { isIncrement } from './increment';
import { includedIn } from './find-figures';
import { figureInterval, verdictOf } from './intervals';
import { lexiconFor } from './lexicon';
import { EN } from './lexicons/en';

interface Member {
  index: number;
  cls: string;
  head: string | null;
  scope: Scope;
  /** A year the sentence dates its event to ("in 2009, when …"), or null. */
  era: string | null;
  /** A narrower place than the article's ("on Mill Street"), or null. */
  place: string | null;
  unit: string;
}

interface Cluster {
  /** The counted class of its named members; null while only implicit nouns ("the toll has risen to 57") are in it. */
  head: string | null;
  /** 'day' or 'running' once a member states it; null while every member's scope is unsaid. */
  scope: 'day' | 'running' | 'other' | null;
  members: Member[];
  /** Figure indices of the members with a named head, in increasing order. */
  named: number[];
}

/**
 * Figures can only compete when event class, unit, dated event (era) and
 * place scope match. A one-day toll never competes with a running total;
 * a figure whose sentence leaves the time unsaid may compete with either.
 */
function baseKey(m: Member): string {
  return `${m.cls}|${m.unit}|${m.era ?? ''}|${m.place ?? ''}`;
}

function scopeKind(m: Member): Cluster['scope'] {
  if (m.scope === 'unknown') return null;
  if (TALLY_CLASSES.has(m.cls)) return m.scope === 'day' ? 'day' : 'running';
  return m.scope === 'day' ? 'day' : 'other';
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

/** Of the clusters a member fits, the one in its own time scope (a running total for an unsaid one), else the one with the nearest named figure. */
function closest(candidates: Cluster[], m: Member): Cluster | null {
  let best: Cluster | null = null;
  let bestScore = -Infinity;
  const kind = scopeKind(m);
  for (const cl of candidates) {
    // A figure whose time is unsaid is taken for a running total where one is being measured.
    const sameScope = cl.scope !== null && (cl.scope === kind || (kind === null && cl.scope === 'running')) ? 1e9 : 0;
    const score = sameScope - nearestDistance(cl.named, m.index);
    if (score > bestScore) { bestScore = score; best = cl; }
  }
  return best;
}

/**
 * The head a member is grouped under: turnout counts people whatever the noun
 * ("protesters", "the crowd"), and so do arrests ("47 people were arrested",
 * "80 protesters were detained" count the same arrests). `h` is the counted class.
 */
function groupHead(cls: string, h: string | null): string | null {
  if (cls === 'attended' && (h === null || h === 'protesters' || h === 'people')) return 'people';
  if (cls === 'detained' && (h === 'protesters' || h === 'people')) return 'people';
  return h;
}

/** What groupFigures may know beyond the body. */
export interface GroupOptions {
  /** The article's title: with the first sentence, the lead whose places are the article's own. */
  title?: string | null;
  /**
   * Who gave figure i where its sentence names several sources (null: the
   * sentence's attribution counts); asked only of grouped figures.
   */
  figureSource?: (figure: number) => string | null;
  /**
   * The language of each sentence (BCP 47), whose lexicon's words say which
   * figures are denied or added to another; English where absent or unread.
   */
  languages?: readonly string[];
}

/**
 * Figures that seem to measure the same thing (same event, counted class,
 * time scope, dated event and place), with a consistent/conflicting verdict
 * from their intervals and who gave each figure (`sources`, from the
 * sentences' attributions when given, or `options.figureSource`). A figure
 * the sentence only reports to deny ("denied reports that 10,000 died") is
 * no one's estimate and joins no group. Each figure is framed by its own
 * clause where a sentence joins two statements.
 *
 * @example groupFigures(body, sentences, figures) // [{ label: 'civilians killed', figures: [9, 13], verdict: 'consistent', sources: ['UN', null] }]
 */
export function groupFigures(
  body: string,
  sentences: Span[],
  figures: Figure[],
  attributions: (string | null)[] = [],
  options: GroupOptions = {},
): FigureGroup[] {
  const lead = `${options.title ?? ''}\n${sentences[0] ? body.slice(sentences[0].start, sentences[0].end) : ''}`;
  // Scopes only for sentences that hold a figure with an event: most have none.
  const frames = new Map<number, SentenceFrame>();
  const frameOf = (si: number): SentenceFrame => {
    let fr = frames.get(si);
    if (fr === undefined) {
      fr = sentences[si] ? sentenceFrame(readOf(si).text, lead, readOf(si).lexicon.settlements ?? null) : { scope: 'unknown', era: null, place: null };
      frames.set(si, fr);
    }
    return fr;
  };
  // What each sentence with such a figure allows: a denial, several clauses (read once per sentence).
  const reads = new Map<number, { text: string; lexicon: FigureLexicon; mayDeny: boolean; clauses: boolean }>();
  const readOf = (si: number) => {
    let r = reads.get(si);
    if (r === undefined) {
      const text = body.slice(sentences[si].start, sentences[si].end);
      const language = options.languages?.[si];
      const lexicon = (language && lexiconFor(language)) || EN;
      r = { text, lexicon, mayDeny: mayDeny(text, lexicon), clauses: hasClauses(text) };
      reads.set(si, r);
    }
    return r;
  };
  const parts = partOfList(body, sentences, figures);
  const members: Member[] = [];
  figures.forEach((f, index) => {
    const classes = figureClasses(f);
    // A count of protesters with no verb is a turnout ("a figure of 40,000 protesters").
    const cls = classes.eventClass ?? (classes.countedClass === 'protesters' ? 'attended' : null);
    if (!cls || parts.has(index)) return;
    const span = sentences[f.sentence];
    const fr = span ? readOf(f.sentence) : null;
    if (span && fr!.mayDeny && isDenied(fr!.text, f.start - span.start, f.end - span.start, fr!.lexicon)) return;
    // "a further 200,000 in other cities", "another 30 injured", "200 autres personnes": added to a figure, not a rival of it
    if (span && isIncrement(fr!.text, f.start - span.start, f.end - span.start, fr!.lexicon, f.counted)) return;
    const frame = span && fr!.clauses ? figureFrame(fr!.text, f.start - span.start, lead, frameOf(f.sentence), fr!.lexicon.settlements ?? null) : frameOf(f.sentence);
    members.push({ index, cls, head: groupHead(cls, classes.countedClass), ...frame, unit: `${f.unit}:${f.currency ?? ''}` });
  });
  // Members of a cluster share the base key, head (when named) and a compatible time scope.
  // Members that state their time scope go first, so that a figure whose time is unsaid
  // joins the measure of its own kind ("at least 70 people had died" is a running total
  // beside "the toll has risen to 57", not Monday's eight dead); named before implicit nouns.
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster[]>();
  const fits = (cl: Cluster, m: Member) => {
    const k = scopeKind(m);
    return k === null || cl.scope === null || cl.scope === k;
  };
  const join = (cl: Cluster, m: Member) => {
    cl.members.push(m);
    cl.scope ??= scopeKind(m);
    if (m.head !== null) {
      cl.head ??= m.head;
      cl.named.push(m.index);
    }
  };
  const stated = (m: Member) => scopeKind(m) !== null;
  const unplaced: Member[] = [];
  const order = [
    ...members.filter((m) => m.head !== null && stated(m)),
    ...members.filter((m) => m.head === null && stated(m)),
    ...members.filter((m) => m.head !== null && !stated(m)),
    ...members.filter((m) => m.head === null && !stated(m)),
  ];
  for (const m of order) {
    const key = baseKey(m);
    const list = byKey.get(key);
    // A share is of a population: "more than half of renters" and a bare "over 10%" (a rise) are not one measure.
    const sameHead = (cl: Cluster) => (m.unit.startsWith('percent:') ? cl.head === m.head : m.head === null || cl.head === null || cl.head === m.head);
    const c = closest((list ?? []).filter((cl) => sameHead(cl) && fits(cl, m)), m);
    if (c) { join(c, m); continue; }
    // A figure with an implicit noun ("killed hundreds") only joins a measure, unless it states its time.
    if (m.head === null && !stated(m)) {
      unplaced.push(m);
      continue;
    }
    const cl: Cluster = { head: m.head, scope: scopeKind(m), members: [m], named: [m.index] };
    clusters.push(cl);
    if (list) list.push(cl);
    else byKey.set(key, [cl]);
  }
  // Implicit nouns with no measure to join still compete when different sources give them
  // ("48 lost their lives", and the opposition says "more than 100 dead"): one source per figure.
  // An unattributed figure is the article's own: a source of its own, distinct from every named one.
  const sourceOf = (x: Member) => options.figureSource?.(x.index) ?? attributions[figures[x.index].sentence] ?? null;
  const rivals: Cluster[] = [];
  for (const m of unplaced) {
    const source = sourceOf(m) ?? '';
    const key = baseKey(m);
    const cl = rivals.find((r) => baseKey(r.members[0]) === key && fits(r, m) && r.members.every((x) => (sourceOf(x) ?? '') !== source));
    if (cl) join(cl, m);
    else rivals.push({ head: null, scope: scopeKind(m), members: [m], named: [] });
  }
  clusters.push(...rivals);
  const groups: FigureGroup[] = [];
  for (const { members: cl } of clusters) {
    if (cl.length < 2) continue;
    cl.sort((a, b) => a.index - b.index);
    const named = cl.find((x) => x.head !== null) ?? cl[0];
    const f = figures[named.index];
    groups.push({
      label: `${(f.counted ?? '').toLowerCase()} ${named.cls}`.trim(),
      figures: cl.map((x) => x.index),
      verdict: verdictOf(cl.map((x) => figureInterval(figures[x.index]))),
      sources: cl.map(sourceOf),
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
