import weightsFile from './checkworthiness-weights.json';
import { loadModel, scoreSentence, type ModelWeights } from './checkworthiness-model';
import type { CheckworthinessHints } from './checkworthiness-cues';

export type { CheckworthinessHints } from './checkworthiness-cues';

export interface CheckworthinessScore {
  /** The model's probability that the sentence is worth checking, in [0, 1], 3 decimals. */
  score: number;
  /** score ≥ the threshold chosen when the model was trained: the product's default pick. */
  checkworthy: boolean;
  /** The hand-written cues that fired, for the checker: reasons for first, then against. */
  reasons: string[];
}

/** Loaded once per process (a few milliseconds). */
const model = loadModel(weightsFile as ModelWeights);

/** The threshold that decides `checkworthy`, chosen on the training folds (see ADR 012). */
export const CHECKWORTHY_THRESHOLD = model.threshold;

/** Cues that read digits, the figure reader, the attribution or capitals, not English words: they hold in any language. */
const WORDLESS_CUES = new Set(['figure', 'readerFigure', 'attributed', 'names', 'manyNames', 'year', 'question']);

/**
 * Scores how much a sentence is worth fact-checking. The score and the
 * decision come from the learned model (checkworthiness-model.ts, weights from
 * scripts/train-checkworthiness.ts); the reasons are the hand-written cues
 * that fired ('contains a figure ("18")', 'opinion ("i think")'), those for
 * checking first.
 *
 * @example scoreCheckworthiness('Floods have cut 40 roads in the province.', { figures: 1, attribution: null })
 *   // → { score: 0.9…, checkworthy: true, reasons: ['contains a figure ("40")', …] }
 */
export function scoreCheckworthiness(text: string, hints: CheckworthinessHints, options: { language?: string | null } = {}): CheckworthinessScore {
  const { score: p, cues: all } = scoreSentence(model, text, hints);
  const score = Math.round(p * 1000) / 1000;
  // The cues read English words: in another language only those that read no words are reasons ("sin embargo" is no embargo).
  const english = !options.language || options.language === 'en' || options.language.startsWith('en-');
  const cues = english ? all : all.filter((c) => WORDLESS_CUES.has(c.id));
  const reasons: string[] = [];
  for (const c of cues) if (c.pro) reasons.push(c.reason);
  for (const c of cues) if (!c.pro) reasons.push(c.reason);
  return { score, checkworthy: score >= model.threshold, reasons };
}
