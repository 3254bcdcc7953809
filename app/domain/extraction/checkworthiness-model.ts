import { readTokens, tokenize, WORD, type Tokens } from './checkworthiness-features';
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

const YEAR = /^(?:1[7-9]\d\d|20[0-3]\d)s?$/;

/**
 * One sentence read for the model, before its features are named: the cues,
 * the tokens and their shapes, and the other features' names (constants, in
 * the order sentenceFeatures lists them). Both sentenceFeatures (training, tests)
 * and scoreSentence (run time, without building a name per word) start here.
 */
interface SentenceReading {
  cues: Cue[];
  tokens: Tokens;
  /** shapeOf each token. */
  shapes: string[];
  /** Names after the "w:" and "first:" features, without repeats. */
  rest: string[];
}

function readSentence(text: string, hints: CheckworthinessHints): SentenceReading {
  const folded = text.toLowerCase();
  const lower = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
  const tokens = tokenize(lower);
  const infos = readTokens(tokens);
  const cues = findCues(text, lower, tokens, infos, hints);
  const shapes = tokens.map(shapeOf);
  let past = 0;
  let future = false;
  let present = false;
  let we = false;
  let hedge = false;
  let comparative = false;
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    // a token with a digit has a shape of its own ("<num>") and is in no word list
    const flags = infos[i]?.flags ?? 0;
    if (flags & WORD.pastAux || (s.length >= 5 && s.endsWith('ed'))) past++;
    if (flags & WORD.future || (s === 'going' && shapes[i + 1] === 'to')) future = true;
    if (flags & WORD.presentAux) present = true;
    if (flags & WORD.we) we = true;
    if (flags & WORD.hedge) hedge = true;
    if (s === 'than' && i > 0) comparative = true;
  }
  const rest: string[] = [];
  if (past) rest.push(past > 1 ? 'tense:past2' : 'tense:past');
  if (future) rest.push('tense:future');
  if (present) rest.push('tense:present');
  if (we) rest.push('person:we');
  if (hedge) rest.push('hedge');
  if (comparative) rest.push('comparative');
  rest.push(lengthBucket(tokens.length));
  rest.push(FIGURE_COUNTS[Math.min(hints.figures, 3)]);
  for (const u of hints.figureUnits ?? []) {
    const name = UNIT_NAMES[u] ?? `unit:${u}`;
    if (!rest.includes(name)) rest.push(name);
  }
  if (hints.attribution) rest.push('attribution');
  if (QUOTE_MARK.test(text)) rest.push('quote');
  const end = text.trimEnd().slice(-1);
  rest.push(end === '.' ? 'end:.' : end === '?' ? 'end:?' : end === '!' ? 'end:!' : 'end:other');
  if ((text.includes('-') && (text.includes('--') || text.includes(' - '))) || text.includes('—')) rest.push('dash');
  return { cues, tokens, shapes, rest };
}

const QUOTE_MARK = /["“”]/;
const FIGURE_COUNTS = ['figures:0', 'figures:1', 'figures:2', 'figures:3'];
const UNIT_NAMES: Record<string, string> = { count: 'unit:count', money: 'unit:money', percent: 'unit:percent' };

/**
 * The features of one sentence for the learned model: the hand-written cues
 * (findCues) plus the words, and the first word, with numbers reduced to their kind
 * ("<money>", "<pct>", "<year>", "<num>"), the figure reader's units, tense,
 * person, hedges, quotes and length. Pure; about 60 short strings per sentence.
 */
export function sentenceFeatures(text: string, hints: CheckworthinessHints): SentenceFeatures {
  const { cues, tokens, shapes, rest } = readSentence(text, hints);
  const active = new Set<string>();
  for (const c of cues) active.add(`cue:${c.id}`);
  for (const s of shapes) active.add(`w:${s}`);
  if (shapes.length) active.add(`first:${shapes[0]}`);
  for (const name of rest) active.add(name);
  return { active: [...active], embeddingWords: embeddingWords(tokens), cues };
}

/** Numbers become their kind, so that "$3 billion" and "$40 million" teach the same thing. */
function shapeOf(t: string): string {
  const c = t.charCodeAt(0);
  if (c === 36 || c === 8364 || c === 163) return '<money>';
  if (!hasDigit(t)) return t;
  if (t.endsWith('%')) return '<pct>';
  if (YEAR.test(t)) return '<year>';
  if (/^\d[\d,.]*$/.test(t)) return t.includes('.') ? '<dec>' : '<num>';
  return '<alnum>';
}

function hasDigit(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
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

/** A word's weights: its "w:" feature weight and its distilled embedding weight (either may be absent). */
interface WordEntry {
  feature: number | undefined;
  word: number | undefined;
  /** The last sentence that counted the feature (each feature counts once per sentence). */
  seen: number;
}

/** A model ready to score: feature weights and distilled word weights in maps. */
export interface LoadedModel {
  bias: number;
  threshold: number;
  feature: Map<string, number>;
  word: Map<string, number>;
  /** The same weights keyed for scoreSentence: "cue:" by cue id, "first:" by shape, "w:" and words together by word. */
  cue: Map<string, { weight: number; seen: number }>;
  first: Map<string, number>;
  words: Map<string, WordEntry>;
}

/** Turns the shipped arrays into maps (a few milliseconds for the full weights file). */
export function loadModel(w: ModelWeights): LoadedModel {
  const feature = new Map<string, number>();
  const cue = new Map<string, { weight: number; seen: number }>();
  const first = new Map<string, number>();
  const words = new Map<string, WordEntry>();
  const entry = (key: string): WordEntry => {
    let e = words.get(key);
    if (!e) words.set(key, (e = { feature: undefined, word: undefined, seen: 0 }));
    return e;
  };
  for (let i = 0; i < w.names.length; i++) {
    const name = w.names[i];
    feature.set(name, w.weights[i]);
    if (name.startsWith('cue:')) cue.set(name.slice(4), { weight: w.weights[i], seen: 0 });
    else if (name.startsWith('first:')) first.set(name.slice(6), w.weights[i]);
    else if (name.startsWith('w:')) entry(name.slice(2)).feature = w.weights[i];
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

/**
 * modelScore(model, sentenceFeatures(text, hints)) to the last bit, without
 * naming a feature per word: one map lookup per word gives both its "w:"
 * weight and its embedding weight, and sums run in the same order. Returns
 * the probability in [0, 1] and the cues (the reasons shown to the checker).
 */
export function scoreSentence(model: LoadedModel, text: string, hints: CheckworthinessHints): { score: number; cues: Cue[] } {
  const { cues, tokens, shapes, rest } = readSentence(text, hints);
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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const s = shapes[i];
    const e = model.words.get(s);
    if (e && e.feature !== undefined && e.seen !== stamp) {
      e.seen = stamp;
      sum += e.feature;
    }
    const q = t.indexOf("'");
    if (q < 0) {
      const v = s === t ? e?.word : model.words.get(t)?.word;
      if (v !== undefined) {
        known++;
        wordSum += v;
      }
    } else {
      for (const part of splitContraction(t, q)) {
        const v = model.words.get(part)?.word;
        if (v !== undefined) {
          known++;
          wordSum += v;
        }
      }
    }
  }
  if (shapes.length) sum += model.first.get(shapes[0]) ?? 0;
  for (const name of rest) sum += model.feature.get(name) ?? 0;
  if (known) sum += wordSum / known;
  return { score: 1 / (1 + Math.exp(-sum)), cues };
}
