import { findFigures, type FindFiguresOptions } from '../../app/domain/figures/find-figures';
import type { Figure } from '../../app/domain/extraction/types';
import { groupFigures } from '../../app/domain/figures/group-figures';
import { splitSentences } from '../../app/domain/extraction/split-sentences';

/** Figures of a one-sentence text (the whole text is the sentence). */
export function figuresOf(text: string, options?: FindFiguresOptions): Figure[] {
  return findFigures(text, [{ start: 0, end: text.length }], options);
}

/** The single figure of a text; fails the test when there is not exactly one. */
export function oneFigure(text: string, options?: FindFiguresOptions): Figure {
  const figs = figuresOf(text, options);
  if (figs.length !== 1) throw new Error(`expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(figs.map((f) => f.text))}`);
  return figs[0];
}

/** The competing-figure groups of a text of several sentences, as lists of figure texts. */
export function groupsOf(text: string): string[][] {
  const sentences = splitSentences(text);
  const figures = findFigures(text, sentences);
  return groupFigures(text, sentences, figures).map((g) => g.figures.map((i) => figures[i].text));
}
