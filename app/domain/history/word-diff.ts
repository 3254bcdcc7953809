import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** Word-level diff for the history and conflict views: `wordDiff('a b', 'a c')`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({
    text: p.value,
    kind: p.added ? 'added' : p.removed ? 'removed' : 'same',
  }));
}
