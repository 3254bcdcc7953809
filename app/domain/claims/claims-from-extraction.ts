import type { ExtractionResult, Figure } from '../extraction/types';
import { makeAnchor, type Anchor } from './anchor';

export interface ClaimDraft {
  anchor: Anchor;
  text: string;
  checkworthiness: number;
  reasons: string[];
  attribution: string | null;
  figures: Figure[];
}

/**
 * Picks the sentences a checker reviews: those judged check-worthy and any
 * that hold a figure (a figure is never dropped because its sentence scored low).
 */
export function claimsFromExtraction(result: ExtractionResult): ClaimDraft[] {
  const bySentence = new Map<number, Figure[]>();
  for (const f of result.figures) {
    const list = bySentence.get(f.sentence) ?? [];
    list.push(f);
    bySentence.set(f.sentence, list);
  }
  const drafts: ClaimDraft[] = [];
  result.sentences.forEach((s, i) => {
    const figures = bySentence.get(i) ?? [];
    if (!s.checkworthy && figures.length === 0) return;
    drafts.push({
      anchor: makeAnchor(result.body, s.start, s.end),
      text: s.text,
      checkworthiness: s.checkworthiness,
      reasons: s.reasons,
      attribution: s.attribution,
      figures,
    });
  });
  return drafts;
}
