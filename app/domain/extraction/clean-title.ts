import { countWords } from './clean-furniture';

const DATE_WORDS =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
const TIME = /\b\d{1,2}:\d{2}\b/;

/**
 * A line that only gives a date or time ("Friday, 28 February 2020 14:05",
 * "Updated 02/28/2020"): page chrome, never the title.
 *
 * @example looksLikeDateLine('Monday, May 18, 2015') // true
 */
export function looksLikeDateLine(line: string): boolean {
  if (countWords(line, 8) > 8) return false;
  return DATE_WORDS.test(line) || NUMERIC_DATE.test(line) || TIME.test(line);
}

/**
 * A heading that can be the article's title: three to thirty words, not a
 * sentence ending in a period, not a byline, date or address.
 *
 * @example looksLikeTitle('Opposition fighters retake Saraqeb town from Assad forces') // true
 */
export function looksLikeTitle(line: string): boolean {
  const words = countWords(line, 30);
  if (words < 3 || words > 30) return false;
  if (/[.,;:]["'”’)]*$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  if (/^by\s/i.test(line) || /^(?:https?:|www\.)/i.test(line) || line.includes('@')) return false;
  if (looksLikeDateLine(line)) return false;
  return /\p{Ll}/u.test(line) || words >= 4;
}

/**
 * A standfirst: the summary sentence under a headline, often without a final
 * period ("Floods have killed at least 40 people in the north, officials
 * say"). Eight to sixty words, mostly lower-case (navigation is Title Case),
 * not a byline or a date.
 *
 * @example looksLikeStandfirst('Rising rivers have forced 3,000 families from their homes in the delta') // true
 */
export function looksLikeStandfirst(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 8 || words.length > 60) return false;
  if (/^by\s/i.test(line) || /[|»>]/.test(line) || line.includes('@') || looksLikeDateLine(line)) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower / words.length >= 0.4;
}
