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
  private readonly hashes: Int32Array;
  private readonly keys: (string | undefined)[];
  private readonly values: (T | undefined)[];
  private readonly mask: number;
  private readonly limit: number;
  private count = 0;

  /** `make` turns a word met for the first time into its value; the table holds up to 2^(bits-1) words. */
  constructor(
    private readonly make: (word: string) => T,
    bits = 15,
  ) {
    const size = 1 << bits;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<T | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.limit = size >> 1;
  }

  /** The value of text[start, end), whose hash (from HASH_SEED, hashStep per code unit) is `hash`. */
  get(text: string, start: number, end: number, hash: number): T {
    const h = hash | 1; // 0 marks an empty slot
    const home = (h ^ (h >>> 15)) & this.mask;
    let slot = home;
    for (let k = this.hashes[slot]; k !== 0; k = this.hashes[slot]) {
      if (k === h && sameText(this.keys[slot] as string, text, start, end)) return this.values[slot] as T;
      slot = (slot + 1) & this.mask;
    }
    const word = text.slice(start, end);
    const value = this.make(word);
    if (this.count >= this.limit) {
      this.hashes.fill(0);
      this.keys.fill(undefined);
      this.values.fill(undefined);
      this.count = 0;
      slot = home;
    }
    this.hashes[slot] = h;
    this.keys[slot] = word;
    this.values[slot] = value;
    this.count++;
    return value;
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
