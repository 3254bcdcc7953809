import type { Span } from './types';
import type { AttributionLexicon, Language } from './language/types';
import { DEFAULT_LANGUAGE } from './language/languages';
import { attributeByForms, formsReaderFor } from './attribution-forms';
import { isSpace } from './sentence-chars';
import { HASH_SEED, hashStep, SeenWords } from './seen-words';
import { clauseSpans, hasClauses } from '../figures/frame';
import { EDGE_AFTER, EDGE_BEFORE, phraseAlternation } from '../figures/phrase-pattern';

/** What one sentence says about its source, before pronouns are resolved. */
export type Found = { kind: 'name'; name: string } | { kind: 'pronoun'; pronoun: string } | { kind: 'none' };

/** A whitespace-delimited token of the sentence; `word` has the punctuation around it removed. */
interface Token {
  raw: string;
  word: string;
  lower: string;
  /** raw lower-cased. */
  rawLower: string;
  /** TOKEN bits. */
  flags: number;
}

/** Bits of Token.flags: what the reader's pre-filters and verb loop ask of a token. */
const TOKEN = {
  speechVerb: 1,
  figureVerb: 2,
  clauseSpeechVerb: 4,
  /** Holds K (Kelvin) or ſ, which match k and s under /iu: the regexes must look for themselves. */
  folds: 8,
  /** The raw token, lower-cased, ends with the last word of an according-to form. */
  accordingEnd: 16,
  /** The raw token is "by" in any case. */
  by: 32,
  /** endsWithStop(raw): a comma, colon, quote or bracket ends the token, or a sentence's period. */
  stopEnd: 64,
  /** startsWithStop(raw): an opening quote or bracket. */
  stopStart: 128,
  commaEnd: 256,
  /** The word starts with an upper-case letter. */
  capital: 512,
  /** isNameToken(word). */
  name: 1024,
  /** A clause word that is not an acronym written in capitals. */
  clauseWord: 2048,
  /** "(OCS)": the raw token is bracketed whole. */
  bracketed: 4096,
  /** "state-owned": a modifier dropped from a speaker. */
  modifier: 8192,
  /** "Turkey's" */
  possessive: 16384,
  /** looksLikeVerb. */
  verbLike: 32768,
} as const;
const VERB = TOKEN.speechVerb | TOKEN.figureVerb | TOKEN.clauseSpeechVerb;

/** How many sentences back a pronoun may reach for its speaker. */
const PRONOUN_REACH = 6;
/** A speaker phrase longer than this is a clause, not a name. */
const MAX_SPEAKER_TOKENS = 10;
/** Longest name between commas that may stand for the speaker ("the envoy, Ines Ortega, said"). */
const MAX_APPOSITIVE_NAME = 5;

/**
 * Finds who each sentence attributes its claim to ("according to X", "X said",
 * "said X", "X, a monitoring group, said", "…, reported by X,", "X put the
 * toll at N"); pronouns resolve to the nearest earlier named speaker. The
 * words come from `language` (English when absent).
 *
 * @example attributeSentences('U.N. spokesman Stephane Dujarric said 9 died. Aid is short, he said.', spans)
 *   // → ['Stephane Dujarric', 'Stephane Dujarric']
 */
export function attributeSentences(
  body: string,
  sentences: Span[],
  language: Language = DEFAULT_LANGUAGE,
): (string | null)[] {
  const rules = language.attribution;
  if (rules.reader === 'forms') return attributeByForms(body, sentences, rules.words);
  const reader = readerFor(rules.words);
  const out: (string | null)[] = [];
  const speakers: { at: number; name: string; person: boolean }[] = [];
  sentences.forEach((s, i) => {
    const found = reader.findSourceIn(body, s.start, s.end);
    // "Its director said": the organisation named before speaks through its officer.
    const officerOf = found.kind === 'name' ? reader.possessiveOfficer(found.name) : null;
    if (officerOf !== null && found.kind === 'name') {
      out.push(resolvePronoun(false, speakers, i) ?? found.name);
    } else if (found.kind === 'name') {
      out.push(found.name);
      speakers.push({ at: i, name: found.name, person: reader.looksLikePerson(found.name) });
    } else if (found.kind === 'pronoun') {
      out.push(resolvePronoun(reader.lex.personPronouns.has(found.pronoun), speakers, i));
    } else {
      out.push(null);
    }
  });
  return out;
}

/**
 * Who gave figure i (by index into `figures`) where its sentence joins
 * statements of two or more named sources ("…, the ministry said, while the
 * governor said about 900 …"): the source its own clause names (see
 * sourceOfClause); null elsewhere, where the sentence's attribution stands.
 * `languageOf` gives each sentence's language (null: not read).
 *
 * @example figureSourceReader(body, spans, figures, (i) => ENGLISH)(1) // 'governor'
 */
export function figureSourceReader(
  body: string,
  sentences: Span[],
  figures: { start: number; sentence: number }[],
  languageOf: (sentence: number) => Language | null = () => DEFAULT_LANGUAGE,
): (figure: number) => string | null {
  return (i) => {
    const f = figures[i];
    const s = f ? sentences[f.sentence] : undefined;
    const language = f ? languageOf(f.sentence) : null;
    if (!f || !s || !language) return null;
    return sourceOfClause(body.slice(s.start, s.end), f.start - s.start, language);
  };
}

/**
 * Who gave the figure at offset `at` of a sentence that joins statements of
 * two or more named sources ("…, the ministry said, while the governor said
 * about 900 …" → at 900: "governor"): its own clause's source. Null when the
 * sentence is one statement or names fewer than two sources, so the
 * sentence's own attribution (maybe corrected by a checker) stands.
 *
 * @example sourceOfClause('40 died, the ministry said, while the governor said 52 died.', 47) // 'governor'
 */
export function sourceOfClause(sentence: string, at: number, language: Language = DEFAULT_LANGUAGE): string | null {
  const rules = language.attribution;
  if (at < 0 || !hasClauses(sentence)) return null;
  // the wire reader reads a clause in place; the forms reader (French, Spanish…) reads it as a sentence of its own
  const wire = rules.reader === 'wire' ? readerFor(rules.words) : null;
  const forms = rules.reader === 'forms' ? formsReaderFor(rules.words) : null;
  const names = new Set<string>();
  let own: string | null = null;
  for (const [cs, ce] of clauseSpans(sentence)) {
    const found = wire ? wire.findSourceIn(sentence, cs, ce) : forms ? forms.findSource(sentence.slice(cs, ce)) : ({ kind: 'none' } as const);
    if (found.kind === 'name' && (wire === null || wire.possessiveOfficer(found.name) === null)) {
      names.add(found.name);
      if (at >= cs && at < ce) own = found.name;
    }
  }
  return names.size >= 2 ? own : null;
}

/**
 * The source named by one sentence, without looking at its neighbours.
 *
 * @example findSource('Ten soldiers were wounded, opposition activists said.') // → {kind:'name', name:'opposition activists'}
 */
export function findSource(sentence: string, language: Language = DEFAULT_LANGUAGE): Found {
  const rules = language.attribution;
  if (rules.reader === 'forms') return formsReaderFor(rules.words).findSource(sentence);
  return readerFor(rules.words).findSource(sentence);
}

const readers = new WeakMap<AttributionLexicon, SourceReader>();

function readerFor(lex: AttributionLexicon): SourceReader {
  let reader = readers.get(lex);
  if (!reader) {
    reader = new SourceReader(lex);
    readers.set(lex, reader);
  }
  return reader;
}

/** The attribution rules over one language's word lists (regexes compiled once per lexicon). */
class SourceReader {
  /** Cheap pre-filter so that most sentences never get tokenized. */
  private readonly hint: RegExp;
  private readonly asciiHint: RegExp | null;
  private readonly according: RegExp;
  private readonly agent: RegExp;
  private readonly modifier: RegExp;
  /** The according-to forms as lower-case words, when all are ASCII letters (null: no token pre-filter). */
  private readonly accordingForms: string[][] | null;
  private readonly seen: SeenWords<Token>;

  constructor(readonly lex: AttributionLexicon) {
    const verbs = [...lex.speechVerbs, ...lex.figureVerbs, ...lex.clauseSpeechVerbs];
    this.hint = new RegExp(`${EDGE_BEFORE}${phraseAlternation(verbs)}${EDGE_AFTER}`, 'iu');
    // ASCII verbs (English): \b with /i and no /u runs about ten times faster, and still passes every
    // sentence the verb loop can read (a verb token only ever sits between spaces, quotes, brackets or
    // punctuation, none of them word characters). The Kelvin sign, the one letter outside ASCII that
    // lower-cases into it, takes the Unicode test.
    this.asciiHint = verbs.every((v) => /^[a-z]+$/.test(v)) ? new RegExp(`\\b${phraseAlternation(verbs)}\\b`, 'i') : null;
    this.according = new RegExp(`${EDGE_BEFORE}${phraseAlternation(lex.accordingTo)}\\s+`, 'giu');
    this.agent = new RegExp(`,\\s*${phraseAlternation(lex.agentParticiples)}\\s+by\\s+`, 'giu');
    this.modifier = new RegExp(`-${phraseAlternation(lex.modifierSuffixes)}$`, 'iu');
    const forms = lex.accordingTo.map((p) => p.split(' '));
    this.accordingForms = forms.every((f) => f.every((w) => /^[a-z]+$/.test(w))) ? forms : null;
    this.seen = new SeenWords((raw) => this.makeToken(raw));
  }

  /**
   * The sentence's tokens are read first (each distinct token once, see
   * SeenWords); their bits tell which of the regexes can match at all: an
   * according-to form needs its words as whitespace-separated tokens, the
   * agent form a token "by", the verb loop a verb token (ADR 033).
   */
  findSource(sentence: string): Found {
    return this.findSourceIn(sentence, 0, sentence.length);
  }

  /** findSource of text[start, end), read in place: the regexes get the sentence as a string only when its tokens allow a match. */
  findSourceIn(text: string, start: number, end: number): Found {
    const toks = this.tokenize(text, start, end);
    const sentence = () => (start === 0 && end === text.length ? text : text.slice(start, end));
    let any = 0;
    for (let i = 0; i < toks.length; i++) any |= toks[i].flags;
    if (this.accordingForms === null || any & TOKEN.folds || (any & TOKEN.accordingEnd && this.mayHoldAccordingTo(toks))) {
      const according = this.findAccordingTo(sentence());
      if (according) return according;
    }
    if (any & TOKEN.by) {
      const agent = this.findAgent(sentence());
      if (agent) return agent;
    }
    // a verb token always passes the hint, and only verb tokens can give a source (ADR 029)
    if (this.asciiHint === null && !this.hint.test(sentence())) return { kind: 'none' };
    if (!(any & VERB)) return { kind: 'none' };
    for (let v = 0; v < toks.length; v++) {
      const flags = toks[v].flags;
      if (!(flags & VERB)) continue;
      const verb = toks[v].lower;
      let found: Found | null = null;
      if (flags & TOKEN.speechVerb) {
        if (this.lex.citingVerbs.has(verb) && !citesAsSaying(toks, v)) continue;
        if (this.hasNonSpeechObject(toks, v)) continue;
        found = this.speakerOf(toks, v, true);
      } else if (flags & TOKEN.figureVerb && this.namesFigure(toks, v)) {
        found = this.speakerOf(toks, v, false);
      } else if (flags & TOKEN.clauseSpeechVerb && v > 0 && commaEnd(toks[v - 1])) {
        // "The army issued a statement on Monday, saying 30 fighters died": the clause's subject speaks.
        found = this.subjectOf(toks, v);
      }
      if (found) return found;
    }
    return { kind: 'none' };
  }

  /** The runs of non-space characters (`\S+`) of text[from, to), each with its punctuation trimmed and lower-cased. */
  private tokenize(text: string, from = 0, to = text.length): Token[] {
    const out: Token[] = [];
    const n = to;
    for (let i = from; i < n; i++) {
      if (isSpace(text.charCodeAt(i))) continue;
      const start = i;
      let h = HASH_SEED;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (isSpace(c)) break;
        h = hashStep(h, c);
      }
      out.push(this.seen.get(text, start, i, h));
    }
    return out;
  }

  private makeToken(raw: string): Token {
    const { lex } = this;
    const word = trimPunctuation(raw, lex);
    const lower = word.toLowerCase();
    const rawLower = raw.toLowerCase();
    let flags = 0;
    if (lex.speechVerbs.has(lower)) flags |= TOKEN.speechVerb;
    if (lex.figureVerbs.has(lower)) flags |= TOKEN.figureVerb;
    if (lex.clauseSpeechVerbs.has(lower)) flags |= TOKEN.clauseSpeechVerb;
    if (raw.includes('\u212A') || raw.includes('\u017F')) flags |= TOKEN.folds;
    if (this.accordingForms?.some((f) => rawLower.endsWith(f[f.length - 1]))) flags |= TOKEN.accordingEnd;
    if (rawLower === 'by') flags |= TOKEN.by;
    if (endsWithStop(raw)) flags |= TOKEN.stopEnd;
    if (startsWithStop(raw)) flags |= TOKEN.stopStart;
    if (raw.endsWith(',')) flags |= TOKEN.commaEnd;
    if (isCapitalised(word)) flags |= TOKEN.capital;
    if (this.isNameToken(word)) flags |= TOKEN.name;
    if (lex.clauseWords.has(lower) && !lex.acronymsOfClauseWords.has(word)) flags |= TOKEN.clauseWord;
    if (/^\(.*\)$/.test(raw)) flags |= TOKEN.bracketed;
    if (this.modifier.test(word)) flags |= TOKEN.modifier;
    if (/['’]s$/.test(word)) flags |= TOKEN.possessive;
    if (looksLikeVerb(word, lower, lex)) flags |= TOKEN.verbLike;
    return { raw, word, lower, rawLower, flags };
  }

  /**
   * Whether the tokens hold an according-to form: its last words as whole
   * tokens (the regex puts \s+ around them), its first word at a token's end.
   * K and ſ aside (TOKEN.folds), /iu matches ASCII words only in ASCII letters.
   */
  private mayHoldAccordingTo(toks: Token[]): boolean {
    const forms = this.accordingForms as string[][];
    for (let i = 0; i < toks.length; i++) {
      if (!(toks[i].flags & TOKEN.accordingEnd)) continue;
      for (const form of forms) {
        const first = i - form.length + 1;
        if (first < 0) continue;
        let k = form.length - 1;
        while (k > 0 && toks[first + k].rawLower === form[k]) k--;
        if (k === 0 && toks[first].rawLower.endsWith(form[0])) return true;
      }
    }
    return false;
  }

  /** "Its director", "their spokesman": an officer of an organisation named earlier; the officer noun, or null. */
  possessiveOfficer(name: string): string | null {
    const m = /^(?:its|their)\s+(\S+(?:\s+\S+)?)$/i.exec(name);
    return m ? m[1] : null;
  }

  /** "According to X", "as reported by X": the source follows the form. */
  private findAccordingTo(sentence: string): Found | null {
    this.according.lastIndex = 0;
    const m = this.according.exec(sentence);
    if (!m) return null;
    return this.sourceAfter(sentence.slice(m.index + m[0].length));
  }

  /** ", reported by X," : a participle naming its agent. */
  private findAgent(sentence: string): Found | null {
    this.agent.lastIndex = 0;
    const m = this.agent.exec(sentence);
    if (!m) return null;
    return this.sourceAfter(sentence.slice(m.index + m[0].length));
  }

  /** The source phrase at the start of `rest`, up to a clause word, a comma or eight words. */
  private sourceAfter(rest: string): Found | null {
    const { lex } = this;
    const toks = this.tokenize(rest);
    const picked: Token[] = [];
    // "a survey of 2,000 people by the charity Shelter": a statement noun may carry its agent further on
    let limit = 8;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (picked.length > 0 && lex.accordingStop.has(t.lower) && !this.insideName(toks, i)) break;
      // "according to an Internet posting made …", "the latest information received"
      if (picked.length > 0 && /^[a-z]+ed$/.test(t.word)) break;
      if (stopStart(t) && picked.length > 0) break;
      picked.push(t);
      if (picked.length <= 3 && lex.sourceNouns.has(t.lower)) limit = 14;
      if (stopEnd(t) || picked.length >= limit) break;
    }
    // "according to figures from the U.N." names the U.N., not the figures; "a survey of N people by X" names X
    const noun = picked.findIndex((t) => lex.sourceNouns.has(t.lower));
    const agent = noun >= 0 ? picked.findLastIndex((t, i) => i > noun && t.lower === 'by') : -1;
    const via = agent >= 0 ? agent : picked.findIndex((t, i) => i > 0 && /^(?:by|from|of)$/.test(t.lower) && lex.sourceNouns.has(picked[i - 1].lower));
    if (via < 0 && picked.length > 1) {
      const person = this.appositiveNameAfter(toks, picked.length);
      if (person) return person;
    }
    return this.asFound(via >= 0 ? picked.slice(via + 1) : picked);
  }

  /**
   * A stop word that joins two parts of one name: "Board of Trade and
   * Industry", or an acronym spelled like a clause word ("the WHO").
   */
  private insideName(toks: Token[], i: number): boolean {
    const t = toks[i];
    if (this.lex.acronymsOfClauseWords.has(t.word)) return true;
    if (!this.lex.nameConnectors.has(t.lower) || i === 0 || i + 1 >= toks.length) return false;
    return capitalised(toks[i - 1]) && !stopEnd(toks[i - 1]) && capitalised(toks[i + 1]);
  }

  /** "claimed the lives of nine", "claimed 40 lives", "said goodbye": the verb is not speech. */
  private hasNonSpeechObject(toks: Token[], v: number): boolean {
    if (stopEnd(toks[v])) return false;
    for (let i = v + 1; i < toks.length && i <= v + 4; i++) {
      if (this.lex.nonSpeechObjects.has(toks[i].lower)) return true;
      if (stopEnd(toks[i])) break;
    }
    return false;
  }

  /** "put the crowd at 5,000", "gave a lower figure": a figure verb with its figure noun. */
  private namesFigure(toks: Token[], v: number): boolean {
    for (let i = v + 1; i < toks.length && i <= v + 4; i++) {
      if (this.lex.figureNouns.has(toks[i].lower)) return true;
      if (stopEnd(toks[i])) break;
    }
    return false;
  }

  /**
   * The subject of the clause whose verb (or participle) is at `v`: the
   * words from the start of the clause up to its first verb ("Police put
   * the crowd at…" → "Police"; "The ministry condemned the attack and said" →
   * "ministry").
   */
  private subjectOf(toks: Token[], v: number): Found | null {
    let start = v - 1;
    while (start > 0 && !/[;:]$/.test(toks[start - 1].raw) && !/[.!?]["”’]?$/.test(toks[start - 1].raw)) start--;
    if (start < 0) return null;
    let phrase: Token[] = [];
    for (let i = Math.max(0, start); i < v; i++) {
      const t = toks[i];
      if (phrase.length > 0 && this.looksLikeVerb(t)) break;
      if (stopStart(t) && phrase.length > 0) break;
      phrase.push(t);
      if (phrase.length > MAX_SPEAKER_TOKENS) return null;
      if (commaEnd(t) && (this.lex.prepositions.has(phrase[0].lower) || this.lex.asides.has(phrase[0].lower))) {
        phrase = []; // "In a statement on Monday, the ministry …": the fronted phrase is not the subject
        continue;
      }
      if (stopEnd(t)) break;
    }
    if (!phrase.length || phrase.some((t) => this.isClauseWord(t))) return null;
    return this.asFound(phrase);
  }

  private looksLikeVerb(t: Token): boolean {
    return (t.flags & TOKEN.verbLike) !== 0;
  }

  private isClauseWord(t: Token): boolean {
    return (t.flags & TOKEN.clauseWord) !== 0;
  }

  /** The speaker of the speech verb at index v, if the words around it name one. */
  private speakerOf(toks: Token[], v: number, inverted: boolean): Found | null {
    const { lex } = this;
    // '"…," said Jana Novak, a U.N. spokeswoman.' — the speaker follows the verb
    if (inverted && v > 0 && stopEnd(toks[v - 1]) && !stopEnd(toks[v])) {
      const after: Token[] = [];
      for (let i = v + 1; i < toks.length && after.length < 8; i++) {
        if (this.isClauseWord(toks[i]) && toks[i].lower !== 'the') break;
        after.push(toks[i]);
        if (stopEnd(toks[i])) break;
      }
      const closed = after.length > 0 && (stopEnd(after[after.length - 1]) || /\.$/.test(after[after.length - 1].raw));
      // "…, estimated the turnout at 61,000.": a figure follows the verb, not its speaker
      const figure = after.some((t) => /\d/.test(t.word) || lex.figureNouns.has(t.lower));
      if (closed && !figure && (/^[A-Z]/.test(after[0].word) || /^(?:the|a|an)$/.test(after[0].lower))) {
        const person = this.appositiveNameAfter(toks, v + 1 + after.length);
        if (person) return person;
        const via = after.findIndex((t, i) => i > 0 && /^(?:by|from|of)$/.test(t.lower) && lex.sourceNouns.has(after[i - 1].lower));
        const named = this.asFound(via >= 0 ? after.slice(via + 1) : after);
        if (named) return named;
      }
    }
    let end = v - 1;
    while (end >= 0 && lex.speakerAdverbs.has(toks[end].lower) && !stopEnd(toks[end])) end--;
    if (end < 0) return null;
    // "The ministry condemned the attack and said": the subject of the first verb speaks.
    if (lex.coordinators.has(toks[end].lower) && end > 0 && this.verbBefore(toks, end)) return this.subjectOf(toks, end);
    // "The Office for Coastal Safety (OCS) said": the acronym in brackets goes.
    if (end > 0 && /^\([A-Z][A-Za-z.&-]{1,11}\)$/.test(toks[end].raw)) end--;
    if (stopEnd(toks[end])) {
      if (!commaEnd(toks[end])) return null;
      // "The UN envoy to the region, Ines Ortega, said": a name between commas is the speaker.
      const appositive = this.nameBetweenCommas(toks, end);
      if (appositive) return appositive;
      // "The Harbour Relief Network, a charity working in …, said";
      // "Mr. Ford, again, under pressure from the lobby, has insisted": hop over asides
      for (let hop = 0; ; hop++) {
        let open = end - 1;
        while (open >= 0 && end - open <= 20 && !commaEnd(toks[open])) open--;
        if (open < 0 || end - open > 20) return null;
        end = open;
        const aside = open > 0 && commaEnd(toks[open - 1]) && lex.asides.has(toks[open].lower);
        if (!aside || hop >= 2) break;
      }
    }
    const phrase: Token[] = [];
    for (let i = end; i >= 0; i--) {
      if (i < end && stopEnd(toks[i])) break;
      phrase.unshift(toks[i]);
      if (stopStart(toks[i])) break;
      if (phrase.length > MAX_SPEAKER_TOKENS) return null;
    }
    // "a woman grabbed my arm and she said": the pronoun next to the verb is its subject
    const nearest = phrase[phrase.length - 1].lower;
    if (lex.thirdPerson.has(nearest)) return { kind: 'pronoun', pronoun: nearest };
    if (lex.otherPerson.has(nearest)) return { kind: 'none' };
    if (phrase.some((t) => this.isClauseWord(t))) return null;
    return this.asFound(phrase);
  }

  /** A verb between the clause start and `end`: "visited the site and said" coordinates two verbs. */
  private verbBefore(toks: Token[], end: number): boolean {
    for (let i = end - 1; i > 0 && !stopEnd(toks[i - 1]); i--) if (this.looksLikeVerb(toks[i])) return true;
    return false;
  }

  /** "…region, Ines Ortega, said": the capitalised name closed by the comma at `end`, after another comma. */
  private nameBetweenCommas(toks: Token[], end: number): Found | null {
    let open = end;
    while (open > 0 && end - open < MAX_APPOSITIVE_NAME && !stopEnd(toks[open - 1])) open--;
    if (open === 0 || !commaEnd(toks[open - 1]) || end - open + 1 < 2) return null;
    const name = toks.slice(open, end + 1);
    if (!name.every((t) => nameToken(t)) || !this.looksLikePerson(name.map((t) => t.word).join(' '))) return null;
    return this.asFound(name);
  }

  /**
   * "said the spokesman for the agency, Mark Dobson, at…", "según el portavoz
   * de la Cruz Roja, Julián Ortega,": the person's name set off by commas
   * right after a title that ends with a comma at `k - 1`; null when the
   * words there are not a person's name.
   */
  private appositiveNameAfter(toks: Token[], k: number): Found | null {
    if (k === 0 || !commaEnd(toks[k - 1])) return null;
    for (let e = k; e < toks.length && e - k < MAX_APPOSITIVE_NAME; e++) {
      if (!nameToken(toks[e])) return null;
      // the name closes with a comma, a full stop or the sentence; another stop ("…)", ";") is no apposition
      if (commaEnd(toks[e]) || /\.$/.test(toks[e].raw) || e === toks.length - 1) {
        const name = toks.slice(k, e + 1);
        return name.length >= 2 && this.looksLikePerson(name.map((t) => t.word).join(' ')) ? this.asFound(name) : null;
      }
      if (stopEnd(toks[e])) return null;
    }
    return null;
  }

  private asFound(phrase: Token[]): Found | null {
    const { lex } = this;
    const name = this.cleanSpeaker(phrase);
    if (!name) return null;
    const lower = name.toLowerCase();
    if (lex.thirdPerson.has(lower)) return { kind: 'pronoun', pronoun: lower };
    if (lex.otherPerson.has(lower)) return { kind: 'none' };
    if (lex.leadingConnectives.has(lower) || (lex.clauseWords.has(lower) && !lex.acronymsOfClauseWords.has(name))) {
      return null;
    }
    return { kind: 'name', name };
  }

  /**
   * Turns a speaker phrase into the name to show: drops articles, possessors
   * and "-based" modifiers, keeps the name after a title ("U.N. spokesman
   * Jana Novak" → "Jana Novak") or an organisation ("Director of the Monitor
   * for Civil Rights Omar Nasser" → "Omar Nasser").
   */
  private cleanSpeaker(phrase: Token[]): string | null {
    const { lex } = this;
    // "Turkey's state-owned Anadolu news agency" → "Anadolu news agency"
    let toks = phrase.filter(
      (t, i) =>
        t.word.length > 0 &&
        !(t.flags & TOKEN.bracketed) &&
        !(t.flags & TOKEN.modifier) &&
        !(t.flags & TOKEN.possessive && i + 1 < phrase.length && phrase[i + 1].flags & TOKEN.modifier),
    );
    while (toks.length > 1 && lex.leadingConnectives.has(toks[0].lower)) toks = toks.slice(1);
    // "St Brigid's Hospital in the provincial capital": the name ends before where it stands
    const where = toks.findIndex((t, i) => i > 0 && WHERE_WORDS.has(t.lower) && nameToken(toks[i - 1]) && toks[i + 1]?.lower === 'the');
    if (where > 0) toks = toks.slice(0, where);
    if (toks.length === 1 && lex.leadingConnectives.has(toks[0].lower)) return null;
    if (!toks.length) return null;
    const served = this.titledPersonOfPlace(toks);
    if (served) return served;
    const last = toks.length - 1;
    if (!nameToken(toks[last])) return joinWords(toks);
    // the run of capitalised words (joined by "for", "of the", "and", particles) at the end
    let start = last;
    while (start > 0) {
      const prev = toks[start - 1];
      if (nameToken(prev)) {
        start--;
        continue;
      }
      let k = start - 1;
      while (k >= 0 && start - k <= 2 && lex.nameConnectors.has(toks[k].lower) && !capitalised(toks[k])) k--;
      if (k < start - 1 && k >= 0 && nameToken(toks[k])) start = k;
      else break;
    }
    let run = toks.slice(start);
    const before = start > 0 ? toks[start - 1] : null;
    // "aid workers in Idlib" names the workers, not Idlib
    if (before && lex.prepositions.has(before.lower)) return joinWords(toks);
    let lastOrg = -1;
    run.forEach((t, i) => {
      if (lex.orgHeads.has(t.lower)) lastOrg = i;
    });
    if (lastOrg >= 0 && run.length - lastOrg - 1 >= 2 && nameToken(run[lastOrg + 1])) {
      run = run.slice(lastOrg + 1);
    } else if (lastOrg < 0) {
      run = this.dropTitles(run);
    }
    return joinWords(run);
  }

  /**
   * "Governor Amina Yusuf of Kano state", "Mayor Jo Park from the port
   * city": a title, a person's name, then where they serve → the name.
   */
  private titledPersonOfPlace(toks: Token[]): string | null {
    let t = 0;
    while (t < toks.length && this.lex.titleWords.has(toks[t].lower)) t++;
    if (t === 0) return null;
    let e = t;
    while (e < toks.length && nameToken(toks[e]) && !commaEnd(toks[e])) e++;
    if (e - t < 2 || e >= toks.length || (toks[e].lower !== 'of' && toks[e].lower !== 'from')) return null;
    const name = joinWords(toks.slice(t, e));
    return name && this.looksLikePerson(name) ? name : null;
  }

  /**
   * "NASA Administrator Jane Roe" → "Jane Roe"; "Governor of Texas John Doe"
   * → "John Doe" (the place after "of" goes too).
   */
  private dropTitles(run: Token[]): Token[] {
    const { titleWords, nameConnectors } = this.lex;
    const isTitle = (i: number) =>
      titleWords.has(run[i].lower) || (/^[A-Z][A-Z.]+$/.test(run[i].word) && i + 1 < run.length && titleWords.has(run[i + 1].lower));
    let t = 0;
    while (t < run.length - 1 && isTitle(t)) t++;
    if (t > 0 && t < run.length && nameConnectors.has(run[t].lower)) {
      // "Governor of Texas John Doe" → "John Doe"; "Minister of Health" is the office itself
      return run.length - t > 3 ? run.slice(run.length - 2) : run;
    }
    return run.slice(t);
  }

  isNameToken(word: string): boolean {
    if (/^\p{Lu}/u.test(word)) return true;
    // "al-Omar", "bin-Salman"
    const dash = word.indexOf('-');
    return dash > 0 && this.lex.nameParticles.has(word.slice(0, dash).toLowerCase()) && /^\p{Lu}/u.test(word.slice(dash + 1));
  }

  /**
   * A person: one to four capitalised words with no organisation word and no
   * acronym, or a phrase ending in a singular person noun ("Turkish official").
   */
  looksLikePerson(name: string): boolean {
    const words = name.split(' ');
    if (this.lex.personNouns.has(words[words.length - 1].toLowerCase())) return true;
    if (words.length > 4) return false;
    return words.every(
      (w) => this.isNameToken(w) && !this.lex.orgHeads.has(w.toLowerCase()) && !/^[A-Z.]+$/.test(w) && !/\.$/.test(w),
    );
  }
}

/** Prepositions that put a named speaker somewhere ("… Hospital in the capital"). */
const WHERE_WORDS = new Set(['in', 'at', 'near']);

/** "RIA cited Deputy Foreign Minister Ivan Petrov as saying": the citing verb reports only with "as saying". */
function citesAsSaying(toks: Token[], v: number): boolean {
  for (let i = v + 1; i < Math.min(toks.length - 1, v + 12); i++) {
    if (toks[i].lower === 'as' && /^say/.test(toks[i + 1].lower)) return true;
  }
  return false;
}

/** The nearest earlier speaker of the wanted kind within reach (`speakers` in sentence order). */
export function resolvePronoun(
  wantPerson: boolean,
  speakers: { at: number; name: string; person: boolean }[],
  at: number,
): string | null {
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k];
    if (at - s.at > PRONOUN_REACH) break;
    if (s.person === wantPerson) return s.name;
  }
  return null;
}

function joinWords(toks: Token[]): string | null {
  const text = toks.map((t) => t.word).join(' ').trim();
  return text.length ? text : null;
}

/** A finite verb in the past or present tense, as far as word shape and the lexicon tell. */
function looksLikeVerb(word: string, lower: string, lex: AttributionLexicon): boolean {
  if (isCapitalised(word)) return false;
  if (lex.speechVerbs.has(lower) || lex.figureVerbs.has(lower) || lex.commonVerbs.has(lower)) return true;
  return lower.length > 4 && /ed$/.test(lower) && !lex.personNouns.has(lower);
}

const stopEnd = (t: Token): boolean => (t.flags & TOKEN.stopEnd) !== 0;
const stopStart = (t: Token): boolean => (t.flags & TOKEN.stopStart) !== 0;
const commaEnd = (t: Token): boolean => (t.flags & TOKEN.commaEnd) !== 0;
const capitalised = (t: Token): boolean => (t.flags & TOKEN.capital) !== 0;
const nameToken = (t: Token): boolean => (t.flags & TOKEN.name) !== 0;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

const STOP_END = /[,;:"“”)\]?!]$|[,;:]["”’']$/;
const STOP_START = /^["“(\[‘]/;

function endsWithStop(raw: string): boolean {
  return STOP_END.test(raw) || /[a-z]{2}\.$/.test(raw);
}

function startsWithStop(raw: string): boolean {
  return STOP_START.test(raw);
}

const INITIALISM = /^(?:\p{L}\.){2,}$/u;

/** Strips quotes, brackets and sentence punctuation, keeping the dot of "U.N." and "Mr.". */
function trimPunctuation(raw: string, lex: AttributionLexicon): string {
  // most tokens are plain words: skip the regexes for them
  if (isWordChar(raw.charCodeAt(0)) && isWordChar(raw.charCodeAt(raw.length - 1))) return raw;
  let w = raw.replace(/^["“”‘’'(\[]+/, '').replace(/["“”‘’)\],;:?!]+$/, '');
  if (w.endsWith("'") || w.endsWith('’')) w = w.slice(0, -1);
  if (w.endsWith('.') && !INITIALISM.test(w) && !lex.nameAbbreviations.has(w.slice(0, -1))) {
    // "Gazette)." and "agency”.": the bracket or quote the full stop followed goes too.
    w = w.replace(/\.+$/, '').replace(/["“”‘’)\],;:?!]+$/, '');
  }
  return w;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
