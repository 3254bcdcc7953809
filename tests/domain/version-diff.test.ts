import { describe, expect, it } from 'vitest';
import { movedParagraphs, paragraphsOf, similarity } from '../../app/domain/articles/moved-paragraphs';
import { versionDiff } from '../../app/domain/articles/version-diff';

const A = 'The council voted on Tuesday to close the old harbour bridge to lorries.';
const B = 'Engineers found cracks in two of its five steel girders last month.';
const C = 'Residents of the east bank said the detour would add twenty minutes to their commute.';
const D = 'A replacement bridge is planned but has no budget yet, the mayor said.';
const body = (...p: string[]) => p.join('\n\n');
const text = (parts: Array<{ text: string }>) => parts.map((p) => p.text).join('');

describe('moved paragraphs in the version diff', () => {
  it('shows a paragraph moved word for word as moved, not removed and added', () => {
    const hunks = versionDiff(body(A, B, C, D), body(A, C, D, B), 40);
    const moved = hunks.filter((h) => h.kind === 'moved');
    expect(moved).toEqual([
      { kind: 'moved', direction: 'away', paragraph: 4, parts: [{ kind: 'same', text: B }] },
      { kind: 'moved', direction: 'here', paragraph: 2, parts: [{ kind: 'same', text: B }] },
    ]);
    // Nothing else changed: no removed or added words anywhere.
    const parts = hunks.flatMap((h) => (h.kind === 'parts' ? h.parts : []));
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([]);
    // The away marker comes before C (where B stood), the here marker after D.
    const order = hunks.map((h) => (h.kind === 'moved' ? h.direction : h.kind === 'parts' ? text(h.parts).trim().slice(0, 12) : 'gap'));
    expect(order.indexOf('away')).toBeLessThan(order.indexOf('here'));
  });

  it('shows a paragraph moved and edited as moved, with its word diff where it now stands', () => {
    const B2 = B.replace('two of its five', 'three of its five');
    const hunks = versionDiff(body(A, B, C, D), body(B2, A, C, D), 40);
    const here = hunks.find((h) => h.kind === 'moved' && h.direction === 'here');
    expect(here).toMatchObject({ paragraph: 2 });
    const parts = here!.kind === 'moved' ? here!.parts : [];
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['two']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['three']);
  });

  it('keeps an edit in place an edit, and a rewritten paragraph removed and added', () => {
    const hunks = versionDiff(body(A, B, C), body(A, B.replace('last month', 'in October'), C), 40);
    expect(hunks.some((h) => h.kind === 'moved')).toBe(false);
    const other = 'Shops on the quay will stay open during the works, the harbour office confirmed.';
    const rewritten = versionDiff(body(A, B, C), body(A, C, other), 40);
    expect(rewritten.some((h) => h.kind === 'moved')).toBe(false);
  });

  it('finds the moves from paragraph alignment, ignoring short lines', () => {
    const older = paragraphsOf(body('Advertisement', A, B, C));
    const newer = paragraphsOf(body(A, C, 'Advertisement', B));
    expect(movedParagraphs(older, newer)).toEqual([{ older: 2, newer: 3, exact: true }]);
    expect(similarity('a b c d', 'a b c e')).toBe(0.75);
  });

  it('is the plain word diff when nothing moved', () => {
    const hunks = versionDiff(body(A, B), body(A, B.replace('five', 'six')), 40);
    const parts = hunks.flatMap((h) => (h.kind === 'parts' ? h.parts : []));
    expect(parts.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['five', 'six']);
  });
});
