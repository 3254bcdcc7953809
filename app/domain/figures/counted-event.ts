/**
 * What a figure counts ("Turkish soldiers") and what happened to it
 * ("killed"), read from the words around the number. Heuristic on purpose:
 * no tagger, so it stays fast and predictable; the rules below say why.
 */
import type { Token } from './tokenize';
import type { FigureLexicon } from './lexicon';
import { wordTable } from './word-table';

/** Words that end a counted noun phrase. */
const STOP = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'for', 'per',
  'into', 'onto', 'near', 'over', 'under', 'about', 'around', 'across', 'through', 'during', 'since', 'after', 'before',
  'between', 'among', 'against', 'without', 'within', 'including', 'according', 'and', 'or', 'but', 'nor', 'so', 'yet',
  'as', 'than', 'while', 'when', 'where', 'who', 'whom', 'whose', 'which', 'what', 'why', 'how', 'if', 'were', 'was',
  'are', 'is', 'am', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'no', 'also', 'still', 'already', 'now', 'then', 'there',
  'here', 'too', 'even', 'just', 'only', 'again', 'up', 'down', 'out', 'off', 'away', 'back', 'each', 'every', 'all',
  'both', 'either', 'neither', 'some', 'any', 'much', 'most', 'less', 'least', 'few', 'own', 'such', 'it', 'its', 'they',
  'them', 'their', 'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'said', 'says',
  'say', 'told', 'via', 'amid', 'despite', 'toward', 'towards', 'upon', 'like', 'unlike', 'until', 'till', 'whether',
  'because', 'although', 'though', 'once', 'ago', 'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'died', 'fled', 'left', 'went', 'came', 'fell',
  'remain', 'remained', 'remains', 'became', 'got', 'get', 'took', 'made', 'ran', 'lost', 'saw', 'live', 'lived',
  'stood', 'sought', 'face', 'faced', 'need', 'needed', 'due', 'or', 'plus', 'versus', 'vs', 'apiece', 'each', 'respectively',
  'alone', 'aboard', 'abroad', 'inside', 'outside', 'ahead', 'nearby', 'overnight', 'daily', 'weekly', 'yearly', 'annually', 'nationwide', 'worldwide', 'total', 'overall', 'altogether', 'more', 'whereas', 'dead', 'missing', 'hurt', 'wounded', 'injured',
]);
/** Modifiers kept only when a noun follows ("five more people", "two other soldiers"). */
const SOFT_MODIFIERS = new Set(['more', 'other', 'additional', 'further', 'extra', 'new', 'dead', 'wounded', 'injured', 'missing']);
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'cattle', 'sheep', 'staff', 'feet', 'teeth', 'mice', 'geese', 'livestock', 'data', 'media', 'clergy']);
/** Nouns that end in -ing/-ed/-ly and are still nouns. */
const NOUN_EXCEPTIONS = new Set([
  'building', 'buildings', 'housing', 'shelling', 'fighting', 'meeting', 'meetings', 'bombing', 'bombings', 'killing',
  'killings', 'wedding', 'ceiling', 'evening', 'morning', 'offering', 'funding', 'family', 'ally', 'rally', 'supply',
  'assembly', 'anomaly', 'monopoly', 'reply', 'belly', 'italy', 'july', 'hundred', 'bed', 'beds', 'shed', 'sled',
  'airstrikes', 'shipping', 'clothing', 'bedding', 'training', 'screening', 'warning', 'warnings', 'ceasefire',
  'seed', 'seeds', 'creed', 'weed', 'steed', 'reed', 'speed', 'need', 'needs', 'deed', 'deeds', 'feed', 'greed',
]);
const isModifierShape = (w: string) =>
  !NOUN_EXCEPTIONS.has(w) && (w.endsWith('ed') || w.endsWith('ing') || w.endsWith('ly'));

/** Plurals that follow a count but start a time phrase ("killed 300 people days after the truce"), not a compound. */
const TIME_PLURALS = new Set(['seconds', 'minutes', 'hours', 'days', 'nights', 'weeks', 'months', 'years', 'decades', 'centuries', 'times']);

/** A regular plural noun that an irregular plural can modify ("police" + "officers"). */
function isModifiedPlural(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !STOP.has(t.lower) && !IRREGULAR_PLURALS.has(t.lower) && !TIME_PLURALS.has(t.lower) && isPluralWord(t.lower);
}

/** Plural-looking word: a noun phrase of a count usually ends at its plural head. */
export function isPluralWord(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith("'s");
}

export interface CountedPhrase {
  counted: string | null;
  /** Token index just past the phrase (the figure span ends here). */
  end: number;
}

/**
 * The noun phrase counted after a quantity ending at token j.
 *
 * @example countedAfter(tokenize('18 Turkish soldiers were killed'), 1, { skipOf: false, plural: true }).counted // 'Turkish soldiers'
 */
export function countedAfter(
  body: string,
  toks: Token[],
  j: number,
  opts: { skipOf: boolean; plural: boolean },
): CountedPhrase {
  let k = j;
  if (opts.skipOf && toks[k]?.lower === 'of') {
    const d = toks[k + 1]?.lower;
    if (d === 'them' || d === 'those' || d === 'these' || d === 'which' || d === 'whom' || d === 'us') return { counted: null, end: j };
    k++;
    if (d === 'the' || d === 'their' || d === 'its' || d === 'his' || d === 'her' || d === 'our' || d === 'these' || d === 'those') k++;
  }
  const words: number[] = [];
  let sawNoun = false;
  for (; k < toks.length && words.length < 5; k++) {
    const t = toks[k];
    if (t.kind === 'punct') {
      // Hyphenated compounds stay whole ("pro-government fighters").
      if ((t.text === '-' || t.text === '‐') && !t.space && words.length && toks[k + 1]?.kind === 'word' && !toks[k + 1].space) continue;
      break;
    }
    if (t.kind !== 'word') break;
    const w = t.lower;
    if (STOP.has(w) && !(SOFT_MODIFIERS.has(w) && words.length === 0 && isNounCandidate(toks[k + 1]))) break;
    if (isModifierShape(w)) {
      if (sawNoun) break;
      words.push(k);
      continue;
    }
    // A capitalised word after a complete plural noun starts something else ("five women Tuesday").
    const prev = words.length ? toks[words[words.length - 1]].lower : '';
    if (sawNoun && opts.plural && words.length && isPluralWord(prev) && !(IRREGULAR_PLURALS.has(prev) && isModifiedPlural(t))) break;
    words.push(k);
    sawNoun = true;
    // "police officers", "women journalists", "staff members": an irregular plural used as a modifier of a plural head.
    if (opts.plural && IRREGULAR_PLURALS.has(w) && isModifiedPlural(toks[k + 1])) continue;
    if (opts.plural && isPluralWord(w)) { k++; break; }
  }
  // "a dozen Asian and African nations": coordinated modifiers before one plural head.
  if (opts.plural && words.length && !isPluralWord(toks[words[words.length - 1]].lower) && (toks[k]?.lower === 'and' || toks[k]?.lower === 'or')) {
    for (let m = k + 1; m < toks.length && m <= k + 3; m++) {
      const t = toks[m];
      if (t.kind !== 'word' || STOP.has(t.lower)) break;
      if (isPluralWord(t.lower)) {
        for (let x = k; x <= m; x++) words.push(x);
        break;
      }
    }
  }
  // Trailing modifiers ("people fleeing") are not part of the head.
  while (words.length && isModifierShape(toks[words[words.length - 1]].lower)) words.pop();
  if (!words.length) return { counted: null, end: j };
  const first = toks[words[0]];
  const lastTok = toks[words[words.length - 1]];
  // Skipped "of the" stays in the figure text; the counted phrase starts at its first word.
  return { counted: body.slice(first.s, lastTok.e), end: words[words.length - 1] + 1 };
}

function isNounCandidate(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !STOP.has(t.lower) && !isModifierShape(t.lower);
}

/** Words between a figure and its state that carry no event of their own: auxiliaries, linking verbs ("remained missing") and adverbs. */
const AUX = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'will', 'would', 'got', 'get', 'reportedly', 'also', 'all', 'now',
  'allegedly', 'since', 'already', 'not', 'later', 'subsequently', 'who', 'that', 'which',
  'remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed', 'still', 'yet', 'apparently',
]);
const EVIDENTIAL = new Set(['reported', 'feared', 'believed', 'confirmed', 'presumed', 'thought', 'found', 'left', 'listed', 'declared', 'said', 'known', 'now']);
/** -ed words that are adjectives far more often than events. */
const NOT_EVENTS = new Set([
  'armed', 'based', 'backed', 'led', 'allied', 'united', 'related', 'limited', 'advanced', 'supported', 'needed',
  'estimated', 'expected', 'called', 'so-called', 'named', 'aged', 'red', 'used', 'concerned', 'interested', 'dedicated',
  'skilled', 'registered', 'trained', 'experienced', 'elected', 'unarmed', 'unidentified', 'unnamed',
]);
/** Words that end the backward search for a verb: a new clause begins there. */
const CLAUSE_START = new Set([
  'to', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'although', 'though', 'if', 'but',
  'as', 'said', 'says', 'told', 'according', 'including', 'whereas', 'than',
]);

function eventWord(w: string, allowGenericEd: boolean, lx: FigureLexicon): boolean {
  if (wordTable(lx.events).has(w)) return true;
  if (!allowGenericEd) return false;
  return w.length > 4 && w.endsWith('ed') && !NOT_EVENTS.has(w) && !NOUN_EXCEPTIONS.has(w);
}

/**
 * The event a figure's sentence says happened to the counted things: a
 * passive/participle after the phrase ("were killed", "people fleeing")
 * wins over an active verb before it ("sent thousands of troops").
 * `implied` is the event the counted noun itself names ("200 blessés"): it
 * comes after a participle that follows the phrase and before a verb that
 * precedes it (there, the verb of an earlier figure in a list).
 *
 * @example findEvent(tokenize('Ten Turkish soldiers were wounded.'), 0, 3) // 'wounded'
 */
export function findEvent(toks: Token[], figStart: number, phraseEnd: number, lx: FigureLexicon, implied: string | null = null): string | null {
  // After: skip an appositive ", including women and children,".
  let k = phraseEnd;
  if (toks[k]?.text === ',' && ['including', 'among', 'mostly', 'mainly', 'many', 'most', 'some', 'half', 'all', 'among'].includes(toks[k + 1]?.lower ?? '')) {
    let m = k + 1;
    while (m < toks.length && m < k + 15 && toks[m].text !== ',' && toks[m].text !== '.') m++;
    if (toks[m]?.text === ',') k = m + 1;
  } else if (toks[k]?.text === '(') {
    let m = k + 1;
    while (m < toks.length && m < k + 15 && toks[m].text !== ')') m++;
    if (toks[m]?.text === ')') k = m + 1;
  }
  // "6,000 residents of Porthwen and Tregarth were …": a place after the noun, then the verb.
  k = pastComplement(toks, k);
  let sawAux = false;
  for (let steps = 0; k < toks.length && steps < 5; k++, steps++) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    // "were ordered to leave their homes", "were forced to flee": the infinitive is what happened to them.
    if (sawAux && COMPULSION.has(t.lower) && toks[k + 1]?.lower === 'to' && toks[k + 2]?.kind === 'word') {
      const then = eventPhraseAt(toks, k + 2, lx) ?? (eventWord(toks[k + 2].lower, false, lx) ? toks[k + 2].lower : null);
      if (then) return then;
    }
    // "evlerini terk etti" (left their homes), "hasar gördü": an event written as several words
    const phrase = eventPhraseAt(toks, k, lx);
    if (phrase) return phrase;
    // "…المدنيين وأصيب…": "and were wounded" opens the next clause; the figure's event comes before it
    if (lx.gluedConjunction && t.lower.startsWith(lx.gluedConjunction) && wordTable(lx.events).has(t.lower.slice(lx.gluedConjunction.length))) break;
    if (AUX.has(t.lower) || lx.auxiliaries?.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4)) { sawAux = true; continue; }
    // "reported dead", "feared killed": the state word is the event.
    if (EVIDENTIAL.has(t.lower) && toks[k + 1]?.kind === 'word' && (wordTable(lx.events).has(toks[k + 1].lower) || (toks[k + 1].lower === 'to' && toks[k + 2]?.lower === 'be'))) {
      sawAux = true;
      if (toks[k + 1].lower === 'to') k += 2;
      continue;
    }
    if (eventWord(t.lower, true, lx) || (sawAux && t.lower.endsWith('en') && t.lower.length > 4)) {
      if (sawAux || wordTable(lx.events).has(t.lower) || t.lower.endsWith('ed')) return withParticle(toks, k);
    }
    break;
  }
  if (implied) return implied;
  // "the toll … has risen to 118", "the number of dead stood at 40": the noun the verb grew is the event.
  const grown = grownNoun(toks, figStart, lx);
  if (grown) return grown;
  // Before: the nearest event verb in the same clause.
  for (let b = figStart - 1, steps = 0; b >= 0 && steps < 14; b--, steps++) {
    const t = toks[b];
    if (t.kind === 'punct') {
      if (t.text === '-' && !t.space) continue;
      break;
    }
    if (t.kind !== 'word') continue;
    const w = t.lower;
    if (CLAUSE_START.has(w)) break;
    if (w === 'up' && b > 0 && /^(set|sets|setting)$/.test(toks[b - 1].lower)) return 'set up';
    if (eventWord(w, true, lx) || (w.endsWith('ing') && wordTable(lx.events).has(w))) return w;
  }
  return null;
}

/** Verbs that make someone do what the next infinitive says ("ordered to leave", "forced to flee"). */
const COMPULSION = new Set(['ordered', 'forced', 'told', 'asked', 'urged', 'made', 'obliged', 'compelled', 'advised']);
/** Words that open a complement between a counted noun and its verb ("residents of Porthwen", "migrants from Libya"). */
const COMPLEMENT_OPENERS = new Set(['of', 'from', 'in', 'near', 'across']);
/** Verbs a complement may be followed by: a copula or an auxiliary, so the words before them were the complement. */
const COMPLEMENT_VERBS = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'been']);

/**
 * Token index past a short complement after the counted noun (at most six
 * words of it, no punctuation but "-" or "," between names), when an
 * auxiliary follows it; `k` itself otherwise.
 */
function pastComplement(toks: Token[], k: number): number {
  if (!COMPLEMENT_OPENERS.has(toks[k]?.lower ?? '')) return k;
  for (let m = k + 1; m < toks.length && m <= k + 7; m++) {
    const t = toks[m];
    if (t.kind === 'word') {
      if (COMPLEMENT_VERBS.has(t.lower)) return m;
      continue;
    }
    if (t.text !== '-' && t.text !== ',') return k;
  }
  return k;
}

/** A lexicon's events written as several words, split, by first word (built once per lexicon). */
const EVENT_PHRASES = new WeakMap<FigureLexicon['events'], Map<string, string[][]>>();

/** The longest event of several words starting at token k ("evlerini terk etti"), or null. */
function eventPhraseAt(toks: Token[], k: number, lx: FigureLexicon): string | null {
  let index = EVENT_PHRASES.get(lx.events);
  if (!index) {
    index = new Map();
    for (const key of Object.keys(lx.events)) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      index.set(words[0], [...(index.get(words[0]) ?? []), words]);
    }
    EVENT_PHRASES.set(lx.events, index);
  }
  let best: string[] | null = null;
  for (const words of index.get(toks[k].lower) ?? []) {
    if ((!best || words.length > best.length) && words.every((w, m) => toks[k + m]?.lower === w)) best = words;
  }
  return best ? best.join(' ') : null;
}

function withParticle(toks: Token[], k: number): string {
  const w = toks[k].lower;
  const n = toks[k + 1]?.lower;
  if ((w === 'set' || w === 'wiped' || w === 'carried') && (n === 'up' || n === 'out')) return `${w} ${n}`;
  // "300 workers lost their jobs": what they lost is the event, never a death ("lost their lives" is a lexicon phrase)
  if (w === 'lost') {
    const m = n === 'all' ? k + 2 : k + 1;
    if (POSSESSIVES.has(toks[m]?.lower ?? '') && toks[m + 1]?.kind === 'word') return toks.slice(k, m + 2).map((t) => t.lower).join(' ');
  }
  return w;
}

const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our']);

/** Verbs a toll grows or stands by, before "to"/"at" N (English; "the toll has risen to", "stood at"). */
const GROWTH_VERBS = new Set(['risen', 'rose', 'rises', 'rising', 'climbed', 'climbs', 'jumped', 'jumps', 'increased', 'increases', 'grown', 'grew', 'mounted', 'stands', 'stood', 'standing']);

/**
 * The event noun a growth verb right before the figure grew ("the death toll
 * from the floods that began on Sunday has risen to 118" → toll; "the number
 * of injured rose to 300" → injured): the nearest lexicon event word before
 * the verb in the sentence, however many clauses lie between; null without
 * such a verb.
 */
function grownNoun(toks: Token[], figStart: number, lx: FigureLexicon): string | null {
  const prep = toks[figStart - 1]?.lower;
  if (prep !== 'to' && prep !== 'at') return null;
  if (!GROWTH_VERBS.has(toks[figStart - 2]?.lower ?? '')) return null;
  let nearest: string | null = null;
  for (let b = figStart - 3, steps = 0; b >= 0 && steps < 30; b--, steps++) {
    const t = toks[b];
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) break;
    if (t.kind !== 'word') continue;
    // "the toll from the storm that hit …", "the number of injured": the counted noun, not a verb of the clause between
    if (isTally(t.lower, lx) && wordTable(lx.events).has(t.lower)) return t.lower;
    if (t.lower === 'of' && isTally(toks[b - 1]?.lower ?? '', lx) && wordTable(lx.events).has(toks[b + 1]?.lower ?? '')) return toks[b + 1].lower;
    if (nearest === null && wordTable(lx.events).has(t.lower)) nearest = t.lower;
  }
  return nearest;
}

/** A noun of the lexicon's tally nouns ("toll", "number", "total"): a tally grows, a count names what it counts. */
function isTally(word: string, lx: FigureLexicon): boolean {
  return lx.tallyNouns?.includes(word) ?? false;
}

/**
 * The noun phrase a count noun before the figure names, when the figure
 * itself has none ("put the number of homes lost at about 2,600" → homes;
 * "the number of damaged buildings at 4,100" → damaged buildings): the words
 * between "number of (the)" and the figure's "at"/"to", without an event
 * word after them. Null when the words before the figure are not that shape.
 *
 * @example countedBefore(body, tokenize('put the number of homes lost at 2,600'), 7, lx) // 'homes'
 */
export function countedBefore(body: string, toks: Token[], figStart: number, lx: FigureLexicon): string | null {
  let b = figStart - 1;
  if (!['at', 'to', 'as'].includes(toks[b]?.lower ?? '')) return null;
  b--;
  if (GROWTH_VERBS.has(toks[b]?.lower ?? '') || toks[b]?.lower === 'was' || toks[b]?.lower === 'is') b--;
  // "homes lost", "people killed": the event word after the noun is not counted
  if (toks[b]?.kind === 'word' && wordTable(lx.events).has(toks[b].lower) && !isPluralWord(toks[b].lower)) b--;
  const last = b;
  while (b >= 0 && last - b < 3 && toks[b].kind === 'word' && toks[b].lower !== 'of' && !STOP.has(toks[b].lower)) b--;
  if (b === last || toks[b]?.lower !== 'of') return null;
  const first = b + 1;
  const noun = toks[b - 1]?.lower === 'the' ? b - 2 : b - 1;
  if (!isTally(toks[noun]?.lower ?? '', lx)) return null;
  // a day, a month or a word that ends with "-ly" is no counted noun
  if (!isPluralWord(toks[last].lower)) return null;
  return body.slice(toks[first].s, toks[last].e);
}
