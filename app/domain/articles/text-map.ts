import { diffLines, diffWordsWithSpace, type Change } from 'diff';
import type { DiffPart } from '../history/word-diff';

/**
 * How an older text became a newer one, as runs: 'same' (in both), 'removed'
 * (only in the older) and 'added' (only in the newer), with their offsets in
 * each. Words (and the spaces between them) are compared across the whole
 * text, so "more than 300" → "more than 350" is one word and a moved
 * paragraph lines up; on a text so long and so changed that this passes the
 * time budget, lines are compared first and words only inside each changed
 * stretch.
 */
export interface TextRun {
  kind: DiffPart['kind'];
  text: string;
  oldStart: number;
  newStart: number;
}

/** Words compared inside a changed stretch at most this long (characters each side); longer stretches stay whole lines. */
const MAX_WORD_STRETCH = 200_000;
/** Milliseconds the whole-text word comparison may take before lines are compared first. */
const WORD_DIFF_BUDGET_MS = 2_000;

/**
 * The runs from `older` to `newer`. Concatenating the 'same' and 'removed'
 * runs gives `older`; 'same' and 'added' give `newer`.
 *
 * @example textRuns('a 300 b', 'a 350 b').map((r) => r.kind) // ['same', 'removed', 'added', 'same']
 */
export function textRuns(older: string, newer: string): TextRun[] {
  const runs: TextRun[] = [];
  let o = 0;
  let n = 0;
  const push = (kind: TextRun['kind'], text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text, oldStart: o, newStart: n });
    if (kind !== 'added') o += text.length;
    if (kind !== 'removed') n += text.length;
  };
  const whole = diffWordsWithSpace(older, newer, { timeout: WORD_DIFF_BUDGET_MS });
  if (whole) {
    for (const w of whole) push(w.added ? 'added' : w.removed ? 'removed' : 'same', w.value);
    return runs;
  }
  const lines = diffLines(older, newer);
  for (let i = 0; i < lines.length; i++) {
    const part = lines[i]!;
    if (!part.added && !part.removed) {
      push('same', part.value);
      continue;
    }
    // A stretch of removed and added lines: compare its words.
    let removed = '';
    let added = '';
    for (; i < lines.length && (lines[i]!.added || lines[i]!.removed); i++) {
      if (lines[i]!.added) added += lines[i]!.value;
      else removed += lines[i]!.value;
    }
    i--;
    const words: Change[] | null =
      removed && added && removed.length <= MAX_WORD_STRETCH && added.length <= MAX_WORD_STRETCH
        ? diffWordsWithSpace(removed, added)
        : null;
    if (!words) {
      push('removed', removed);
      push('added', added);
      continue;
    }
    for (const w of words) push(w.added ? 'added' : w.removed ? 'removed' : 'same', w.value);
  }
  return runs;
}

/**
 * Maps an offset in the older text to the newer one: exact inside unchanged
 * text. A start inside removed text goes to where that text was; an end
 * inside it goes past whatever was added in its place, so a span whose
 * last word was replaced ends after the replacement.
 *
 * @example mapOffset(textRuns('a b', 'x a b'), 2) === 4
 */
export function mapOffset(runs: readonly TextRun[], offset: number, side: 'start' | 'end' = 'start'): number {
  if (side === 'end') {
    if (offset <= 0) return 0;
    const i = runHolding(runs, offset - 1);
    if (i < 0) return newLength(runs);
    const run = runs[i]!;
    if (run.kind === 'same') return run.newStart + (offset - run.oldStart);
    const next = runs[i + 1];
    return next && next.kind === 'added' ? next.newStart + next.text.length : run.newStart;
  }
  const i = runHolding(runs, offset);
  if (i < 0) return newLength(runs);
  const run = runs[i]!;
  return run.kind === 'same' ? run.newStart + (offset - run.oldStart) : run.newStart;
}

/** Index of the same/removed run holding older-text offset `offset`, or -1 past the end. */
function runHolding(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (r.oldStart <= offset) {
      if (r.kind !== 'added' && offset < r.oldStart + r.text.length) return mid;
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Added runs share their oldStart with the run after them: look just ahead.
  for (let i = Math.max(0, found); i < runs.length && runs[i]!.oldStart <= offset; i++) {
    const r = runs[i]!;
    if (r.kind !== 'added' && offset < r.oldStart + r.text.length) return i;
  }
  return -1;
}

function newLength(runs: readonly TextRun[]): number {
  const last = runs[runs.length - 1];
  if (!last) return 0;
  return last.newStart + (last.kind === 'removed' ? 0 : last.text.length);
}

/** The runs as the history's diff parts (the older text's words struck, the newer's added). */
export function runsToParts(runs: readonly TextRun[]): DiffPart[] {
  return runs.map((r) => ({ kind: r.kind, text: r.text }));
}

/**
 * For reading, a rewritten sentence reads better as the old words struck and
 * the new ones after than as a salad of common short words: a short unchanged
 * run (under 16 characters, within a line) between two changes joins them,
 * and neighbouring removals and additions are gathered, removals first.
 */
export function readableRuns(runs: readonly TextRun[]): TextRun[] {
  const isShortSame = (r: TextRun, i: number) =>
    r.kind === 'same' && r.text.length < 16 && !r.text.includes('\n') && i > 0 && i < runs.length - 1 && runs[i - 1]!.kind !== 'same' && runs[i + 1]!.kind !== 'same';
  const out: TextRun[] = [];
  let removed = '';
  let added = '';
  let at: TextRun | null = null;
  const flush = () => {
    if (at && removed) out.push({ kind: 'removed', text: removed, oldStart: at.oldStart, newStart: at.newStart });
    if (at && added) out.push({ kind: 'added', text: added, oldStart: at.oldStart + removed.length, newStart: at.newStart });
    removed = '';
    added = '';
    at = null;
  };
  runs.forEach((r, i) => {
    if (r.kind === 'same' && !isShortSame(r, i)) {
      flush();
      out.push(r);
      return;
    }
    at ??= r;
    if (r.kind !== 'added') removed += r.text;
    if (r.kind !== 'removed') added += r.text;
  });
  flush();
  return out;
}
