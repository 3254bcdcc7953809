/**
 * The counted noun phrase after a number, for languages without English's
 * plural -s to end it: the phrase runs to the first known head noun (the
 * lexicon's `counted`), or is the first word when none comes within three
 * words. A linking "de"/"d'" after a scale word is skipped ("millones de
 * personas", "17 millions d'habitants"); punctuation, numbers, event words
 * and the language's stop words end it.
 */
import type { Token } from './tokenize';
import type { FigureLexicon } from './lexicon';
import type { CountedPhrase } from './counted-event';

export interface CountedRules {
  /** Words between a number and its noun ("de"). */
  linkers: string[];
  /** Words that end the phrase (conjunctions, prepositions, auxiliaries). */
  stops: string[];
  /** Prefixes glued to a word that are not part of the noun ("d'", "l'", Arabic "ال"). */
  elisions?: string[];
}

const MAX_WORDS = 3;

/**
 * Builds a lexicon's `countedAfter` from its rules.
 *
 * @example countedNounPhrase({ linkers: ['de'], stops: ['y'] })(body, tokenize('3 millones de personas y'), 1, …, ES).counted // 'personas'
 */
export function countedNounPhrase(rules: CountedRules): NonNullable<FigureLexicon['countedAfter']> {
  const stops = new Set(rules.stops);
  const linkers = new Set(rules.linkers);
  const elisions = rules.elisions ?? ["d'", 'd’', "l'", 'l’'];
  return (body: string, toks: Token[], j: number, _opts, lx): CountedPhrase => {
    let k = j;
    if (toks[k]?.kind === 'word' && linkers.has(toks[k].lower) && toks[k + 1]?.kind === 'word') k++;
    const first = k;
    let last = -1;
    for (; k < toks.length && k < first + MAX_WORDS; k++) {
      const t = toks[k];
      if (t.kind !== 'word') break;
      const w = stripElision(t.lower, elisions);
      if (stops.has(w)) break;
      // a counted noun that also names an event ("manifestants") is the noun here
      if (Object.hasOwn(lx.counted, w)) {
        last = k;
        break;
      }
      if (Object.hasOwn(lx.events, w)) break;
      last = k;
    }
    if (last < 0) return { counted: null, end: j };
    // no known head: the first word only
    if (!Object.hasOwn(lx.counted, stripElision(toks[last].lower, elisions))) last = first;
    const t0 = toks[first];
    const skip = t0.lower.length - stripElision(t0.lower, elisions).length;
    return { counted: body.slice(t0.s + skip, toks[last].e), end: last + 1 };
  };
}

function stripElision(w: string, elisions: string[]): string {
  for (const e of elisions) if (w.startsWith(e) && w.length > e.length) return w.slice(e.length);
  return w;
}
