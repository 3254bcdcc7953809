import { tokenize, type Tokens } from './checkworthiness-features';
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

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't"]);
const FUTURE = new Set(['will', "won't", 'gonna', "i'll", "we'll", "you'll", "he'll", "she'll", "they'll", "it'll"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', "isn't", "aren't", 'does', "doesn't", 'do', "don't", "i'm", "we're", "they're", "it's"]);
const WE = new Set(['we', 'our', 'us', "we're", "we've", "we'll", "we'd", 'ourselves']);
const HEDGES = new Set(['maybe', 'perhaps', 'probably', 'possibly', 'apparently', 'reportedly', 'allegedly', 'roughly', 'about', 'around', 'nearly', 'almost', 'some']);
const YEAR = /^(?:1[7-9]\d\d|20[0-3]\d)s?$/;

/**
 * The features of one sentence for the learned model: the hand-written cues
 * (findCues) plus the words, and the first word, with numbers reduced to their kind
 * ("<money>", "<pct>", "<year>", "<num>"), the figure reader's units, tense,
 * person, hedges, quotes and length. Pure; about 60 short strings per sentence.
 */
export function sentenceFeatures(text: string, hints: CheckworthinessHints): SentenceFeatures {
  const folded = text.toLowerCase();
  const lower = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
  const tokens = tokenize(lower);
  const cues = findCues(text, lower, tokens, hints);
  const active = new Set<string>();
  for (const c of cues) active.add(`cue:${c.id}`);

  const shapes = tokens.map(shapeOf);
  let past = 0;
  let future = false;
  let present = false;
  let we = false;
  let hedge = false;
  let comparative = false;
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    active.add(`w:${s}`);
    if (PAST_AUX.has(s) || (s.length >= 5 && s.endsWith('ed'))) past++;
    if (FUTURE.has(s) || (s === 'going' && shapes[i + 1] === 'to')) future = true;
    if (PRESENT_AUX.has(s)) present = true;
    if (WE.has(s)) we = true;
    if (HEDGES.has(s)) hedge = true;
    if (s === 'than' && i > 0) comparative = true;
  }
  if (shapes.length) active.add(`first:${shapes[0]}`);
  if (past) active.add(past > 1 ? 'tense:past2' : 'tense:past');
  if (future) active.add('tense:future');
  if (present) active.add('tense:present');
  if (we) active.add('person:we');
  if (hedge) active.add('hedge');
  if (comparative) active.add('comparative');
  active.add(`len:${lengthBucket(tokens.length)}`);
  active.add(`figures:${Math.min(hints.figures, 3)}`);
  for (const u of hints.figureUnits ?? []) active.add(`unit:${u}`);
  if (hints.attribution) active.add('attribution');
  if (/["“”]/.test(text)) active.add('quote');
  const end = text.trimEnd().slice(-1);
  active.add(`end:${end === '.' || end === '?' || end === '!' ? end : 'other'}`);
  if (text.includes('--') || text.includes('—') || text.includes(' - ')) active.add('dash');

  return { active: [...active], embeddingWords: embeddingWords(tokens), cues };
}

/** Numbers become their kind, so that "$3 billion" and "$40 million" teach the same thing. */
function shapeOf(t: string): string {
  const c = t.charCodeAt(0);
  if (c === 36 || c === 8364 || c === 163) return '<money>';
  if (!/\d/.test(t)) return t;
  if (t.endsWith('%')) return '<pct>';
  if (YEAR.test(t)) return '<year>';
  if (/^\d[\d,.]*$/.test(t)) return t.includes('.') ? '<dec>' : '<num>';
  return '<alnum>';
}

function lengthBucket(n: number): string {
  if (n < 5) return '0-4';
  if (n < 8) return '5-7';
  if (n < 12) return '8-11';
  if (n < 17) return '12-16';
  if (n < 25) return '17-24';
  if (n < 40) return '25-39';
  return '40+';
}

/** GloVe spells "don't" as "do" "n't" and "it's" as "it" "'s". */
function embeddingWords(tokens: Tokens): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const q = t.indexOf("'");
    if (q < 0) out.push(t);
    else if (t.endsWith("n't")) out.push(t.slice(0, -3), "n't");
    else out.push(t.slice(0, q), t.slice(q));
  }
  return out;
}

/** A model ready to score: feature weights and distilled word weights in maps. */
export interface LoadedModel {
  bias: number;
  threshold: number;
  feature: Map<string, number>;
  word: Map<string, number>;
}

/** Turns the shipped arrays into maps (a few milliseconds for the full weights file). */
export function loadModel(w: ModelWeights): LoadedModel {
  const feature = new Map<string, number>();
  for (let i = 0; i < w.names.length; i++) feature.set(w.names[i], w.weights[i]);
  const word = new Map<string, number>();
  for (let i = 0; i < w.words.length; i++) word.set(w.words[i], w.wordWeights[i]);
  return { bias: w.bias, threshold: w.threshold, feature, word };
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
