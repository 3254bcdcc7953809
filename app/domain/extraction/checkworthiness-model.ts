import { MARK, readMarks, readWords, WORD, type Reading, type Tokens, type Word } from './checkworthiness-features';
import { isSpace } from './sentence-chars';
import { findCues, type CheckworthinessHints, type Cue } from './checkworthiness-cues';

/**
 * What the learned check-worthiness model reads in one sentence: the names of
 * the binary features that fire, and the words it looks up in its distilled
 * word embeddings. Produced the same way at training time
 * (scripts/train-checkworthiness.ts) and at run time, so the two cannot drift.
 */
export interface SentenceFeatures {
  /** Names of the features that fire (each counts once): "cue:figure", "w:percent", "first:well", "len:17-24". */
  active: string[];
  /** Lower-cased words in the form the embeddings spell them ("do", "n't"). */
  embeddingWords: string[];
  cues: Cue[];
}

/** The shipped weights (checkworthiness-weights.json), as the training script writes them. */
export interface ModelWeights {
  /** Added to every sentence's sum. */
  bias: number;
  /** A sentence is check-worthy when its score reaches this. */
  threshold: number;
  /** Feature names and their weights, index by index. */
  names: string[];
  weights: number[];
  /** Distilled embeddings: each word's vector dotted with the model's embedding weights, index by index. */
  words: string[];
  wordWeights: number[];
}

/**
 * One sentence read for the model, before its features are named: the cues,
 * the tokens and their words, and the other features' names (constants, in
 * the order sentenceFeatures lists them). Both sentenceFeatures (training, tests)
 * and scoreSentence (run time, without building a name per word) start here.
 */
interface SentenceReading {
  cues: Cue[];
  reading: Reading;
  /** Names after the "w:" and "first:" features, without repeats. */
  rest: string[];
}

function readSentence(text: string, hints: CheckworthinessHints): SentenceReading {
  const marks = readMarks(text);
  const folded = text.toLowerCase();
  const lower = marks.bits & MARK.apostrophe ? folded.replace(/’/g, "'") : folded;
  const reading = readWords(lower);
  const { tokens, words } = reading;
  const quoted = (marks.bits & MARK.quote) !== 0;
  const cues = findCues(lower, reading, marks, hints);
  let past = 0;
  let future = false;
  let comparative = false;
  for (let i = 0; i < words.length; i++) {
    // a token with a digit has a shape of its own ("<num>") and is in no word list
    const flags = words[i].flags;
    if (flags & WORD.pastTense) past++;
    if (flags & WORD.future || (tokens[i] === 'going' && tokens[i + 1] === 'to')) future = true;
    if (tokens[i] === 'than' && i > 0) comparative = true;
  }
  const any = reading.any;
  const rest: string[] = [];
  if (past) rest.push(past > 1 ? 'tense:past2' : 'tense:past');
  if (future) rest.push('tense:future');
  if (any & WORD.presentAux) rest.push('tense:present');
  if (any & WORD.we) rest.push('person:we');
  if (any & WORD.hedge) rest.push('hedge');
  if (comparative) rest.push('comparative');
  rest.push(lengthBucket(tokens.length));
  rest.push(FIGURE_COUNTS[Math.min(hints.figures, 3)]);
  for (const u of hints.figureUnits ?? []) {
    const name = UNIT_NAMES[u] ?? `unit:${u}`;
    if (!rest.includes(name)) rest.push(name);
  }
  if (hints.attribution) rest.push('attribution');
  if (quoted) rest.push('quote');
  const end = lastCharCode(text);
  rest.push(end === 46 ? 'end:.' : end === 63 ? 'end:?' : end === 33 ? 'end:!' : 'end:other');
  if (marks.bits & MARK.dash) rest.push('dash');
  return { cues, reading, rest };
}


/** The last code unit of text.trimEnd(), -1 for blank text. */
function lastCharCode(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k < 0 ? -1 : text.charCodeAt(k);
}

const FIGURE_COUNTS = ['figures:0', 'figures:1', 'figures:2', 'figures:3'];
const UNIT_NAMES: Record<string, string> = { count: 'unit:count', money: 'unit:money', percent: 'unit:percent' };

/**
 * The features of one sentence for the learned model: the hand-written cues
 * (findCues) plus the words, and the first word, with numbers reduced to their kind
 * ("<money>", "<pct>", "<year>", "<num>"), the figure reader's units, tense,
 * person, hedges, quotes and length. Pure; about 60 short strings per sentence.
 */
export function sentenceFeatures(text: string, hints: CheckworthinessHints): SentenceFeatures {
  const { cues, reading, rest } = readSentence(text, hints);
  const shapes = reading.words.map((w) => w.shape);
  const active = new Set<string>();
  for (const c of cues) active.add(`cue:${c.id}`);
  for (const s of shapes) active.add(`w:${s}`);
  if (shapes.length) active.add(`first:${shapes[0]}`);
  for (const name of rest) active.add(name);
  return { active: [...active], embeddingWords: embeddingWords(reading.tokens), cues };
}

/** The length feature's name for n tokens. */
function lengthBucket(n: number): string {
  if (n < 5) return 'len:0-4';
  if (n < 8) return 'len:5-7';
  if (n < 12) return 'len:8-11';
  if (n < 17) return 'len:12-16';
  if (n < 25) return 'len:17-24';
  if (n < 40) return 'len:25-39';
  return 'len:40+';
}

/** GloVe spells "don't" as "do" "n't" and "it's" as "it" "'s". */
function embeddingWords(tokens: Tokens): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const q = t.indexOf("'");
    if (q < 0) out.push(t);
    else out.push(...splitContraction(t, q));
  }
  return out;
}

function splitContraction(t: string, q: number): [string, string] {
  return t.endsWith("n't") ? [t.slice(0, -3), "n't"] : [t.slice(0, q), t.slice(q)];
}

/** A weight counted once per sentence: `seen` is the last sentence that counted it. */
interface OncePerSentence {
  weight: number;
  seen: number;
}

/** A word's weights: its "w:" feature weight and its distilled embedding weight (either may be absent). */
interface WordEntry {
  feature: OncePerSentence | undefined;
  word: number | undefined;
}

/** A model ready to score: feature weights and distilled word weights in maps. */
export interface LoadedModel {
  bias: number;
  threshold: number;
  feature: Map<string, number>;
  word: Map<string, number>;
  /** The same weights keyed for scoreSentence: "cue:" by cue id, "first:" by shape, "w:" and words together by word. */
  cue: Map<string, OncePerSentence>;
  first: Map<string, number>;
  words: Map<string, WordEntry>;
}

/** Turns the shipped arrays into maps (a few milliseconds for the full weights file). */
export function loadModel(w: ModelWeights): LoadedModel {
  const feature = new Map<string, number>();
  const cue = new Map<string, OncePerSentence>();
  const first = new Map<string, number>();
  const words = new Map<string, WordEntry>();
  const entry = (key: string): WordEntry => {
    let e = words.get(key);
    if (!e) words.set(key, (e = { feature: undefined, word: undefined }));
    return e;
  };
  for (let i = 0; i < w.names.length; i++) {
    const name = w.names[i];
    feature.set(name, w.weights[i]);
    if (name.startsWith('cue:')) cue.set(name.slice(4), { weight: w.weights[i], seen: 0 });
    else if (name.startsWith('first:')) first.set(name.slice(6), w.weights[i]);
    else if (name.startsWith('w:')) entry(name.slice(2)).feature = { weight: w.weights[i], seen: 0 };
  }
  const word = new Map<string, number>();
  for (let i = 0; i < w.words.length; i++) {
    word.set(w.words[i], w.wordWeights[i]);
    entry(w.words[i]).word = w.wordWeights[i];
  }
  return { bias: w.bias, threshold: w.threshold, feature, word, cue, first, words };
}

/**
 * The model's probability that a sentence is check-worthy, in [0, 1]:
 * logistic(bias + Σ weights of active features + mean of the distilled word
 * weights over the words the embeddings know). That mean equals the model's
 * embedding weights dotted with the sentence's mean word vector, which is what
 * it was trained on.
 */
export function modelScore(model: LoadedModel, f: SentenceFeatures): number {
  let sum = model.bias;
  for (const name of f.active) sum += model.feature.get(name) ?? 0;
  let known = 0;
  let wordSum = 0;
  for (const w of f.embeddingWords) {
    const v = model.word.get(w);
    if (v === undefined) continue;
    known++;
    wordSum += v;
  }
  if (known) sum += wordSum / known;
  return 1 / (1 + Math.exp(-sum));
}

let sentenceCount = 0;

/** What a model reads of one word (Word.weights), looked up the first time the word is scored. */
interface WordWeights {
  model: LoadedModel;
  /** The "w:" feature of the word's shape. */
  feature: OncePerSentence | undefined;
  /** The "first:" feature's weight of the word's shape. */
  first: number | undefined;
  /** How many of its embedding words ("do" "n't" for "don't") the embeddings know, and their weights in order. */
  known: number;
  v1: number;
  v2: number;
}

function weightsOf(model: LoadedModel, w: Word): WordWeights {
  const cached = w.weights as WordWeights | undefined;
  if (cached !== undefined && cached.model === model) return cached;
  const e = model.words.get(w.shape);
  const ww: WordWeights = { model, feature: e?.feature, first: model.first.get(w.shape), known: 0, v1: 0, v2: 0 };
  const add = (v: number | undefined) => {
    if (v === undefined) return;
    if (ww.known === 0) ww.v1 = v;
    else ww.v2 = v;
    ww.known++;
  };
  const t = w.text;
  const q = t.indexOf("'");
  if (q < 0) add(w.shape === t ? e?.word : model.words.get(t)?.word);
  else for (const part of splitContraction(t, q)) add(model.words.get(part)?.word);
  w.weights = ww;
  return ww;
}

/**
 * modelScore(model, sentenceFeatures(text, hints)) to the last bit, without
 * naming a feature per word: each word's weights are looked up once (the
 * Word keeps them), and sums run in the same order. Returns the probability
 * in [0, 1] and the cues (the reasons shown to the checker).
 */
export function scoreSentence(model: LoadedModel, text: string, hints: CheckworthinessHints): { score: number; cues: Cue[] } {
  const { cues, reading, rest } = readSentence(text, hints);
  const stamp = ++sentenceCount;
  let sum = model.bias;
  for (const c of cues) {
    const e = model.cue.get(c.id);
    if (e && e.seen !== stamp) {
      e.seen = stamp;
      sum += e.weight;
    }
  }
  let known = 0;
  let wordSum = 0;
  // "w:" features first, in token order; embedding words are summed on the side, also in token order
  const words = reading.words;
  for (let i = 0; i < words.length; i++) {
    const ww = weightsOf(model, words[i]);
    const e = ww.feature;
    if (e !== undefined && e.seen !== stamp) {
      e.seen = stamp;
      sum += e.weight;
    }
    if (ww.known !== 0) {
      known += ww.known;
      wordSum += ww.v1;
      if (ww.known === 2) wordSum += ww.v2;
    }
  }
  if (words.length) sum += weightsOf(model, words[0]).first ?? 0;
  for (const name of rest) sum += model.feature.get(name) ?? 0;
  if (known) sum += wordSum / known;
  return { score: 1 / (1 + Math.exp(-sum)), cues };
}
