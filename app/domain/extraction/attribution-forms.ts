/**
 * Attribution for languages read through `AttributionForms` (French,
 * Spanish, Turkish, Arabic; ADR 023). The shapes are shared, the words come
 * from the lexicon: prefix forms ("selon l'ONU", "بحسب الدفاع المدني"),
 * postpositions ("BM'ye göre", "Bakanlığın açıklamasına göre"), subject–verb
 * ("le ministère a indiqué", "Bakanlık … açıkladı") and verb–subject
 * ("…, a déclaré le ministre", "قال المرصد السوري لحقوق الإنسان إن").
 */
import type { Span } from './types';
import type { AttributionForms } from './language/types';
import { EDGE_AFTER, EDGE_BEFORE, phraseAlternation } from '../figures/phrase-pattern';

/** What one sentence says about its source (same shape as the English reader's). */
type Found = { kind: 'name'; name: string } | { kind: 'pronoun'; pronoun: string } | { kind: 'none' };

interface Token {
  raw: string;
  word: string;
  lower: string;
}

/** A speaker phrase longer than this is a clause, not a name. */
const MAX_SPEAKER = 8;
/** How many sentences back a pronoun may reach for its speaker. */
const PRONOUN_REACH = 6;

const LEADING_PUNCT = /^[«»"“”„‘’'(\[¿¡]+/u;
const TRAILING_PUNCT = /[«»"“”‘’'.,;:!?)\]،؛؟…]+$/u;
/** A token that closes a clause: comma, semicolon or colon, Latin or Arabic, maybe before a closing quote. */
const CLAUSE_END = /[,;:،؛][»”"’']?$/u;
const QUOTE_END = /[»”"][,.]?$/u;
const HAS_DIGIT = /[\p{Nd}]/u;

/**
 * Who each sentence attributes its claim to, read with the language's forms;
 * a pronoun speaker ("il", "ella") resolves to the nearest earlier named one.
 *
 * @example attributeByForms('Selon l\'ONU, 300 civils sont morts.', spans, FRENCH_FORMS) // ['ONU']
 */
export function attributeByForms(body: string, sentences: Span[], forms: AttributionForms): (string | null)[] {
  const reader = formsReaderFor(forms);
  const out: (string | null)[] = [];
  let last: { at: number; name: string } | null = null;
  sentences.forEach((s, i) => {
    const found = reader.findSource(body.slice(s.start, s.end));
    if (found.kind === 'name') {
      out.push(found.name);
      last = { at: i, name: found.name };
    } else if (found.kind === 'pronoun') {
      out.push(last && i - last.at <= PRONOUN_REACH ? last.name : null);
    } else out.push(null);
  });
  return out;
}

const readers = new WeakMap<AttributionForms, FormsReader>();

/** The reader for one lexicon, its regexes compiled once. */
export function formsReaderFor(forms: AttributionForms): FormsReader {
  let r = readers.get(forms);
  if (!r) {
    r = new FormsReader(forms);
    readers.set(forms, r);
  }
  return r;
}

/** The shared attribution shapes over one language's forms. */
class FormsReader {
  private readonly according: RegExp | null;
  /** Speech verbs and figure verbs split into words, by first word, longest first. */
  private readonly verbs: Map<string, string[][]>;
  private readonly figureVerbs: Map<string, string[][]>;
  private readonly figureNouns: Set<string>;
  private readonly adverbs: string[][];
  private readonly relatives: string[][];
  private readonly hint: RegExp | null;

  constructor(private readonly f: AttributionForms) {
    const conj = f.gluedConjunctions.length ? `${phraseAlternation(f.gluedConjunctions)}?` : '';
    const parts: string[] = [];
    if (f.accordingTo.length) parts.push(`${phraseAlternation(f.accordingTo)}${EDGE_AFTER}\\s*`);
    if (f.accordingToGlued.length) parts.push(`${phraseAlternation(f.accordingToGlued)}ـ?\\s*`);
    this.according = parts.length ? new RegExp(`${EDGE_BEFORE}${conj}(?:${parts.join('|')})`, 'iu') : null;
    this.verbs = byFirstWord(f.speechVerbs);
    this.figureVerbs = byFirstWord(f.figureVerbs);
    this.figureNouns = new Set(f.figureNouns);
    this.adverbs = f.adverbs.map((a) => a.split(' ')).sort((a, b) => b.length - a.length);
    this.relatives = f.accordingToRelatives.map((a) => a.split(' ')).sort((a, b) => b.length - a.length);
    // a compound verb may hold adverbs ("a également précisé"): its last word is a hint too
    const lastWords = f.adverbs.length ? [...f.speechVerbs, ...f.figureVerbs].filter((v) => v.includes(' ')).map((v) => v.slice(v.lastIndexOf(' ') + 1)) : [];
    const hints = [...new Set([...f.speechVerbs, ...f.figureVerbs, ...lastWords, ...f.postpositions, ...f.pronounSuffixes])];
    this.hint = hints.length ? new RegExp(`${phraseAlternation(hints)}${EDGE_AFTER}`, 'iu') : null;
  }

  /** The source named by one sentence, without looking at its neighbours. */
  findSource(sentence: string): Found {
    const according = this.fromAccordingTo(sentence);
    if (according) return according;
    if (!this.hint || !this.hint.test(sentence)) return { kind: 'none' };
    const toks = tokenize(sentence);
    return this.fromPostposition(toks) ?? this.fromSpeechVerb(toks) ?? { kind: 'none' };
  }

  /** "selon l'ONU", "de acuerdo con el Gobierno", "وفقا للأمم المتحدة": the source follows. */
  private fromAccordingTo(sentence: string): Found | null {
    if (!this.according) return null;
    const m = this.according.exec(sentence);
    if (!m) return null;
    let rest = sentence.slice(m.index + m[0].length).replace(/^[ـ\s"«“]+/u, '');
    const glued = this.f.accordingToGlued.some((g) => m[0].trimEnd().replace(/ـ$/u, '').toLowerCase().endsWith(g));
    // "وفقا ل" + "لأمم المتحدة": the preposition swallowed the article's first letter
    if (glued && this.f.gluedArticle && rest.startsWith(this.f.gluedArticle.slice(-1)) && !/\s/.test(m[0].slice(-1))) {
      rest = this.f.gluedArticle + rest.slice(1);
    }
    const toks = tokenize(rest);
    // "según informó el Ministerio", "selon ce qu'a indiqué la préfecture", "بحسب ما أعلنت الوزارة": the verb before the source goes
    let i = this.phraseAt(toks, 0, this.relatives);
    const verb = this.verbAt(toks, i);
    if (verb) i += verb;
    else if (i > 0) return null;
    // "selon les chiffres du ministère", "بحسب إحصاءات وزارة الصحة": the statement noun is not the source
    let k = i;
    const modifiers = this.f.statementModifiers ?? [];
    while (k < toks.length - 1 && (this.f.articles.has(toks[k].lower) || modifiers.includes(toks[k].lower))) k++;
    if (this.f.statementNouns.includes(toks[k]?.lower ?? '') && !CLAUSE_END.test(toks[k].raw)) {
      // "el balance oficial de…": modifiers after the noun too
      while (k < toks.length - 2 && modifiers.includes(toks[k + 1].lower) && !CLAUSE_END.test(toks[k].raw)) k++;
      const next = toks[k + 1]?.lower ?? '';
      // "du ministère" (a linker word), "d'Amnesty" (elided into the source: named() drops it), "إحصاءات وزارة" (none)
      const elided = this.f.statementLinkers.some((l) => /['’]$/.test(l) && next.startsWith(l) && next.length > l.length);
      if (next && (this.f.statementLinkers.length === 0 || elided)) i = k + 1;
      else if (next && this.f.statementLinkers.includes(next)) i = k + 2;
    }
    return this.namedAfter(toks, i);
  }

  /**
   * The speaker phrase at token i, or the person's name set off by commas
   * right after it when it is a title: "según el portavoz de la Cruz Roja,
   * Julián Ortega, …" → "Julián Ortega"; "a déclaré le préfet, Anne Roux." →
   * "Anne Roux".
   */
  private namedAfter(toks: Token[], i: number, figure = false): Found | null {
    const phrase = this.phraseAfter(toks, i, figure);
    const end = i + phrase.length;
    if (phrase.length > 1 && /,$/.test(toks[end - 1].raw)) {
      const name: string[] = [];
      for (let k = end; k < toks.length && name.length < 4; k++) {
        const t = toks[k];
        if (!/^\p{Lu}\p{Ll}/u.test(t.word) || HAS_DIGIT.test(t.word) || LEADING_PUNCT.test(t.raw)) break;
        name.push(t.word);
        if (/[,.]$/.test(t.raw) || k === toks.length - 1) {
          if (name.length >= 2) return this.named(name);
          break;
        }
        if (TRAILING_PUNCT.test(t.raw)) break;
      }
    }
    return this.named(phrase);
  }

  /** Tokens taken by the longest of the phrases (split into words) at token i, or 0. */
  private phraseAt(toks: Token[], i: number, phrases: string[][]): number {
    for (const p of phrases) if (p.every((w, k) => toks[i + k]?.lower === w)) return p.length;
    return 0;
  }

  /** "BM'ye göre", "Sağlık Bakanlığı'nın açıklamasına göre": the source stands before the postposition. */
  private fromPostposition(toks: Token[]): Found | null {
    if (!this.f.postpositions.length) return null;
    for (let p = 1; p < toks.length; p++) {
      if (!this.f.postpositions.includes(toks[p].lower)) continue;
      let end = p - 1;
      if (end > 0 && this.f.statementNouns.includes(toks[end].lower)) end--;
      if (CLAUSE_END.test(toks[end].raw)) continue;
      const phrase = [toks[end]];
      // the run of capitalised words before it: "Dünya Sağlık Örgütü'ne"
      for (let i = end - 1; i >= 0 && phrase.length < MAX_SPEAKER && !CLAUSE_END.test(toks[i].raw) && isCapitalised(toks[i].word); i--) {
        phrase.unshift(toks[i]);
      }
      const words = phrase.map((t) => t.word);
      words[words.length - 1] = this.withoutEnding(words[words.length - 1]);
      const found = this.named(words);
      if (found) return found;
    }
    return null;
  }

  /** The last word of a source without its case ending ("BM'ye" → "BM", "Bakanlığa" → "Bakanlık"). */
  private withoutEnding(word: string): string {
    const apostrophe = word.search(/['’]/);
    if (apostrophe > 0) return word.slice(0, apostrophe);
    const lower = word.toLowerCase();
    for (const [ending, replacement] of this.f.sourceEndings) {
      if (lower.length > ending.length + 1 && lower.endsWith(ending)) return word.slice(0, word.length - ending.length) + replacement;
    }
    return word;
  }

  /** Subject–verb or verb–subject around the first speech verb that names a speaker. */
  private fromSpeechVerb(toks: Token[]): Found | null {
    for (let v = 0; v < toks.length; v++) {
      let len = this.verbAt(toks, v);
      // "El Gobierno central elevó la cifra a 45", "رفعت وزارة الصحة حصيلة القتلى": a verb that gives a figure
      const figure = !len && (len = this.figureVerbAt(toks, v)) > 0;
      if (!len) continue;
      // "la cifra", "le chiffre": a verb form after an article is a noun
      if (!figure && len === 1 && v > 0 && this.f.articles.has(toks[v - 1].lower)) continue;
      // "a-t-il déclaré", "estime-t-elle": the verb carries its subject
      for (let k = v; k < v + len; k++) {
        const pronoun = this.gluedPronoun(toks[k].lower);
        if (pronoun) return { kind: 'pronoun', pronoun };
      }
      let start = v;
      while (start > 0 && !/[;:؛]$/.test(toks[start - 1].raw)) start--;
      // "Así lo confirmó el alcalde", "comme l'a indiqué le préfet": only adverbs before the verb, as at a clause start
      const before = start + this.adverbsAt(toks, start) === v ? 0 : v - start;
      const afterBoundary = before === 0 || CLAUSE_END.test(toks[v - 1].raw) || QUOTE_END.test(toks[v - 1].raw);
      // "…, a déclaré le ministre." / "قال المرصد السوري إن …": the speaker follows the verb
      if (afterBoundary && !CLAUSE_END.test(toks[v + len - 1].raw)) {
        const found = this.namedAfter(toks, v + len, figure);
        if (found) return found;
      }
      if (before === 0) continue;
      const found = this.f.verbFinal ? this.named(this.subjectAtStart(toks, start, v)) : this.named(this.phraseBefore(toks, start, v));
      if (found) return found;
    }
    return null;
  }


  /**
   * Length in tokens of the speech verb at token i (a glued conjunction
   * allowed on its first word, adverbs between its words: "a également
   * précisé", "a de son côté indiqué"), or 0.
   */
  private verbAt(toks: Token[], i: number): number {
    for (const verb of this.startingAt(this.verbs, this.withoutPronoun(toks[i].lower))) {
      if (i + verb.length > toks.length) continue;
      let ok = !(verb.length > 1 && CLAUSE_END.test(toks[i].raw));
      let at = i + 1;
      for (let k = 1; k < verb.length && ok; k++, at++) {
        at += this.adverbsAt(toks, at);
        ok = at < toks.length && this.withoutPronoun(toks[at].lower) === verb[k];
        if (ok && k < verb.length - 1 && CLAUSE_END.test(toks[at].raw)) ok = false;
      }
      if (ok) return at - i;
    }
    return 0;
  }

  /** The verbs of an index whose first word is `word`, or is `word` without a glued conjunction ("وقال" → "قال"). */
  private startingAt(index: Map<string, string[][]>, word: string): string[][] {
    const direct = index.get(word);
    if (direct) return direct;
    for (const c of this.f.gluedConjunctions) {
      if (word.length > c.length && word.startsWith(c)) {
        const glued = index.get(word.slice(c.length));
        if (glued) return glued;
      }
    }
    return NONE;
  }

  /** Tokens taken by the adverbs starting at token i ("également", "de son côté", "lui aussi"), or 0. */
  private adverbsAt(toks: Token[], i: number): number {
    let at = i;
    for (let found = true; found;) {
      found = false;
      for (const a of this.adverbs) {
        if (a.every((w, k) => toks[at + k]?.lower === w) && !CLAUSE_END.test(toks[at + a.length - 1]?.raw ?? ',')) {
          at += a.length;
          found = true;
          break;
        }
      }
    }
    return at - i;
  }

  /**
   * Length in tokens of a figure verb at token i whose object, within five
   * words of the same clause, is a figure noun ("elevó este martes la cifra",
   * "a porté le bilan", "chiffre à 2 milliards le coût"), or 0.
   */
  private figureVerbAt(toks: Token[], i: number): number {
    for (const verb of this.startingAt(this.figureVerbs, toks[i].lower)) {
      if (i + verb.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < verb.length && ok; k++) {
        ok = k === 0 || toks[i + k].lower === verb[k];
        if (ok && k < verb.length - 1 && CLAUSE_END.test(toks[i + k].raw)) ok = false;
      }
      if (!ok || CLAUSE_END.test(toks[i + verb.length - 1].raw)) continue;
      for (let k = i + verb.length; k < toks.length && k < i + verb.length + 5; k++) {
        if (this.figureNouns.has(toks[k].lower)) return verb.length;
        if (CLAUSE_END.test(toks[k].raw)) break;
      }
    }
    return 0;
  }

  /** The pronoun glued to an inverted verb ("a-t-il" → "il"), or null. */
  private gluedPronoun(word: string): string | null {
    const suffix = this.f.pronounSuffixes.find((p) => word.endsWith(p) && word.length > p.length);
    return suffix ? suffix.replace(/^-(?:t-)?/, '') : null;
  }

  private withoutPronoun(word: string): string {
    const suffix = this.f.pronounSuffixes.find((p) => word.endsWith(p) && word.length > p.length);
    return suffix ? word.slice(0, -suffix.length) : word;
  }

  /**
   * The speaker phrase starting at token i: up to a comma, a stop word, a
   * number or MAX_SPEAKER words; with a glued definite article (Arabic), a
   * name goes on after a definite word only with definite or linked words
   * ("المرصد السوري لحقوق الإنسان", not "وزارة الصحة اعتقال").
   */
  private phraseAfter(toks: Token[], i: number, figure = false): string[] {
    const { f } = this;
    const out: string[] = [];
    let definite: boolean | null = null;
    for (let k = i; k < toks.length && out.length <= MAX_SPEAKER; k++) {
      const t = toks[k];
      if (!t.word || f.stops.has(t.lower) || HAS_DIGIT.test(t.word)) break;
      // after a figure verb, the figure's noun is its object: "elevó la cifra", "رفعت الوزارة حصيلة"
      if (figure && this.figureNouns.has(t.lower)) break;
      if (LEADING_PUNCT.test(t.raw) && out.length > 0) break;
      if (f.definitePrefix && definite !== null) {
        const isDefinite = this.isDefinite(t.word);
        const linked = !isDefinite && f.linkPrefixes.some((p) => t.word.startsWith(p) && t.word.length > p.length + 2);
        if (!(isDefinite || (linked && definite) || (!linked && !definite))) break;
      }
      if (f.definitePrefix) definite = this.isDefinite(t.word);
      out.push(t.word);
      if (CLAUSE_END.test(t.raw) || /[.!?؟]$/.test(t.raw)) break;
    }
    return out.length > MAX_SPEAKER ? [] : out;
  }

  private isDefinite(word: string): boolean {
    const p = this.f.definitePrefix;
    return word.startsWith(p) || this.f.gluedConjunctions.some((c) => word.startsWith(c + p));
  }

  /** The speaker right before the verb: back to a comma or the clause start ("Dans un communiqué, le ministère a indiqué"). */
  private phraseBefore(toks: Token[], start: number, v: number): string[] {
    let i = v - 1;
    const out: Token[] = [toks[i]];
    // "Le porte-parole, Jean Dupont, a déclaré": the name between commas
    for (i--; i >= start && !CLAUSE_END.test(toks[i].raw); i--) out.unshift(toks[i]);
    // "El ministro también dijo", "el alcalde ya anunció": adverbs before the verb are not the speaker
    for (let cut = true; cut && out.length > 1;) {
      cut = false;
      for (const a of this.adverbs) {
        if (a.length < out.length && a.every((w, k) => out[out.length - a.length + k].lower === w)) {
          out.splice(out.length - a.length);
          cut = true;
          break;
        }
      }
    }
    if (out.length > MAX_SPEAKER) return [];
    if (out.length === 1 && this.f.thirdPerson.has(out[0].lower)) return [out[0].word];
    if (out.some((t) => this.f.stops.has(t.lower) || HAS_DIGIT.test(t.word))) return [];
    return out.map((t) => t.word);
  }

  /**
   * Subject-first, verb-final languages: the words before a first comma
   * ("Bakanlık, … söyledi"), else the first word and the capitalised run
   * after it at the start of the sentence or of a later clause ("…, yetkililer
   * ise … açıkladı"); a clause opened by a stop word ("yaklaşık 2 milyon") has none.
   */
  private subjectAtStart(toks: Token[], start: number, v: number): string[] {
    if (LEADING_PUNCT.test(toks[start].raw)) return [];
    for (let i = start; i < v && i - start < 6; i++) {
      if (!CLAUSE_END.test(toks[i].raw)) continue;
      const chunk = toks.slice(start, i + 1);
      const named = chunk.length === 1 || isCapitalised(chunk[chunk.length - 1].word);
      if (named && !chunk.some((t) => HAS_DIGIT.test(t.word) || this.f.stops.has(t.lower))) return chunk.map((t) => t.word);
      break;
    }
    // the clause nearest the verb first, the sentence start last
    const starts: number[] = [];
    for (let i = v - 2; i >= start; i--) if (CLAUSE_END.test(toks[i].raw)) starts.push(i + 1);
    starts.push(start);
    for (const c of starts) {
      const run = [toks[c]];
      for (let i = c + 1; i < v && run.length < MAX_SPEAKER && isCapitalised(toks[i].word) && !CLAUSE_END.test(toks[i - 1].raw); i++) {
        run.push(toks[i]);
      }
      if (run.some((t) => HAS_DIGIT.test(t.word)) || this.f.stops.has(run[0].lower)) continue;
      return run.map((t) => t.word);
    }
    return [];
  }

  /** The words as a Found: articles dropped, a pronoun kept as a pronoun. */
  private named(words: string[]): Found | null {
    const { f } = this;
    // "l'ONU" → "ONU": an elided article on the first word goes
    let ws = words.map((w, i) => (i > 0 ? w : w.replace(/^(?:l|d)['’](?=\p{L})/iu, (a) => (f.articles.has(a.toLowerCase().replace('’', "'")) ? '' : a))));
    while (ws.length > 1 && f.articles.has(ws[0].toLowerCase())) ws = ws.slice(1);
    // "le ministre le 4 novembre": an article left before a stop goes too
    while (ws.length > 1 && f.articles.has(ws[ws.length - 1].toLowerCase())) ws = ws.slice(0, -1);
    ws = ws.filter((w) => w.length > 0);
    if (!ws.length) return null;
    const joined = ws.join(' ').toLowerCase();
    if (f.thirdPerson.has(joined)) return { kind: 'pronoun', pronoun: joined };
    if (ws.length === 1 && (f.articles.has(ws[0].toLowerCase()) || f.stops.has(ws[0].toLowerCase()))) return null;
    return { kind: 'name', name: ws.join(' ') };
  }
}

const NONE: string[][] = [];

/** Phrases split into words, indexed by first word, longest first. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const words of phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length)) {
    const l = m.get(words[0]);
    if (l) l.push(words);
    else m.set(words[0], [words]);
  }
  return m;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** An elided pronoun or conjunction glued to an auxiliary ("l'a", "qu'ont"): two tokens, so "l'a indiqué" holds the verb "a indiqué". */
const ELIDED_AUX = /^((?:qu|l)['’])(a|ont|avait|avaient)$/iu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const word = m[0].replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
    const elided = ELIDED_AUX.exec(word);
    if (elided && word === m[0]) {
      out.push({ raw: elided[1], word: elided[1], lower: elided[1].toLocaleLowerCase() });
      out.push({ raw: elided[2], word: elided[2], lower: elided[2].toLocaleLowerCase() });
      continue;
    }
    out.push({ raw: m[0], word, lower: word.toLocaleLowerCase() });
  }
  return out;
}
