import type { Figure } from '../extraction/types';
import { findFigures } from '../figures/find-figures';

/**
 * Reads the figure a checker types from a source, with the same engine as
 * articles: `parseFigureText('nearly a million displaced')` → low 900000, high 1e6.
 */
export function parseFigureText(text: string): Omit<Figure, 'start' | 'end' | 'sentence'> | null {
  const [first] = findFigures(text, [{ start: 0, end: text.length }]);
  if (!first) return null;
  const { start: _s, end: _e, sentence: _i, ...rest } = first;
  return rest;
}
