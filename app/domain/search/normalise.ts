/**
 * The one normalisation search applies to what it indexes and to what a
 * person types (ADR 024), so that both meet in the same spelling:
 *
 * - digits of every script (\p{Nd}: Arabic-Indic ٠-٩, Extended Arabic-Indic
 *   ۰-۹, Devanagari, fullwidth …) become ASCII digits;
 * - Arabic harakat (U+064B–U+065F), the superscript alef U+0670 and tatweel
 *   U+0640 are removed; alef with hamza or madda and alef wasla (أ إ آ ٱ)
 *   become a bare alef ا;
 * - Latin accents are removed (é → e, İ → i) and the text is lower-cased;
 *   compatibility forms are unfolded (NFKC: ﻻ → لا, ﬁ → fi);
 * - a number written with group separators ("948,000", "948٬000",
 *   "948 000", "1.500", "2'500", Indian "9,48,000") is indexed as written
 *   and also as its bare digits, so "948000" finds it; in a query it is
 *   searched as its bare digits only, so "948,000" finds "948000" too;
 * - any other separator between digits ("1.5") becomes a space, so both
 *   engines see the same words.
 *
 * Pure and deterministic: changing it changes what stored search texts mean,
 * so a change needs a migration that recomputes them (ADR 024).
 */

/** Characters that group digits: , . ' ’ ٬ (Arabic thousands), space, no-break, thin and narrow no-break spaces. */
export const GROUP_SEPARATORS = ",.'\u2019\u066C \u00A0\u2009\u202F";
const SEP = `[${GROUP_SEPARATORS}]`;

// A grouped number: 1–3 digits, then groups of three digits, all with the
// same separator (so "1,234.5" groups only "1,234"), not glued to more digits
// or to another group ("1.234.5678" is no grouped number); or the Indian
// grouping (two-digit groups, then three). A space before it does not glue:
// "in 2015 100 000 fled" groups "100 000".
/** The grouped-number pattern over digits `d` (ASCII `\\d` in folded text, `\\p{Nd}` in original text); group 1 is the separator. */
export function groupedNumberPattern(d: string): string {
  return (
    `(?<!${d}[,.'\u2019\u066C]?)` +
    `(?:${d}{1,3}(${SEP})${d}{3}(?:\\1${d}{3})*(?!\\1?${d})|${d}{1,2}(?:,${d}{2})+,${d}{3}(?!,?${d}))`
  );
}
const GROUPED = new RegExp(groupedNumberPattern('\\d'), 'gu');

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
const LATIN_MARKS = /[\u0300-\u036F]/g;
const DIGIT = /\p{Nd}/gu;
const ONE_DIGIT = /^\p{Nd}$/u;

const digitValues = new Map<string, string>();

/**
 * The ASCII digit for one \p{Nd} character. Unicode encodes every decimal
 * digit set as ten consecutive code points 0…9, so the value is the
 * distance from the start of its run of digits, modulo ten (runs such as
 * the mathematical digits hold several sets back to back).
 */
function digitValue(d: string): string {
  let v = digitValues.get(d);
  if (v === undefined) {
    let cp = d.codePointAt(0)!;
    let k = 0;
    while (ONE_DIGIT.test(String.fromCodePoint(cp - 1))) {
      cp--;
      k++;
    }
    v = String(k % 10);
    digitValues.set(d, v);
  }
  return v;
}

/** Digits of every script as ASCII digits ("٩٤٨" → "948"); everything else unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(DIGIT, (d) => (d >= '0' && d <= '9' ? d : digitValue(d)));
}

/**
 * The folds that do not change how text splits into words: compatibility
 * forms, digits, Arabic marks and alef variants, Latin accents, case.
 * @example foldText('Déplacés ٩٤٨') === 'deplaces 948'
 */
export function foldText(text: string): string {
  return asciiDigits(text.normalize('NFKC'))
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC');
}

/** "948,000" → "948000": a grouped number's digits without its separators. */
function bareDigits(grouped: string): string {
  return grouped.replace(/\D/g, '');
}

/**
 * What search indexes for a text: `foldText`, and each grouped number
 * followed by its bare digits ("948,000 people" → "948,000 948000 people").
 * Stored in `claim.search_text`, `article.search_title`/`search_body`.
 */
export function searchText(text: string): string {
  return splitDigits(foldText(text).replace(GROUPED, (m) => `${m} ${bareDigits(m)}`));
}

/**
 * "1.5" → "1 5": a separator between digits becomes a space, so that both
 * engines split numbers alike (PostgreSQL's parser would keep "1.500" as one
 * word where FTS5 reads "1" and "500").
 */
function splitDigits(text: string): string {
  return text.replace(/(\d)[.,'\u2019\u066C](?=\d)/g, '$1 ');
}

/**
 * What search looks for when a person types `query`: `foldText`, and each
 * grouped number as its bare digits ("948,000" → "948000"), which the index
 * holds for "948,000", "948٬000", "948 000" and "948000" alike.
 */
export function searchQueryText(query: string): string {
  return splitDigits(foldText(query).replace(GROUPED, bareDigits));
}

/** A claim's search text (`claim.search_text`): its wording, then its quote (the passage it was read from), each `searchText`. */
export function claimSearchText(text: string, quote: string): string {
  return `${searchText(text)}\n${searchText(quote)}`;
}
