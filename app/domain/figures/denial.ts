/**
 * Figures a sentence reports only to deny them: "the ministry denied reports
 * that more than 10,000 people had died", "rejected claims of 3,000 dead",
 * "reports that 500 died were false", "le ministère a démenti le chiffre de
 * 200 morts", "el Gobierno negó la cifra de 300 muertos". They stay figures
 * (a checker may want to check the rumour), but no source asserts them, so
 * they never compete with asserted figures. The words are the lexicon's
 * `denials` (lexicons/denial-words.ts).
 */
import type { FigureLexicon } from './lexicon';
import { EN } from './lexicons/en';
import { EDGE_AFTER, EDGE_BEFORE, phraseAlternation } from './phrase-pattern';

/** A language's words for denying a figure. All lower case; phrases may hold spaces. */
export interface DenialWords {
  /** Denial verbs and phrases ("denied", "played down", "a démenti" as "démenti", "negó"). */
  verbs: readonly string[];
  /** Words between a denial verb and what it denies ("the", "any", "les", "l'", "categóricamente"). */
  determiners: readonly string[];
  /** Where the denied matter starts: report-like nouns ("reports", "chiffre", "cifra"), "that", "que", "avoir". */
  objects: readonly string[];
  /** A verb ending that makes the next word the denied deed ("denied killing"): "ing" in English. */
  gerundEnding?: string;
  /** Report-like nouns whose figure a later predicate calls untrue ("reports that 500 died were false"). */
  reported: readonly string[];
  /** Predicates calling a report untrue ("were false", "as propaganda", "sont fausses", "son falsas"). */
  untrue: readonly string[];
  /** Words between a figure and `untrue` that give the judgement to someone else ("which", "say", "selon"). */
  untrueGuards: readonly string[];
  /** Words that begin a new statement between a denial and the figure ("but", "said", ", and", "mais", "dijo"). */
  newStatement: readonly string[];
  /** Lower-case starts of every denial or untrue word, for a cheap pre-filter ("deni", "démen", "falso"). */
  hints: readonly string[];
}

interface Compiled {
  hint: RegExp;
  hintAtStart: RegExp;
  denial: RegExp;
  reported: RegExp;
  untrue: RegExp;
  guard: RegExp;
  newStatement: RegExp;
}

const compiled = new WeakMap<DenialWords, Compiled>();

function compile(w: DenialWords): Compiled {
  let c = compiled.get(w);
  if (!c) {
    const words = (list: readonly string[]) => `${EDGE_BEFORE}${phraseAlternation(list)}${EDGE_AFTER}`;
    const dets = w.determiners.map((d) => phraseAlternation([d]) + (/['’]$/.test(d) ? '\\s*' : '\\s+'));
    const gerund = w.gerundEnding ? `|\\p{L}+${w.gerundEnding}${EDGE_AFTER}` : '';
    const elided = w.objects.filter((o) => /['’]$/.test(o));
    const objects = `(?:${phraseAlternation(w.objects.filter((o) => !/['’]$/.test(o)))}${EDGE_AFTER}${elided.length ? `|${phraseAlternation(elided)}` : ''}${gerund})`;
    const capitalised = w.hints.map((h) => h.charAt(0).toUpperCase() + h.slice(1));
    c = {
      // a regex that starts with a literal space runs several times faster than one that starts with an edge
      hint: new RegExp(` ${phraseAlternation(w.hints)}`),
      hintAtStart: new RegExp(`^["“«¿]?${phraseAlternation(capitalised)}`),
      denial: new RegExp(`${words(w.verbs)}\\s+(?:${dets.length ? `(?:${dets.join('|')})*` : ''})${objects}`, 'giu'),
      reported: new RegExp(words(w.reported), 'giu'),
      untrue: new RegExp(words(w.untrue), 'iu'),
      guard: new RegExp(`[;,]|${words(w.untrueGuards)}`, 'iu'),
      newStatement: new RegExp(`;|${w.newStatement.map((p) => (/^\p{L}/u.test(p) ? words([p]) : `${phraseAlternation([p])}${EDGE_AFTER}`)).join('|')}`, 'iu'),
    };
    compiled.set(w, c);
  }
  return c;
}

/** Whether a sentence holds any word a denial needs: false rules isDenied out for all its figures. */
export function mayDeny(sentence: string, lexicon: FigureLexicon = EN): boolean {
  if (!lexicon.denials) return false;
  const c = compile(lexicon.denials);
  return c.hint.test(sentence) || c.hintAtStart.test(sentence);
}

/**
 * Whether the figure at [at, end) of a sentence is only reported to be
 * denied: a denial ends before it in the same statement, or a report of it
 * is called untrue after it.
 *
 * @example isDenied('The ministry denied reports that more than 10,000 people had died.', 35, 58) // true
 * @example isDenied('The ministry denied the reports and said 118 people had died.', 40, 50) // false
 * @example isDenied('El Gobierno negó la cifra de 300 muertos.', 29, 40, ES) // true
 */
export function isDenied(sentence: string, at: number, end: number = at, lexicon: FigureLexicon = EN): boolean {
  if (!mayDeny(sentence, lexicon)) return false;
  const c = compile(lexicon.denials!);
  const before = sentence.slice(0, at);
  c.denial.lastIndex = 0;
  for (let m = c.denial.exec(before); m; m = c.denial.exec(before)) {
    const between = before.slice(m.index + m[0].length);
    if (between.length <= 160 && !c.newStatement.test(between)) return true;
  }
  c.reported.lastIndex = 0;
  for (let m = c.reported.exec(before); m; m = c.reported.exec(before)) {
    const between = before.slice(m.index + m[0].length);
    if (between.length > 80 || c.newStatement.test(between)) continue;
    const after = sentence.slice(end, end + 120);
    const untrue = c.untrue.exec(after);
    // "…40 died, which activists say is wrong": someone else disputes an asserted figure
    if (untrue && !c.guard.test(after.slice(0, untrue.index))) return true;
  }
  return false;
}
