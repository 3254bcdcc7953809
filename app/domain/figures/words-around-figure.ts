/**
 * Words next to a number that change what the figure is, read from the
 * lexicon: a comparative tied to the next number ("وأكثر من 450"), a
 * magnitude ("a magnitude 6.8 earthquake"), a running count named before a
 * bounding verb ("the death toll exceeded 150 people").
 */
import type { FigureLexicon } from './lexicon';
import type { Token } from './tokenize';

/** Words that tie a comparative to the number after it: English "than", Arabic من, French and Spanish que/de. */
export const THAN_WORDS = new Set(['than', 'من', 'que', 'de']);

/**
 * Token index where a magnitude figure ends when the number at
 * [start, end) is one: a magnitude word just before it ("magnitude 6.8"),
 * or just after it, alone or hyphenated ("6.8 magnitude", "7.1-magnitude",
 * which the figure then takes in); null when it is not.
 */
export function magnitudeAround(toks: Token[], start: number, end: number, lx: FigureLexicon): number | null {
  const words = lx.magnitudeWords;
  if (!words?.length) return null;
  if (start > 0 && words.includes(toks[start - 1].lower)) return end;
  if (toks[end]?.kind === 'word' && words.includes(toks[end].lower)) return end + 1;
  if (toks[end]?.text === '-' && !toks[end].space && words.includes(toks[end + 1]?.lower ?? '')) return end + 2;
  return null;
}

/** Whether one of the lexicon's tally nouns stands in the four words before token `i` ("the death toll exceeded"). */
export function tallyBefore(toks: Token[], i: number, lx: FigureLexicon): boolean {
  if (!lx.tallyNouns?.length) return false;
  for (let b = i - 1; b >= 0 && b >= i - 4; b--) {
    const t = toks[b];
    if (t.kind !== 'word') return false;
    if (lx.tallyNouns.includes(t.lower)) return true;
  }
  return false;
}
