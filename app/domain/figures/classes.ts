/**
 * Language-independent classes of what a figure counts and what happened to
 * it. Lexicons map their words onto these keys ("killed", "morts", "قتلى" →
 * killed; "homes", "houses" → houses), so that figures from different
 * articles and languages line up in one measure.
 */
import { LEXICONS, type FigureLexicon } from './lexicon';

/** Events whose figures competing sources estimate; other event words are their own class. */
export type EventClass =
  | 'killed' | 'wounded' | 'displaced' | 'detained' | 'missing' | 'sent' | 'seized' | 'struck'
  | 'destroyed' | 'damaged' | 'affected' | 'rescued' | 'infected' | 'vaccinated' | 'attended';

/** Counted classes with several words in one language ("people", "persons", "residents" → people). */
export type CountedClass = 'people' | 'civilians' | 'children' | 'families' | 'troops' | 'houses' | 'protesters' | 'hectares' | 'refugees' | 'bodies';

/** Classes whose figures are running tallies that competing sources estimate. */
export const TALLY_CLASSES: ReadonlySet<string> = new Set<EventClass>([
  'killed', 'wounded', 'displaced', 'sent', 'detained', 'missing', 'affected', 'infected', 'attended',
  'destroyed', 'damaged',
]);

/**
 * Every lexicon's words → class, merged once; where two lexicons share a word
 * the first in LEXICONS order keeps it, as a lexicon-by-lexicon search would.
 */
function mergedClasses(table: (lx: FigureLexicon) => Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const lx of Object.values(LEXICONS)) {
    const t = table(lx);
    for (const w of Object.keys(t)) if (!out.has(w)) out.set(w, t[w]);
  }
  return out;
}

const EVENT_CLASSES = mergedClasses((lx) => lx.events);
const COUNTED_CLASSES = mergedClasses((lx) => lx.counted);

/**
 * The class of an event word in any language Claimdesk reads ("fleeing" →
 * displaced); an unknown word is its own class; null for no event.
 *
 * @example eventClass('Perished') // 'killed'
 */
export function eventClass(event: string | null): string | null {
  if (!event) return null;
  const w = event.toLowerCase();
  return EVENT_CLASSES.get(w) ?? w;
}

/** Whether a word names an event in some language Claimdesk reads. */
export function isEventWord(word: string): boolean {
  const w = word.toLowerCase();
  return EVENT_CLASSES.has(w);
}

/** Event words of a class in every language, for searching stored figures ("killed" → killed, died, …). */
export function eventWords(cls: string): string[] {
  const out = new Set([cls]);
  for (const lx of Object.values(LEXICONS)) for (const [w, c] of Object.entries(lx.events)) if (c === cls) out.add(w);
  return [...out];
}

/** Lower-case modifiers that narrow nothing ("more people", "local residents" are still people). */
const PLAIN_MODIFIERS = new Set([
  'more', 'other', 'additional', 'further', 'extra', 'new', 'old', 'young', 'elderly', 'local', 'foreign', 'many', 'few',
  'several', 'some', 'senior', 'junior', 'former', 'male', 'female', 'unarmed', 'innocent', 'ordinary', 'fellow', 'total',
  'estimated', 'reported', 'dead', 'wounded', 'injured', 'missing', 'displaced', 'homeless', 'roughly', 'about', 'own',
]);
/** Adjective endings: a modifier with one of them describes, it does not name a subclass. */
const ADJECTIVE_END = /(al|ian|an|ese|ish|ed|ing|ive|ous|ic|ful|less|ern|ary|ent|ant|ible|able|i)$/;

function singular(w: string): string {
  if (w === 'men') return 'man';
  if (w === 'women') return 'woman';
  if (w === 'children') return 'child';
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function classOfWord(raw: string): string {
  const w = raw.toLowerCase();
  const known = COUNTED_CLASSES.get(w);
  if (known !== undefined) return known;
  const s = singular(w);
  return COUNTED_CLASSES.get(s) ?? s;
}

/**
 * The class of a counted noun phrase: its head word's class ("Syrians" and
 * "residents" count people, "homes" and "houses" count houses), narrowed by
 * a noun used as a modifier ("citizen journalists" are a subclass of
 * journalists, never the same count). Adjectives and capitalised words
 * ("Turkish soldiers") do not narrow it.
 *
 * @example countedClass('citizen journalists') // 'citizen journalist'
 */
export function countedClass(counted: string): string {
  let cls = COUNTED_CLASS_OF.get(counted);
  if (cls === undefined) {
    cls = readCountedClass(counted);
    if (COUNTED_CLASS_OF.size >= COUNTED_CLASS_CACHE) COUNTED_CLASS_OF.clear();
    COUNTED_CLASS_OF.set(counted, cls);
  }
  return cls;
}

/** Counted phrases repeat within and across articles; their classes are kept, up to this many. */
const COUNTED_CLASS_CACHE = 4096;
const COUNTED_CLASS_OF = new Map<string, string>();

function readCountedClass(counted: string): string {
  const words = counted.trim().split(/\s+/).map((w) => w.replace(/[^\p{L}'-]/gu, '')).filter(Boolean);
  if (!words.length) return '';
  const raw = words[words.length - 1];
  let head = classOfWord(raw);
  // A capitalised plural head is a nationality or group of people ("Syrians", "Kurds").
  if (head === singular(raw.toLowerCase()) && raw[0] !== raw[0].toLowerCase() && raw.toLowerCase().endsWith('s')) head = 'people';
  const mod = words.length > 1 ? words[words.length - 2] : null;
  if (mod && mod === mod.toLowerCase() && !mod.includes('-') && !PLAIN_MODIFIERS.has(mod) && !ADJECTIVE_END.test(mod) &&
    head !== 'people') {
    return `${mod} ${head}`;
  }
  return head;
}

/** Counted classes that are lost by being destroyed ("2,600 homes lost"), never by dying. */
const LOST_THINGS: ReadonlySet<string> = new Set(['houses', 'building']);

/**
 * The classes a figure is matched on, within an article (groupFigures) and
 * across articles (measure keys, and the stored match keys): its event's
 * class and its counted noun's class (null when it names none), with the
 * readings that depend on both. A count of bodies ("recovered 212 bodies",
 * "contó 40 cadáveres") counts people killed, whatever was done with them;
 * "homes lost" were destroyed ("lost" is a death only for the living).
 *
 * @example figureClasses({ event: 'fled', counted: 'residents' }) // { eventClass: 'displaced', countedClass: 'people' }
 * @example figureClasses({ event: 'recovered', counted: 'bodies' }) // { eventClass: 'killed', countedClass: 'people' }
 */
export function figureClasses(f: { event: string | null; counted: string | null }): { eventClass: string | null; countedClass: string | null } {
  const counted = (f.counted && countedClass(f.counted)) || null;
  if (counted === 'bodies') return { eventClass: 'killed', countedClass: 'people' };
  const event = eventClass(f.event);
  if (event === 'killed' && f.event?.toLowerCase() === 'lost' && counted !== null && LOST_THINGS.has(counted)) {
    return { eventClass: 'destroyed', countedClass: counted };
  }
  return { eventClass: event, countedClass: counted };
}
