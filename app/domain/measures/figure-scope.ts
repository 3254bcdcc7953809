/**
 * The time scope a figure's sentence gives it, as stored on the figure:
 * a running total ("since December"), a one-day toll ("killed Wednesday")
 * or a stated period ("over the past three months"); null when unsaid.
 */
import { sentenceScope } from '../figures/frame';
import type { FigureScope } from './measure-verdict';

const RUNNING = /\b(since|so far|to date|in total|overall|altogether|cumulative)\b/;
// The present perfect states a total to date ("have been displaced") unless a period is named.
const PERFECT = /\b(?:has|have)(?: now| so far| already)?(?: been)? \w+(?:ed|en)\b/;
const NAMED_PERIOD = /\b(?:in|over|during|within) the (?:past|last|previous)\b|\b(?:this|last) (?:year|month|week)\b/;
const DAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|overnight|the previous day|the day before|the same day)\b/;

/**
 * @example figureScope('Nine civilians were killed Wednesday.') // { scope: 'day', scopeDate: 'Wednesday' }
 */
export function figureScope(sentence: string): { scope: FigureScope | null; scopeDate: string | null } {
  const s = sentenceScope(sentence);
  if (s === 'day') {
    const m = DAY_WORD.exec(sentence.toLowerCase());
    const word = m ? sentence.slice(m.index, m.index + m[0].length) : null;
    return { scope: 'day', scopeDate: word ? word[0].toUpperCase() + word.slice(1) : null };
  }
  if (s === 'period') {
    const lower = sentence.toLowerCase();
    const running = RUNNING.test(lower) || (PERFECT.test(lower) && !NAMED_PERIOD.test(lower));
    return { scope: running ? 'cumulative' : 'period', scopeDate: null };
  }
  return { scope: null, scopeDate: null };
}

export const SCOPE_LABEL: Record<FigureScope, string> = { cumulative: 'running total', day: 'one day', period: 'a period' };
