import { diffArrays } from 'diff';

/** A paragraph of an article body (one non-blank line) and where it stands: `start`/`end` in UTF-16 units, `end` before its line break. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** A paragraph found in both versions at different places: `older`/`newer` are its indexes (0-based) in each version's paragraphs. */
export interface MovedParagraph {
  older: number;
  newer: number;
  /** True when the words are the same (spacing aside); false when near-equal (edited as well as moved). */
  exact: boolean;
}

/** Paragraphs shorter than this many words are never taken as moved ("Advertisement", a dateline). */
const MIN_WORDS = 5;
/** Share of words (Dice over word counts) two paragraphs need to be the same paragraph edited. */
const NEAR_EQUAL = 0.8;

/**
 * The paragraphs of a body: each non-blank line.
 *
 * @example paragraphsOf('a b\n\nc').map((p) => p.text) // ['a b', 'c']
 */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (s: string) => words(s).join(' ');

/**
 * How alike two paragraphs' words are, 0…1: twice the shared words over all
 * words (each word counted as often as it occurs).
 *
 * @example similarity('a b c d', 'a b c e') === 0.75
 */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length && !wb.length) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/**
 * Paragraphs that moved between two versions. The paragraph sequences are
 * aligned (jsdiff's diffArrays on their words); a paragraph left out of the
 * alignment in the older version is moved when the newer one has it
 * elsewhere: the same words anywhere unaligned, or near-equal words
 * (`NEAR_EQUAL`) outside the stretch it stood in (near-equal in the same
 * stretch is an edit in place, shown word for word). Each paragraph pairs
 * at most once, best match first.
 */
export function movedParagraphs(older: Paragraph[], newer: Paragraph[]): MovedParagraph[] {
  const oldKeys = older.map((p) => key(p.text));
  const newKeys = newer.map((p) => key(p.text));
  const removed: Array<{ i: number; stretch: number }> = [];
  const added: Array<{ j: number; stretch: number }> = [];
  let i = 0;
  let j = 0;
  let stretch = 0;
  for (const c of diffArrays(oldKeys, newKeys)) {
    const n = c.count ?? c.value.length;
    if (c.removed) for (let k = 0; k < n; k++) removed.push({ i: i++, stretch });
    else if (c.added) for (let k = 0; k < n; k++) added.push({ j: j++, stretch });
    else {
      i += n;
      j += n;
      stretch++;
    }
  }
  const candidates: Array<MovedParagraph & { score: number }> = [];
  for (const r of removed) {
    if (words(older[r.i]!.text).length < MIN_WORDS) continue;
    for (const a of added) {
      if (oldKeys[r.i] === newKeys[a.j]) {
        candidates.push({ older: r.i, newer: a.j, exact: true, score: 2 });
        continue;
      }
      if (a.stretch === r.stretch) continue;
      const score = similarity(older[r.i]!.text, newer[a.j]!.text);
      if (score >= NEAR_EQUAL) candidates.push({ older: r.i, newer: a.j, exact: false, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.older - y.older || x.newer - y.newer);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const moves: MovedParagraph[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.older) || usedNew.has(c.newer)) continue;
    usedOld.add(c.older);
    usedNew.add(c.newer);
    moves.push({ older: c.older, newer: c.newer, exact: c.exact });
  }
  return moves.sort((x, y) => x.older - y.older);
}
