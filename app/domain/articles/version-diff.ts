import type { DiffPart } from '../history/word-diff';
import { movedParagraphs, paragraphsOf, type Paragraph } from './moved-paragraphs';
import { readableRuns, runsToParts, textRuns, type TextRun } from './text-map';

/**
 * A stretch of a version diff: changed runs with some unchanged text either
 * side, an elision, or a paragraph that moved. A moved paragraph shows twice:
 * `away` where it stood in the older version (its text as it was) and `here`
 * where it stands in the newer (its words diffed when it was edited too);
 * `paragraph` is its 1-based number in the other version.
 */
export type DiffHunk =
  | { kind: 'parts'; parts: DiffPart[] }
  | { kind: 'gap'; chars: number }
  | { kind: 'moved'; direction: 'away' | 'here'; paragraph: number; parts: DiffPart[] };

type Moved = Extract<DiffHunk, { kind: 'moved' }>;
type Item = TextRun | { kind: 'moved'; hunk: Moved };

/**
 * The diff between two versions of an article for reading: unchanged text
 * longer than twice `context` characters is cut to `context` characters
 * either side of the changes around it, the cut shown as a gap. A paragraph
 * equal or near-equal in both versions at different places
 * (moved-paragraphs.ts) shows as moved, not as removed and added.
 *
 * @example versionDiff('a b c', 'a x c', 40)[0].parts.map((p) => p.kind) // ['same', 'removed', 'added', 'same']
 */
export function versionDiff(older: string, newer: string, context = 160): DiffHunk[] {
  const oldParas = paragraphsOf(older);
  const newParas = paragraphsOf(newer);
  const moves = movedParagraphs(oldParas, newParas);
  const away = cutParagraphs(older, oldParas, moves.map((m) => m.older));
  const here = cutParagraphs(newer, newParas, moves.map((m) => m.newer));
  let items: Item[] = readableRuns(textRuns(away.text, here.text));
  for (const m of moves) {
    const was = oldParas[m.older]!;
    const is = newParas[m.newer]!;
    items = placeAt(items, 'old', away.at.get(m.older)!, { kind: 'moved', direction: 'away', paragraph: m.newer + 1, parts: [{ kind: 'same', text: was.text }] });
    const parts = m.exact ? [{ kind: 'same' as const, text: is.text }] : runsToParts(readableRuns(textRuns(was.text, is.text)));
    items = placeAt(items, 'new', here.at.get(m.newer)!, { kind: 'moved', direction: 'here', paragraph: m.older + 1, parts });
  }
  return toHunks(items, context);
}

/** The text without the given paragraphs (each with the line breaks after it, or before it when it is last), and where each stood in what is left. */
function cutParagraphs(text: string, paras: Paragraph[], cut: number[]): { text: string; at: Map<number, number> } {
  const gone = new Set(cut);
  const at = new Map<number, number>();
  let out = '';
  let from = 0;
  paras.forEach((p, i) => {
    if (!gone.has(i)) return;
    const next = paras.slice(i + 1).find((_, k) => !gone.has(i + 1 + k));
    if (next) {
      out += text.slice(from, p.start);
      from = next.start;
      at.set(i, out.length);
    } else {
      // The last paragraph left: take the line breaks before it instead, so the texts still end alike.
      const prev = [...paras.slice(0, i)].reverse().find((q) => !gone.has(paras.indexOf(q)));
      out += text.slice(from, prev ? Math.max(from, prev.end) : p.start);
      from = text.length;
      at.set(i, out.length);
    }
  });
  out += text.slice(from);
  return { text: out, at };
}

/** Inserts a moved paragraph at `offset` of the older ('old') or newer ('new') cut text, splitting the run there. */
function placeAt(items: Item[], side: 'old' | 'new', offset: number, hunk: Moved): Item[] {
  const skip = side === 'old' ? 'added' : 'removed';
  for (let i = 0; i < items.length; i++) {
    const r = items[i]!;
    if (r.kind === 'moved' || r.kind === skip) continue;
    const start = side === 'old' ? r.oldStart : r.newStart;
    if (offset < start || offset >= start + r.text.length) continue;
    const k = offset - start;
    const marker: Item = { kind: 'moved', hunk };
    if (k === 0) return [...items.slice(0, i), marker, ...items.slice(i)];
    const head: TextRun = { ...r, text: r.text.slice(0, k) };
    const tail: TextRun = {
      ...r,
      text: r.text.slice(k),
      oldStart: r.kind === 'added' ? r.oldStart : r.oldStart + k,
      newStart: r.kind === 'removed' ? r.newStart : r.newStart + k,
    };
    return [...items.slice(0, i), head, marker, tail, ...items.slice(i + 1)];
  }
  return [...items, { kind: 'moved', hunk }];
}

function toHunks(items: Item[], context: number): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let current: DiffPart[] = [];
  const flush = () => {
    if (current.length) hunks.push({ kind: 'parts', parts: current });
    current = [];
  };
  items.forEach((run, i) => {
    if (run.kind === 'moved') {
      flush();
      hunks.push(run.hunk);
      return;
    }
    if (run.kind !== 'same') {
      current.push({ kind: run.kind, text: run.text });
      return;
    }
    const first = i === 0;
    const last = i === items.length - 1;
    const keepBefore = first ? 0 : context; // text after the previous change
    const keepAfter = last ? 0 : context; // text before the next change
    if (run.text.length <= keepBefore + keepAfter + 20) {
      if (run.text.trim() || current.length) current.push({ kind: 'same', text: run.text });
      return;
    }
    if (keepBefore) current.push({ kind: 'same', text: cutAtSpace(run.text.slice(0, keepBefore), 'end') });
    flush();
    const kept = (keepBefore ? cutAtSpace(run.text.slice(0, keepBefore), 'end').length : 0) + (keepAfter ? cutAtSpace(run.text.slice(-keepAfter), 'start').length : 0);
    hunks.push({ kind: 'gap', chars: run.text.length - kept });
    if (keepAfter) current.push({ kind: 'same', text: cutAtSpace(run.text.slice(-keepAfter), 'start') });
  });
  flush();
  return hunks;
}

function cutAtSpace(text: string, side: 'start' | 'end'): string {
  if (side === 'end') {
    const at = text.lastIndexOf(' ');
    return at > text.length / 2 ? text.slice(0, at + 1) : text;
  }
  const at = text.indexOf(' ');
  return at >= 0 && at < text.length / 2 ? text.slice(at + 1) : text;
}
