/**
 * A settlement named as part of the area the article covers ("in the hill
 * village of Brenna", "in the town of Gedda", "in Brenna alone", "dans le
 * village de Brenna", "en la localidad de Gedda", "solo en Lorn"): the name,
 * lower case, with its noun. Only a name the article's lead does not hold
 * narrows the place: a report about the town of Gedda counts Gedda's dead.
 * The words are the lexicon's `settlements` (lexicons/settlement-words.ts).
 */
import { EDGE_AFTER, EDGE_BEFORE, phraseAlternation } from './phrase-pattern';

/** A language's words for a settlement within the article's area. Lower case; names are capitalised. */
export interface SettlementWords {
  /** Before the settlement ("in", "dans", "en"); also capitalised at a sentence start. */
  prepositions: readonly string[];
  /** Optional article after the preposition ("the", "le", "l'", "el"). */
  articles: readonly string[];
  /** Nouns of a place smaller than a region ("village", "town", "commune", "pueblo"). */
  nouns: readonly string[];
  /** Between the noun and the name ("of", "de", "d'"). */
  linkers: readonly string[];
  /** "Only there": a preposition and a name, with a word before ("solo en Lorn") or after ("in Lorn alone"). */
  alone: { prepositions: readonly string[]; before: readonly string[]; after: readonly string[] };
}

/** A capitalised name of one or two words. */
const NAME = "(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)";

interface Compiled { hint: RegExp; hintAtStart: RegExp; place: RegExp }

const compiled = new WeakMap<SettlementWords, Compiled>();

const elided = (w: string) => /['’]$/.test(w);
const capitalised = (words: readonly string[]) => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
/** Words each followed by spaces, or by nothing when elided ("l'", "d'"). */
const spaced = (words: readonly string[]) => `(?:${words.map((w) => phraseAlternation([w]) + (elided(w) ? '\\s*' : '\\s+')).join('|')})`;

function compile(w: SettlementWords): Compiled {
  let c = compiled.get(w);
  if (!c) {
    const named = `${EDGE_BEFORE}${phraseAlternation(capitalised(w.prepositions))}\\s+${w.articles.length ? `${spaced(w.articles)}?` : ''}(?:\\p{Ll}+\\s+)?(${phraseAlternation(w.nouns)})\\s+${spaced(w.linkers)}${NAME}`;
    const alonePrep = phraseAlternation(capitalised(w.alone.prepositions));
    const forms = [named];
    if (w.alone.before.length) forms.push(`${EDGE_BEFORE}${phraseAlternation(capitalised(w.alone.before))}\\s*${alonePrep}\\s+${NAME}`);
    if (w.alone.after.length) forms.push(`${EDGE_BEFORE}${alonePrep}\\s+${NAME}\\s+${phraseAlternation(w.alone.after)}${EDGE_AFTER}`);
    const hints = [
      // a regex that starts with a literal space runs several times faster than one that starts with an edge
      ...w.nouns.flatMap((n) => w.linkers.map((l) => `${n} ${l}`)),
      ...w.alone.before,
      ...w.alone.after,
    ];
    c = {
      hint: new RegExp(` ${phraseAlternation(hints)}`, 'i'),
      hintAtStart: new RegExp(`^["“«¿]?${phraseAlternation(hints)}`, 'i'),
      place: new RegExp(forms.join('|'), 'u'),
    };
    compiled.set(w, c);
  }
  return c;
}

/**
 * The settlement a sentence narrows its figures to, lower case ("brenna
 * village"), or null; a name the lead holds narrows nothing.
 *
 * @example settlementPlace('In the hill village of Brenna, 23 people died.', 'Floods in the north', EN_SETTLEMENTS) // 'brenna village'
 */
export function settlementPlace(text: string, lead: string, words: SettlementWords): string | null {
  const c = compile(words);
  if (!c.hint.test(text) && !c.hintAtStart.test(text)) return null;
  const m = c.place.exec(text);
  if (!m) return null;
  const name = m[2] ?? m[3] ?? m[4];
  if (lead.toLowerCase().includes(name.toLowerCase())) return null;
  return m[1] ? `${name} ${m[1]}`.toLowerCase() : name.toLowerCase();
}
