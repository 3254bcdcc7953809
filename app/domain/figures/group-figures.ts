import type { Figure, FigureGroup, Span } from '../extraction/types';

/** Baseline: no groups. */
export function groupFigures(_body: string, _sentences: Span[], _figures: Figure[]): FigureGroup[] {
  return [];
}
