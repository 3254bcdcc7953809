/**
 * The frame a figure's sentence gives it, as stored on the figure when the
 * article is read (never recomputed by the pages that compare figures): the
 * time scope (a running total "since December", a one-day toll "killed
 * Wednesday", a stated period "over the past three months"; null when
 * unsaid), the year of an earlier event and a narrower place. The words are
 * app/domain/figures/frame.ts's, the same the extraction groups figures by.
 */
import { clauseAround, dayWordAt, figureFrame, hasClauses, isRunning, NAMED_PERIOD, PERFECT, sentenceFrame, sentenceScope } from '../figures/frame';
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
 * The frame of a figure in `sentence`; with `at` (the figure's offset in the
 * sentence) its own clause's where the sentence joins two statements
 * (figureFrame: "In 2011, floods killed 54, and a separate flood killed 12").
 *
 * @example figureScope('Nine civilians were killed Wednesday.') // { scope: 'day', scopeDate: 'Wednesday', era: null, place: null }
 */
export function figureScope(sentence: string, at?: number): FigureFrame {
  const whole = sentenceFrame(sentence);
  const frame = at === undefined || at < 0 ? whole : figureFrame(sentence, at, undefined, whole);
  // the time words are read from the clause when it names its own time, else from the sentence
  let text = sentence;
  if (frame !== whole && hasClauses(sentence)) {
    const [s, e] = clauseAround(sentence, at!);
    if (sentenceScope(sentence.slice(s, e)) !== 'unknown') text = sentence.slice(s, e);
  }
  const lower = text.toLowerCase();
  if (frame.scope === 'day') {
    const day = dayWordAt(lower);
    const word = day ? text.slice(day[0], day[0] + day[1]) : null;
    return { scope: 'day', scopeDate: word ? word[0].toUpperCase() + word.slice(1) : null, era: frame.era, place: frame.place };
  }
  if (frame.scope === 'period') {
    const running = isRunning(lower) || (PERFECT.test(lower) && !NAMED_PERIOD.test(lower));
    return { scope: running ? 'cumulative' : 'period', scopeDate: null, era: frame.era, place: frame.place };
  }
  return { scope: null, scopeDate: null, era: frame.era, place: frame.place };
}

export const SCOPE_LABEL: Record<FigureScope, string> = { cumulative: 'running total', day: 'one day', period: 'a period' };
