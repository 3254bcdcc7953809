/**
 * Figures that add to another rather than estimate it: "a further 200,000
 * marched in other cities", "another 30 people were injured", "an additional
 * 1,500 troops". They count something beyond the figure they follow, so they
 * never compete with it (English words; other languages mark none here yet).
 */

/** The words just before a figure that make it an increment, at the end of the text before it. */
const INCREMENT_BEFORE = /(?:^|[\s(])(?:a\s+further|another|an\s+additional|an\s+extra)(?:\s+estimated)?\s+$/i;
/** "N more people", "N others": an increment written after the number. */
const INCREMENT_AFTER = /^\s+(?:more|others|other\s+people|additional)\b/i;

/**
 * Whether the figure at [at, end) of `sentence` (offsets into it) adds to
 * another figure instead of estimating the same thing.
 *
 * @example isIncrement('Police said 300 were held and another 40 were released.', 35, 37) // true
 * @example isIncrement('Police said 300 were held.', 12, 15) // false
 */
export function isIncrement(sentence: string, at: number, end: number): boolean {
  return INCREMENT_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || INCREMENT_AFTER.test(sentence.slice(end, end + 25));
}
