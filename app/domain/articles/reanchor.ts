import { diffWords } from 'diff';
import { makeAnchor, type Anchor } from '../claims/anchor';
import { wordDiff, type DiffPart } from '../history/word-diff';
import { mapOffset, textRuns, type TextRun } from './text-map';

/** A claim as stored: its id and its W3C TextQuote/TextPosition anchor in the older body. */
export interface AnchoredClaim {
  id: number;
  anchor: Anchor;
}

/** A sentence of the newer body, as the extraction engine found it. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where a claim stands in the newer text:
 * - 'unchanged': its quote is there word for word (perhaps moved; `anchor` is the new place);
 * - 'changed': the passage it stood on is there with different words (`anchor` quotes the
 *   new passage, `diff` runs from the old quote to it);
 * - 'removed': nothing close enough is left (`anchor` keeps the old quote, at the place it
 *   was, with no length).
 */
export type Placement =
  | { id: number; kind: 'unchanged'; anchor: Anchor; moved: boolean }
  | { id: number; kind: 'changed'; anchor: Anchor; diff: DiffPart[]; similarity: number }
  | { id: number; kind: 'removed'; anchor: Anchor };

/** Below this share of common words a passage counts as gone, not as changed. */
export const MIN_SIMILARITY = 0.5;

/**
 * Re-anchors each claim from `older` to `newer`: first by its exact quote
 * (the occurrence whose prefix and suffix match best, nearest to where the
 * text diff puts it), then fuzzily: the text diff (lines, then words) maps
 * its old span into the newer text, the span snaps to the newer sentence it
 * mostly covers, and it counts as the same passage changed when at least
 * half its words are shared, else as removed.
 */
export function reanchorClaims(older: string, newer: string, claims: readonly AnchoredClaim[], sentences: readonly Span[]): Placement[] {
  const runs = textRuns(older, newer);
  return claims.map((c) => placeClaim(runs, newer, c, sentences));
}

function placeClaim(runs: readonly TextRun[], newer: string, claim: AnchoredClaim, sentences: readonly Span[]): Placement {
  const { anchor } = claim;
  const mappedStart = mapOffset(runs, anchor.start, 'start');
  const mappedEnd = Math.max(mappedStart, mapOffset(runs, anchor.end, 'end'));
  if (anchor.quote) {
    const exact = bestOccurrence(newer, anchor, mappedStart);
    if (exact !== null) {
      return {
        id: claim.id,
        kind: 'unchanged',
        anchor: makeAnchor(newer, exact, exact + anchor.quote.length),
        moved: exact !== anchor.start,
      };
    }
  }
  const span = snapToSentence(trimSpan(newer, mappedStart, mappedEnd), sentences);
  if (span.end > span.start) {
    const quote = newer.slice(span.start, span.end);
    const similarity = sharedWords(anchor.quote, quote);
    if (similarity >= MIN_SIMILARITY) {
      return { id: claim.id, kind: 'changed', anchor: makeAnchor(newer, span.start, span.end), diff: wordDiff(anchor.quote, quote), similarity };
    }
  }
  const at = Math.min(mappedStart, newer.length);
  return {
    id: claim.id,
    kind: 'removed',
    anchor: { start: at, end: at, quote: anchor.quote, prefix: newer.slice(Math.max(0, at - 32), at), suffix: newer.slice(at, at + 32) },
  };
}

/** The start of the occurrence of the quote that best fits its prefix, suffix and expected place; null if none. */
function bestOccurrence(text: string, anchor: Anchor, expected: number): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
    const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
    const after = text.slice(at + anchor.quote.length, at + anchor.quote.length + anchor.suffix.length);
    const context = commonSuffix(before, anchor.prefix) + commonPrefix(after, anchor.suffix);
    // Context decides; distance from where the diff expects it breaks ties.
    const score = context * 1_000_000 - Math.abs(at - expected);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** The sentence the span mostly is (each covers at least 60% of the other), else the span itself. */
function snapToSentence(span: Span, sentences: readonly Span[]): Span {
  const length = span.end - span.start;
  if (length <= 0) return span;
  let best: Span | null = null;
  let bestOverlap = 0;
  for (const s of sentences) {
    if (s.end <= span.start) continue;
    if (s.start >= span.end) break;
    const overlap = Math.min(s.end, span.end) - Math.max(s.start, span.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = s;
    }
  }
  if (best && bestOverlap >= 0.6 * length && bestOverlap >= 0.6 * (best.end - best.start)) return { start: best.start, end: best.end };
  return span;
}

/**
 * The share of words the two passages have in common (0–1), over the longer
 * of the two: `sharedWords('more than 300 died', 'more than 350 died') === 0.75`.
 */
export function sharedWords(a: string, b: string): number {
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const longer = Math.max(count(a), count(b));
  if (longer === 0) return 0;
  let same = 0;
  for (const part of diffWords(a, b)) if (!part.added && !part.removed) same += count(part.value);
  return same / longer;
}

/**
 * Of the newer text's candidate claims, those no placed claim already stands
 * on (no overlap with a claim found there, unchanged or changed): the new
 * sentences that become new unreviewed claims.
 */
export function newSpans<T extends Span>(candidates: readonly T[], placements: readonly Placement[]): T[] {
  const taken = placements
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.anchor)
    .sort((a, b) => a.start - b.start);
  return candidates.filter((c) => !taken.some((t) => t.start < c.end && c.start < t.end));
}
