/**
 * Whether a figure from one article seems to estimate a measure built from
 * others: same counted class and event, comparable scope, and at least one
 * shared place or time word (Idlib, December).
 */
import { figureClasses, eventWords } from '../figures/classes';
import { sameScope, type FigureScope } from './measure-verdict';
import { placeWords, sharedWords } from './place-words';

export interface MatchFigure {
  counted: string | null;
  event: string | null;
  unit: string;
  scope: FigureScope | null;
  scopeDate: string | null;
  /** The figure's sentence and the title of where it comes from. */
  context: string;
  /**
   * The dated event ("2019") and narrow place ("tanner street") the figure's
   * sentence gives, as stored on the figure when its article was read; null
   * when it has no sentence (a source's figure), which is then not compared on them.
   */
  frame?: StoredFrame | null;
}

/** The part of a figure's stored frame beyond its time scope (figure.era, figure.place). */
export interface StoredFrame {
  era: string | null;
  place: string | null;
}

/**
 * A stored figure's frame for matching: its era and place when it comes from a claim, else null.
 *
 * @example frameOf({ claimId: 4, era: '2019', place: null }) // { era: '2019', place: null }
 */
export function frameOf(f: { claimId: number | null; era: string | null; place: string | null }): StoredFrame | null {
  return f.claimId === null ? null : { era: f.era, place: f.place };
}

export interface MatchMeasure {
  counted: string | null;
  event: string | null;
  unit: string;
  label: string;
  place: string | null;
  members: Array<Pick<MatchFigure, 'scope' | 'scopeDate' | 'context' | 'frame'>>;
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Whether two figures speak for the same frame: the same time scope (two
 * one-day tolls of differently named weekdays are two days), the same dated
 * event (a toll "in 2019" is not today's) and the same narrow place (one
 * street is not the town).
 *
 * @example sameFrame({ scope: null, scopeDate: null, frame: { era: '2019', place: null } }, { scope: null, scopeDate: null, frame: { era: null, place: null } }) // false
 */
export function sameFrame(
  a: Pick<MatchFigure, 'scope' | 'scopeDate' | 'frame'>,
  b: Pick<MatchFigure, 'scope' | 'scopeDate' | 'frame'>,
): boolean {
  if (!sameScope(a, b)) return false;
  if (a.scope === 'day' && b.scope === 'day' && a.scopeDate && b.scopeDate && WEEKDAY.test(a.scopeDate) && WEEKDAY.test(b.scopeDate) &&
    a.scopeDate.toLowerCase() !== b.scopeDate.toLowerCase()) {
    return false;
  }
  if (a.frame == null || b.frame == null) return true;
  return a.frame.era === b.frame.era && a.frame.place === b.frame.place;
}

/** The measure key of a figure: event class and head class of what it counts. */
export function figureKey(f: Pick<MatchFigure, 'counted' | 'event'>): { event: string | null; counted: string | null } {
  const c = figureClasses(f);
  return { event: c.eventClass, counted: c.countedClass };
}

/**
 * The stored event words that fall in an event class (the class word itself and
 * every word it stands for), for looking figures up by class.
 *
 * @example eventWordsOf('killed') // ['killed', 'kill', 'kills', 'killing', 'dead', …]
 */
export function eventWordsOf(cls: string): string[] {
  return eventWords(cls);
}

/** Whether most letters of a text are in a script without upper and lower case (Arabic, Hebrew, CJK). */
function writtenWithoutCase(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const uncased = text.match(/\p{Lo}/gu)?.length ?? 0;
  return letters > 0 && uncased * 2 > letters;
}

/**
 * A reason to suggest the pair, or null. A figure written in a script
 * without capitals is not held to the shared-place rule (see below).
 *
 * @example matchReason({ counted: 'people', event: 'displaced', unit: 'count', scope: null, scopeDate: null, context: 'Some 950,000 displaced in Idlib' }, measure) // 'same event (displaced) and counted (people); both mention Idlib'
 */
export function matchReason(f: MatchFigure, m: MatchMeasure): string | null {
  const key = figureKey(f);
  if (!key.event || key.event !== m.event) return null;
  if (f.unit !== m.unit) return null;
  if (key.counted && m.counted && key.counted !== m.counted) return null;
  if (m.members.length > 0 && !m.members.some((x) => sameFrame(x, f))) return null;
  const mine = placeWords(f.context);
  const theirs = placeWords([m.label, m.place ?? '', ...m.members.map((x) => x.context)].join('. '));
  const shared = sharedWords(mine, theirs);
  const counted = key.counted ?? m.counted;
  const same = `same event (${key.event})${counted ? ` and counted (${counted})` : ''}`;
  // Place words are capitalised words: a figure written in a script without capitals (Arabic) has none
  // to share with an English measure, so the pair rests on event, counted class and frame, and says so.
  if (shared.length === 0) return mine.size === 0 && writtenWithoutCase(f.context) ? `${same}; places not compared (written in another script)` : null;
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  return `${same}; both mention ${shared.slice(0, 3).map(cap).join(', ')}`;
}
