/**
 * How a language writes digits: which characters group thousands and which
 * one marks decimals. The tokenizer reads numbers through one of these, so a
 * new language is a new NumberFormat in its lexicon, not a new tokenizer
 * (docs/decisions/010-figure-lexicons.md).
 *
 * Digits are read in every script whatever the language: ASCII, Arabic-Indic
 * (٠–٩), Extended Arabic-Indic (۰–۹), Devanagari and full-width forms.
 */

export interface NumberFormat {
  /** Characters that group digits in threes ("," in English "948,000"; "." in Spanish "1.500"). */
  group: string;
  /** Characters that mark decimals ("." in English; "," in Spanish and French; "٫" in Arabic). */
  decimal: string;
  /**
   * A plain space groups digits too ("3 114" in French, "10 000" in some English
   * style guides). Only groups of exactly three digits after a first group of
   * one to three are joined, so "in 2019 100 people" stays two numbers.
   */
  spaceGroups: boolean;
  /** Indian grouping ("12,34,567", "1,00,000"): pairs of digits before the last three. */
  lakhGroups: boolean;
}

/** Zero of each decimal-digit block read as digits (Unicode general category Nd). */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10];

/**
 * Value 0–9 of a digit character code in any supported script, or -1.
 *
 * @example digitValue('٩'.charCodeAt(0)) // 9
 */
export function digitValue(c: number): number {
  if (c < 0x80) return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1; // ASCII, most characters: no walk over the blocks
  for (const z of DIGIT_ZEROS) if (c >= z && c <= z + 9) return c - z;
  return -1;
}

/** Whether a character code is a digit in a supported script. */
export const isDigitCode = (c: number): boolean => digitValue(c) >= 0;

/** Narrow no-break, thin and no-break spaces group digits in every language ("1 234 567"). */
const SPACE_GROUPS = new Set([0x202f, 0x2009, 0xa0]);

/** Whether a character code groups digits under the format (plain space excluded: see spaceGroups). */
export function isGroupCode(f: NumberFormat, c: number): boolean {
  return SPACE_GROUPS.has(c) || f.group.includes(String.fromCharCode(c)) || (f.spaceGroups && c === 32);
}

/** Whether a character code marks decimals under the format. */
export function isDecimalCode(f: NumberFormat, c: number): boolean {
  return f.decimal.includes(String.fromCharCode(c));
}

/**
 * The number a run of digits, group and decimal marks stands for, read
 * under the format; NaN when it is not one.
 *
 * @example numberValue('1.500,5', { group: '.', decimal: ',', spaceGroups: true, lakhGroups: false }) // 1500.5
 */
export function numberValue(text: string, f: NumberFormat): number {
  let ascii = '';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const d = digitValue(c);
    if (d >= 0) ascii += String(d);
    else if (isDecimalCode(f, c)) ascii += '.';
    else if (c === 101 || c === 69 || c === 43 || c === 45) ascii += text[k]; // e, E, +, - of "1.2e+9"
    else if (!isGroupCode(f, c)) return NaN;
  }
  return Number(ascii);
}
