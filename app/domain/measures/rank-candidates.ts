/**
 * Figures a checker might attach to a measure, best first: the matching
 * logic of match-measure.ts turned into a score (same event class first,
 * then the same counted class, then shared place/time words), so that a
 * near miss is still listed, just lower down.
 */
import { countedClass, eventClass, isEventWord } from '../figures/classes';
import { figureKey, type MatchFigure } from './match-measure';
import { sameScope, type FigureScope } from './measure-verdict';
import { placeWords, sharedWords } from './place-words';

export interface CandidateTarget {
  event: string | null;
  counted: string | null;
  unit: string;
  /** Label, place and the members' sentences: where the place/time words come from. */
  text: string;
  members: Array<{ scope: FigureScope | null; scopeDate: string | null }>;
}

export interface RankedCandidate<F> {
  figure: F;
  score: number;
  reason: string;
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Score and reason of one figure against a measure (higher is better). */
export function scoreCandidate(f: MatchFigure, t: CandidateTarget): { score: number; reason: string } {
  const key = figureKey(f);
  const why: string[] = [];
  let score = 0;
  if (key.event && t.event && key.event === t.event) {
    score += 100;
    why.push(`same event (${key.event})`);
  }
  if (key.counted && t.counted && key.counted === t.counted) {
    score += 50;
    why.push(`same counted (${key.counted})`);
  } else if (key.counted && t.counted) {
    // the figure's own words ("women"), not its class's singular form
    why.push(`counts ${f.counted ?? key.counted}, not ${t.counted}`);
  }
  const shared = sharedWords(placeWords(f.context), placeWords(t.text));
  if (shared.length) {
    score += 10 * Math.min(shared.length, 5);
    why.push(`both mention ${shared.slice(0, 3).map(cap).join(', ')}`);
  }
  if (f.unit !== t.unit) {
    score -= 200;
    why.push(`other unit (${f.unit})`);
  }
  if (t.members.length && !t.members.some((m) => sameScope(m, f))) {
    score -= 30;
    why.push('different scope');
  }
  return { score, reason: why.length ? why.join('; ') : 'no shared event, counted class or place' };
}

/** Candidates sorted best first; ties go to the newest figure (highest id). */
export function rankCandidates<F extends MatchFigure & { id: number }>(figures: F[], t: CandidateTarget, limit: number): Array<RankedCandidate<F>> {
  return figures
    .map((figure) => ({ figure, ...scoreCandidate(figure, t) }))
    .sort((a, b) => b.score - a.score || b.figure.id - a.figure.id)
    .slice(0, limit);
}

const NOT_COUNTED = new Set(['the', 'a', 'an', 'were', 'was', 'have', 'has', 'been', 'be', 'are', 'is', 'of', 'in']);

/**
 * The event and counted class a hand-made measure's label names, so that
 * candidates and suggestions find its figures before any is attached.
 *
 * @example keyFromLabel('People displaced in Idlib since 1 Dec 2019') // { event: 'displaced', counted: 'people' }
 */
export function keyFromLabel(label: string): { event: string | null; counted: string | null } {
  const words = label.split(/[\s,;:()]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (!isEventWord(w)) continue;
    const cls = eventClass(w);
    const prev = words[i - 1]?.replace(/[^\p{L}'-]/gu, '');
    const counted = prev && /^\p{L}/u.test(prev) && !NOT_COUNTED.has(prev.toLowerCase()) ? countedClass(prev) : null;
    return { event: cls, counted };
  }
  return { event: null, counted: null };
}
