import type { Span } from './types';
import {
  CITING_VERBS,
  CLAUSE_WORDS,
  LEADING_CONNECTIVES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORG_HEADS,
  OTHER_PERSON,
  PERSON_NOUNS,
  SPEAKER_ADVERBS,
  SPEECH_VERBS,
  THIRD_PERSON,
  TITLE_WORDS,
} from './attribution-lexicon';

/** What one sentence says about its source, before pronouns are resolved. */
type Found = { kind: 'name'; name: string } | { kind: 'pronoun'; pronoun: string } | { kind: 'none' };

/** A whitespace-delimited token of the sentence; `word` has the punctuation around it removed. */
interface Token {
  raw: string;
  word: string;
  lower: string;
}

/** How many sentences back a pronoun may reach for its speaker. */
const PRONOUN_REACH = 6;
/** One-word asides set off by commas ("Mr. Ford, again, …"). */
const ASIDES = new Set(['again', 'however', 'meanwhile', 'too', 'though', 'also', 'instead', 'moreover', 'then', 'now', 'uh', 'um']);
/** A speaker phrase longer than this is a clause, not a name. */
const MAX_SPEAKER_TOKENS = 10;

/**
 * Finds who each sentence attributes its claim to ("according to X", "X said",
 * "said X", "X, a monitoring group, said", "…, he said"); pronouns resolve to
 * the nearest earlier named speaker.
 *
 * @example attributeSentences('U.N. spokesman Stephane Dujarric said 9 died. Aid is short, he said.', spans)
 *   // → ['Stephane Dujarric', 'Stephane Dujarric']
 */
export function attributeSentences(body: string, sentences: Span[]): (string | null)[] {
  const out: (string | null)[] = [];
  const speakers: { at: number; name: string; person: boolean }[] = [];
  sentences.forEach((s, i) => {
    const found = findSource(body.slice(s.start, s.end));
    if (found.kind === 'name') {
      out.push(found.name);
      speakers.push({ at: i, name: found.name, person: looksLikePerson(found.name) });
    } else if (found.kind === 'pronoun') {
      out.push(resolvePronoun(found.pronoun, speakers, i));
    } else {
      out.push(null);
    }
  });
  return out;
}

/**
 * The source named by one sentence, without looking at its neighbours.
 *
 * @example findSource('Ten soldiers were wounded, Opposition activists said.') // → {kind:'name', name:'Opposition activists'}
 */
export function findSource(sentence: string): Found {
  const according = findAccordingTo(sentence);
  if (according) return according;
  if (!hasSpeechVerb(sentence)) return { kind: 'none' };
  const toks = tokenize(sentence);
  for (let v = 0; v < toks.length; v++) {
    const verb = toks[v].lower;
    if (!SPEECH_VERBS.has(verb)) continue;
    if (CITING_VERBS.has(verb) && !citesAsSaying(toks, v)) continue;
    const found = speakerOf(toks, v);
    if (found) return found;
  }
  return { kind: 'none' };
}

// Cheap pre-filter so that most sentences never get tokenized: the exact verb forms only.
const SPEECH_HINT = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})\\b`, 'i');

function hasSpeechVerb(sentence: string): boolean {
  return SPEECH_HINT.test(sentence);
}

const ACCORDING = /\baccording to\s+/gi;
const ACCORDING_STOP = new Set([
  'that', 'which', 'who', 'published', 'released', 'issued', 'on', 'in', 'at', 'last', 'this', 'when',
  'as', 'after', 'since', 'because', 'while', 'and', 'but', 'citing', 'quoted', 'cited', 'seen', 'obtained',
]);
const SOURCE_NOUNS = new Set([
  'statement', 'statements', 'report', 'reports', 'figures', 'data', 'estimate', 'estimates', 'tally',
  'count', 'sources', 'source', 'numbers', 'records', 'study', 'survey', 'analysis', 'poll',
  'toll', 'post', 'posting', 'blog', 'tweet', 'letter', 'memo',
]);

function findAccordingTo(sentence: string): Found | null {
  ACCORDING.lastIndex = 0;
  const m = ACCORDING.exec(sentence);
  if (!m) return null;
  const rest = tokenize(sentence.slice(m.index + m[0].length));
  const picked: Token[] = [];
  for (const t of rest) {
    if (picked.length > 0 && ACCORDING_STOP.has(t.lower)) break;
    // "according to an Internet posting made …", "the latest information received"
    if (picked.length > 0 && /^[a-z]+ed$/.test(t.word)) break;
    if (startsWithStop(t.raw) && picked.length > 0) break;
    picked.push(t);
    if (endsWithStop(t.raw) || picked.length >= 8) break;
  }
  // "according to figures from the U.N." names the U.N., not the figures
  const via = picked.findIndex((t, i) => i > 0 && /^(?:by|from|of)$/.test(t.lower) && SOURCE_NOUNS.has(picked[i - 1].lower));
  const phrase = via >= 0 ? picked.slice(via + 1) : picked;
  const name = cleanSpeaker(phrase);
  if (!name) return null;
  if (THIRD_PERSON.has(name.toLowerCase())) return { kind: 'pronoun', pronoun: name.toLowerCase() };
  if (OTHER_PERSON.has(name.toLowerCase())) return { kind: 'none' };
  return { kind: 'name', name };
}

/** "RIA cited Deputy Foreign Minister Mikhail Bogdanov as saying": the citing verb reports only with "as saying". */
function citesAsSaying(toks: Token[], v: number): boolean {
  for (let i = v + 1; i < Math.min(toks.length - 1, v + 12); i++) {
    if (toks[i].lower === 'as' && /^say/.test(toks[i + 1].lower)) return true;
  }
  return false;
}

/** The speaker of the verb at index v, if the words around it name one. */
function speakerOf(toks: Token[], v: number): Found | null {
  // '"…," said Stephane Dujarric, a U.N. spokesman.' — the speaker follows the verb
  if (v > 0 && endsWithStop(toks[v - 1].raw) && !endsWithStop(toks[v].raw)) {
    const after: Token[] = [];
    for (let i = v + 1; i < toks.length && after.length < 8; i++) {
      if (CLAUSE_WORDS.has(toks[i].lower) && toks[i].lower !== 'the') break;
      after.push(toks[i]);
      if (endsWithStop(toks[i].raw)) break;
    }
    const closed = after.length > 0 && (endsWithStop(after[after.length - 1].raw) || /\.$/.test(after[after.length - 1].raw));
    if (closed && (/^[A-Z]/.test(after[0].word) || /^(?:the|a|an)$/.test(after[0].lower))) {
      const via = after.findIndex((t, i) => i > 0 && /^(?:by|from|of)$/.test(t.lower) && SOURCE_NOUNS.has(after[i - 1].lower));
      const named = asFound(via >= 0 ? after.slice(via + 1) : after);
      if (named) return named;
    }
  }
  let end = v - 1;
  while (end >= 0 && SPEAKER_ADVERBS.has(toks[end].lower) && !endsWithStop(toks[end].raw)) end--;
  if (end < 0) return null;
  if (endsWithStop(toks[end].raw)) {
    if (!/,$/.test(toks[end].raw)) return null;
    // "The Syrian Response Coordination Group, a relief group operating in …, said";
    // "Mr. Ford, again, under pressure from the lobby, has insisted": hop over asides
    for (let hop = 0; ; hop++) {
      let open = end - 1;
      while (open >= 0 && end - open <= 20 && !/,$/.test(toks[open].raw)) open--;
      if (open < 0 || end - open > 20) return null;
      end = open;
      const aside = open > 0 && /,$/.test(toks[open - 1].raw) && ASIDES.has(toks[open].lower);
      if (!aside || hop >= 2) break;
    }
  }
  const phrase: Token[] = [];
  for (let i = end; i >= 0; i--) {
    if (i < end && endsWithStop(toks[i].raw)) break;
    phrase.unshift(toks[i]);
    if (startsWithStop(toks[i].raw)) break;
    if (phrase.length > MAX_SPEAKER_TOKENS) return null;
  }
  // "a woman grabbed my arm and she said": the pronoun next to the verb is its subject
  const nearest = phrase[phrase.length - 1].lower;
  if (THIRD_PERSON.has(nearest)) return { kind: 'pronoun', pronoun: nearest };
  if (OTHER_PERSON.has(nearest)) return { kind: 'none' };
  if (phrase.some((t) => CLAUSE_WORDS.has(t.lower))) return null;
  return asFound(phrase);
}

function asFound(phrase: Token[]): Found | null {
  const name = cleanSpeaker(phrase);
  if (!name) return null;
  const lower = name.toLowerCase();
  if (THIRD_PERSON.has(lower)) return { kind: 'pronoun', pronoun: lower };
  if (OTHER_PERSON.has(lower)) return { kind: 'none' };
  if (LEADING_CONNECTIVES.has(lower) || CLAUSE_WORDS.has(lower)) return null;
  return { kind: 'name', name };
}

const MODIFIER = /-(?:based|owned|backed|run|led|affiliated|controlled|funded|linked|allied|aligned)$/i;
const PREPOSITIONS = new Set(['in', 'from', 'at', 'near', 'of', 'for', 'with', 'on', 'inside', 'across', 'to', 'by']);

/**
 * Turns a speaker phrase into the name to show: drops articles, possessors
 * and "-based" modifiers, keeps the name after a title ("U.N. spokesman
 * Stephane Dujarric" → "Stephane Dujarric") or an organisation
 * ("Director of Syrian Observatory for Human Rights Rami Abdulrahman").
 */
function cleanSpeaker(phrase: Token[]): string | null {
  // "Turkey's state-owned Anadolu news agency" → "Anadolu news agency"
  let toks = phrase.filter(
    (t, i) =>
      t.word.length > 0 &&
      !MODIFIER.test(t.word) &&
      !(/['’]s$/.test(t.word) && i + 1 < phrase.length && MODIFIER.test(phrase[i + 1].word)),
  );
  while (toks.length > 1 && LEADING_CONNECTIVES.has(toks[0].lower)) toks = toks.slice(1);
  if (toks.length === 1 && LEADING_CONNECTIVES.has(toks[0].lower)) return null;
  if (!toks.length) return null;
  const last = toks.length - 1;
  if (isNameToken(toks[last].word)) {
    // the run of capitalised words (joined by "for", "of", particles) at the end
    let start = last;
    while (start > 0) {
      const prev = toks[start - 1];
      if (isNameToken(prev.word)) start--;
      else if (NAME_CONNECTORS.has(prev.lower) && start - 2 >= 0 && isNameToken(toks[start - 2].word)) start -= 2;
      else break;
    }
    let run = toks.slice(start);
    const before = start > 0 ? toks[start - 1] : null;
    // "aid workers in Idlib" names the workers, not Idlib
    if (before && PREPOSITIONS.has(before.lower)) return joinWords(toks);
    let lastOrg = -1;
    run.forEach((t, i) => {
      if (ORG_HEADS.has(t.lower)) lastOrg = i;
    });
    if (lastOrg >= 0 && run.length - lastOrg - 1 >= 2 && isNameToken(run[lastOrg + 1].word)) {
      run = run.slice(lastOrg + 1);
    } else if (lastOrg < 0) {
      run = dropTitles(run);
    }
    return joinWords(run);
  }
  return joinWords(toks);
}

/**
 * "NASA Administrator Charles Bolden" → "Charles Bolden"; "Governor of
 * Washington Chris Gregoire" → "Chris Gregoire" (the place after "of" goes too).
 */
function dropTitles(run: Token[]): Token[] {
  const isTitle = (i: number) =>
    TITLE_WORDS.has(run[i].lower) || (/^[A-Z][A-Z.]+$/.test(run[i].word) && i + 1 < run.length && TITLE_WORDS.has(run[i + 1].lower));
  let t = 0;
  while (t < run.length - 1 && isTitle(t)) t++;
  if (t > 0 && t < run.length && NAME_CONNECTORS.has(run[t].lower) && run.length - t > 3) return run.slice(run.length - 2);
  return run.slice(t);
}

function joinWords(toks: Token[]): string | null {
  const text = toks.map((t) => t.word).join(' ').trim();
  return text.length ? text : null;
}

function isNameToken(word: string): boolean {
  if (/^[A-Z]/.test(word)) return true;
  // "al-Omar", "bin-Salman"
  const dash = word.indexOf('-');
  return dash > 0 && NAME_PARTICLES.has(word.slice(0, dash).toLowerCase()) && /^[A-Z]/.test(word.slice(dash + 1));
}

/**
 * A person: one to four capitalised words with no organisation word and no
 * acronym, or a phrase ending in a singular person noun ("Turkish official").
 */
function looksLikePerson(name: string): boolean {
  const words = name.split(' ');
  if (PERSON_NOUNS.has(words[words.length - 1].toLowerCase())) return true;
  if (words.length > 4) return false;
  return words.every((w) => isNameToken(w) && !ORG_HEADS.has(w.toLowerCase()) && !/^[A-Z.]+$/.test(w) && !/\.$/.test(w));
}

function resolvePronoun(
  pronoun: string,
  speakers: { at: number; name: string; person: boolean }[],
  at: number,
): string | null {
  const wantPerson = pronoun === 'he' || pronoun === 'she';
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k];
    if (at - s.at > PRONOUN_REACH) break;
    if (s.person === wantPerson) return s.name;
  }
  return null;
}

const STOP_END = /[,;:"“”)\]?!]$|[,;:]["”’']$/;
const STOP_START = /^["“(\[‘]/;

function endsWithStop(raw: string): boolean {
  return STOP_END.test(raw) || /[a-z]{2}\.$/.test(raw);
}

function startsWithStop(raw: string): boolean {
  return STOP_START.test(raw);
}

const SPACE = /\S+/g;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  SPACE.lastIndex = 0;
  for (let m = SPACE.exec(text); m; m = SPACE.exec(text)) {
    const word = trimPunctuation(m[0]);
    out.push({ raw: m[0], word, lower: word.toLowerCase() });
  }
  return out;
}

const ABBREVIATION = /^(?:[A-Za-z]\.){2,}$|^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Maj|Capt|Adm|Sen|Rep|Gov|Prof|St|Jr|Sr|Inc|Corp|Ltd|Co)\.$/;

/** Strips quotes, brackets and sentence punctuation, keeping the dot of "U.N." and "Mr.". */
function trimPunctuation(raw: string): string {
  // most tokens are plain words: skip the regexes for them
  if (isWordChar(raw.charCodeAt(0)) && isWordChar(raw.charCodeAt(raw.length - 1))) return raw;
  let w = raw.replace(/^["“”‘’'(\[]+/, '').replace(/["“”‘’)\],;:?!]+$/, '');
  if (w.endsWith("'") || w.endsWith('’')) w = w.slice(0, -1);
  if (w.endsWith('.') && !ABBREVIATION.test(w)) w = w.replace(/\.+$/, '');
  return w;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
