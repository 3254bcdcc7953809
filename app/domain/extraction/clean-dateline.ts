/**
 * Datelines and credit lines: "(Zaman Al Wasl)- …", "WASHINGTON (Reuters) - …",
 * "HAYWARD, Calif. (AP) — …" open an article; "Zaman Al Wasl with Agencies"
 * closes one. Both name the publisher, which the product keeps as the
 * article's credit while the body loses the furniture.
 */

// A credit in brackets: a short name without sentence punctuation.
const CREDIT = String.raw`\((\p{Lu}[^()\n.!?]{1,40}?)\)`;
// The dash after it; Spanish and Latin American wires write "(EFE).-".
const DASH = String.raw`\s*\.?(?:-{1,2}|–|—|:)\s*`;
// After a place's comma: a state, a country of up to three words or a date ("Calif.", "Costa Rica", "Feb 5"),
// or a country and then a date ("KYIV, Ukraine, March 3").
// Spanish and French wires put the day first ("MADRID, 3 dic", "PARIS, 5 mars").
const REGION = String.raw`(?:,\s*(?:\d{1,2}\s+(?:de\s+)?\p{L}[\p{L}.]{1,9}|\p{Lu}[\p{L}.'’-]{1,14}(?:\s+\p{Lu}[\p{L}.'’-]{1,14}){0,2}(?:\s+\d{1,2})?)){0,2}`;
// An upper-case place ("LONDON", "NEW YORK, United States"), or a capitalised one when a credit follows ("Beirut, Lebanon (CNN)").
// Letters of any script's upper case count: "BOGOTÁ", "İSTANBUL", "SÃO PAULO".
const PLACE = String.raw`(?:\p{Lu}[\p{Lu}.'’ -]{1,40}?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})${REGION}`;

const CREDIT_ONLY = new RegExp(`^\\s*${CREDIT}${DASH}`, 'u');
const PLACE_CREDIT = new RegExp(`^\\s*${PLACE}\\s*${CREDIT}${DASH}`, 'u');
// "GAZA CITY — …": an upper-case place and a dash, no credit; a lone hyphen only after a place of four letters or more ("ANKARA - ").
const PLACE_ONLY = new RegExp(String.raw`^\s*\p{Lu}[\p{Lu}.'’ -]{2,40}?${REGION}\s*(?:--|–|—)\s+`, 'u');
const PLACE_HYPHEN = new RegExp(String.raw`^\s*\p{Lu}{4,}(?:[ -]\p{Lu}{2,}){0,2}${REGION}\s+-\s+(?=\p{Lu})`, 'u');

const FOOTER = /^\s*(.{2,60}?)\s+(?:with|and|&)\s+(?:news\s+)?(?:agencies|wires|wire services)\s*\.?\s*$/i;

export interface Dateline {
  /** The paragraph without its dateline. */
  text: string;
  /** The credit the dateline names, or null. */
  credit: string | null;
  /** The dateline as written, without its dash ("KATHMANDU, Aug 14 (Reuters)"), or null when there was none or it named only a credit. */
  dateline: string | null;
}

/**
 * Strips a dateline from the start of an article's first paragraph.
 *
 * @example stripDateline('WASHINGTON (Reuters) - The U.S. said…') // { text: 'The U.S. said…', credit: 'Reuters', dateline: 'WASHINGTON (Reuters)' }
 */
export function stripDateline(paragraph: string): Dateline {
  let m = CREDIT_ONLY.exec(paragraph);
  // "(Zaman Al Wasl)- …" names the credit only: no place or date to keep
  if (m) return { text: paragraph.slice(m[0].length), credit: m[1].trim(), dateline: null };
  m = PLACE_CREDIT.exec(paragraph);
  if (m) return { text: paragraph.slice(m[0].length), credit: m[1].trim(), dateline: asWritten(m[0]) };
  m = PLACE_ONLY.exec(paragraph) ?? PLACE_HYPHEN.exec(paragraph);
  if (m && /\p{Lu}{2}/u.test(m[0])) return { text: paragraph.slice(m[0].length), credit: null, dateline: asWritten(m[0]) };
  return { text: paragraph, credit: null, dateline: null };
}

/** A matched dateline without its closing dash and spaces: "GAZA CITY —" → "GAZA CITY". */
function asWritten(matched: string): string {
  return matched.trim().replace(/\s*\.?(?:-{1,2}|–|—|:)$/u, '').trim();
}

/**
 * Reads a closing credit line such as "Zaman Al Wasl with Agencies"; null when
 * the line is not one.
 *
 * @example readCreditFooter('Zaman Al Wasl with Agencies') // 'Zaman Al Wasl'
 */
export function readCreditFooter(line: string): string | null {
  const m = FOOTER.exec(line);
  return m ? m[1].trim() : null;
}
