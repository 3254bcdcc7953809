export interface CheckworthinessHints {
  /** How many figures the sentence holds. */
  figures: number;
  attribution: string | null;
}

export interface CheckworthinessScore {
  score: number;
  checkworthy: boolean;
  reasons: string[];
}

/** Baseline: sentences with figures are check-worthy. */
export function scoreCheckworthiness(text: string, hints: CheckworthinessHints): CheckworthinessScore {
  const reasons: string[] = [];
  let score = 0.2;
  if (hints.figures > 0) {
    score += 0.5;
    reasons.push('contains a figure');
  }
  if (hints.attribution) {
    score += 0.2;
    reasons.push('attributed statement');
  }
  return { score: Math.min(1, score), checkworthy: score >= 0.5, reasons };
}
