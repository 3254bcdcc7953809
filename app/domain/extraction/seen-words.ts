/**
 * A bounded table of the distinct words a reader has met, keyed by a hash the
 * reader computes while it scans the characters (FNV-1a over UTF-16 code
 * units: `h = hashStep(h, c)` from HASH_SEED). Looking a word up by its place
 * in the text makes no substring and no Map lookup; the value is made once
 * per distinct word. Words repeat in any text, so most tokens are found.
 *
 * The value must depend on the word's text alone (and on what the table's
 * owner fixed when it made the table): when the table is half full it starts
 * again, and a word made twice must come out the same.
 */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One code unit more of a word's hash. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export class SeenWords<T> {
  /**
   * Slot k holds its hash (a small integer, 0 when empty), its word and its
   * value at 3k, 3k+1 and 3k+2: one probe touches one cache line, which
   * matters once other stages have pushed the table out of the cache.
   */
  private readonly slots: (number | string | T)[];
  private readonly mask: number;
  private readonly limit: number;
  private count = 0;

  /** `make` turns a word met for the first time into its value; the table holds up to 2^(bits-1) words. */
  constructor(
    private readonly make: (word: string) => T,
    bits = 15,
  ) {
    const size = 1 << bits;
    this.slots = new Array<number | string | T>(3 * size).fill(0);
    this.mask = size - 1;
    this.limit = size >> 1;
  }

  /** The value of text[start, end), whose hash (from HASH_SEED, hashStep per code unit) is `hash`. */
  get(text: string, start: number, end: number, hash: number): T {
    const h = (hash & 0x3fffffff) | 1; // a small integer; 0 marks an empty slot
    const home = (hash ^ (hash >>> 15)) & this.mask;
    const slots = this.slots;
    let slot = home;
    for (let k = slots[3 * slot]; k !== 0; k = slots[3 * slot]) {
      if (k === h && sameText(slots[3 * slot + 1] as string, text, start, end)) return slots[3 * slot + 2] as T;
      slot = (slot + 1) & this.mask;
    }
    const word = text.slice(start, end);
    const value = this.make(word);
    if (this.count >= this.limit) {
      slots.fill(0);
      this.count = 0;
      slot = home;
    }
    slots[3 * slot] = h;
    slots[3 * slot + 1] = word;
    slots[3 * slot + 2] = value;
    this.count++;
    return value;
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
