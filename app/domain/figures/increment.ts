/**
 * Figures that add to another rather than estimate it: "a further 200,000
 * marched in other cities", "another 30 people were injured", "200 autres
 * personnes", "otros 12 cuerpos", "30 muertos más". They count something
 * beyond the figure they follow, so they never compete with it. The words
 * are the lexicon's `increments` (lexicons/increment-words.ts).
 */
import type { FigureLexicon } from './lexicon';
import { EN } from './lexicons/en';
import { EDGE_AFTER, phraseAlternation } from './phrase-pattern';

/** A language's words for a figure that adds to another. */
export interface IncrementWords {
  /** Right before the number ("a further", "another", "otras", "encore"). */
  before: readonly string[];
  /** Right after the figure, or opening its counted phrase ("more", "others", "autres", "supplémentaires", "más"). */
  after: readonly string[];
  /** Before a `before` word, making it something else ("entre" in "entre otros 40", "reste" in "il reste encore 12"). */
  notBefore?: readonly string[];
  /** Phrases that start with an `after` word but are something else ("más o menos"). */
  notAfter?: readonly string[];
}

interface Compiled { before: RegExp; after: RegExp; counted: RegExp }

const compiled = new WeakMap<IncrementWords, Compiled>();

function compile(w: IncrementWords): Compiled {
  let c = compiled.get(w);
  if (!c) {
    const blocked = w.notBefore?.length ? `(?:(${phraseAlternation(w.notBefore)})\\s+)?` : '';
    const notAfter = w.notAfter?.length ? `(?!${phraseAlternation(w.notAfter)}${EDGE_AFTER})` : '';
    const after = phraseAlternation(w.after);
    c = {
      before: new RegExp(`(?:^|[\\s(«"“])${blocked}${phraseAlternation(w.before)}\\s+$`, 'iu'),
      after: new RegExp(`^\\s+${notAfter}${after}${EDGE_AFTER}`, 'iu'),
      counted: new RegExp(`^${after}${EDGE_AFTER}`, 'iu'),
    };
    compiled.set(w, c);
  }
  return c;
}

/**
 * Whether the figure at [at, end) of `sentence` (offsets into it) adds to
 * another figure instead of estimating the same thing. `counted` is the
 * figure's counted phrase, whose first word may say so ("200 autres
 * personnes" counts "autres personnes").
 *
 * @example isIncrement('Police said 300 were held and another 40 were released.', 35, 37) // true
 * @example isIncrement('Police said 300 were held.', 12, 15) // false
 * @example isIncrement('Otras 200 personas murieron.', 6, 18, ES) // true
 */
export function isIncrement(sentence: string, at: number, end: number, lexicon: FigureLexicon = EN, counted: string | null = null): boolean {
  if (!lexicon.increments) return false;
  const c = compile(lexicon.increments);
  const before = c.before.exec(sentence.slice(Math.max(0, at - 40), at));
  if (before && before[1] === undefined) return true;
  return c.after.test(sentence.slice(end, end + 25)) || (counted !== null && c.counted.test(counted));
}
