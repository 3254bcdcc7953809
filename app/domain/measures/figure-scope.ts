/**
 * The frame a figure's sentence gives it, as stored on the figure when the
 * article is read (never recomputed by the pages that compare figures): the
 * time scope (a running total "since December", a one-day toll "killed
 * Wednesday", a stated period "over the past three months"; null when
 * unsaid), the year of an earlier event and a narrower place. The words are
 * app/domain/figures/frame.ts's, the same the extraction groups figures by.
 */
import { dayWordAt, NAMED_PERIOD, PERFECT, RUNNING, sentenceFrame } from '../figures/frame';
import type { FigureScope } from './measure-verdict';

/** The stored frame of a figure: figure.scope, scope_date, era and place. */
export interface FigureFrame {
  scope: FigureScope | null;
  /** The day word as written ("Wednesday", "Last night"), capitalised, for a one-day toll; else null. */
  scopeDate: string | null;
  /** The year of a dated event ("2019"), "another …" for another event, or null. */
  era: string | null;
  /** A narrower place than the article's ("mill street"), lower case, or null. */
  place: string | null;
}

/**
 * @example figureScope('Nine civilians were killed Wednesday.') // { scope: 'day', scopeDate: 'Wednesday', era: null, place: null }
 */
export function figureScope(sentence: string): FigureFrame {
  const frame = sentenceFrame(sentence);
  const lower = sentence.toLowerCase();
  if (frame.scope === 'day') {
    const at = dayWordAt(lower);
    const word = at ? sentence.slice(at[0], at[0] + at[1]) : null;
    return { scope: 'day', scopeDate: word ? word[0].toUpperCase() + word.slice(1) : null, era: frame.era, place: frame.place };
  }
  if (frame.scope === 'period') {
    const running = RUNNING.test(lower) || (PERFECT.test(lower) && !NAMED_PERIOD.test(lower));
    return { scope: running ? 'cumulative' : 'period', scopeDate: null, era: frame.era, place: frame.place };
  }
  return { scope: null, scopeDate: null, era: frame.era, place: frame.place };
}

export const SCOPE_LABEL: Record<FigureScope, string> = { cumulative: 'running total', day: 'one day', period: 'a period' };
