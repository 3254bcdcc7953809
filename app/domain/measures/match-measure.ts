/**
 * Whether a figure from one article seems to estimate a measure built from
 * others: same counted class and event, comparable scope, and at least one
 * shared place or time word (Idlib, December).
 */
import { countedClass, eventClass, eventWords } from '../figures/classes';
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
}

export interface MatchMeasure {
  counted: string | null;
  event: string | null;
  unit: string;
  label: string;
  place: string | null;
  members: Array<Pick<MatchFigure, 'scope' | 'scopeDate' | 'context'>>;
}

/** The measure key of a figure: event class and head class of what it counts. */
export function figureKey(f: Pick<MatchFigure, 'counted' | 'event'>): { event: string | null; counted: string | null } {
  return { event: eventClass(f.event), counted: f.counted ? countedClass(f.counted) : null };
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

/**
 * A reason to suggest the pair, or null.
 *
 * @example matchReason({ counted: 'people', event: 'displaced', unit: 'count', scope: null, scopeDate: null, context: 'Some 950,000 displaced in Idlib' }, measure) // 'same event (displaced) and counted (people); both mention Idlib'
 */
export function matchReason(f: MatchFigure, m: MatchMeasure): string | null {
  const key = figureKey(f);
  if (!key.event || key.event !== m.event) return null;
  if (f.unit !== m.unit) return null;
  if (key.counted && m.counted && key.counted !== m.counted) return null;
  if (m.members.length > 0 && !m.members.some((x) => sameScope(x, f))) return null;
  const mine = placeWords(f.context);
  const theirs = placeWords([m.label, m.place ?? '', ...m.members.map((x) => x.context)].join('. '));
  const shared = sharedWords(mine, theirs);
  if (shared.length === 0) return null;
  const counted = key.counted ?? m.counted;
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  return `same event (${key.event})${counted ? ` and counted (${counted})` : ''}; both mention ${shared.slice(0, 3).map(cap).join(', ')}`;
}
