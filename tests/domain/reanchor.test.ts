import { describe, expect, it } from 'vitest';
import { makeAnchor } from '../../app/domain/claims/anchor';
import { newSpans, reanchorClaims, sharedWords } from '../../app/domain/articles/reanchor';
import { mapOffset, textRuns } from '../../app/domain/articles/text-map';

const claimAt = (id: number, body: string, sentence: string) => {
  const start = body.indexOf(sentence);
  if (start < 0) throw new Error(`not in body: ${sentence}`);
  return { id, anchor: makeAnchor(body, start, start + sentence.length) };
};

const sentencesOf = (body: string) => {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^.\n]+\./g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
};

describe('textRuns and mapOffset', () => {
  it('give back both texts and map offsets through the changes', () => {
    const a = 'Shelling killed more than 300 civilians.\n\nAid stopped.\n';
    const b = 'Intro line.\n\nShelling killed more than 350 civilians.\n\nAid stopped.\n';
    const runs = textRuns(a, b);
    expect(runs.filter((r) => r.kind !== 'added').map((r) => r.text).join('')).toBe(a);
    expect(runs.filter((r) => r.kind !== 'removed').map((r) => r.text).join('')).toBe(b);
    expect(mapOffset(runs, a.indexOf('Aid'))).toBe(b.indexOf('Aid'));
    expect(mapOffset(runs, 0)).toBe(b.indexOf('Shelling'));
    // An end inside the replaced word goes past its replacement.
    expect(mapOffset(runs, a.indexOf('300') + 3, 'end')).toBe(b.indexOf('350') + 3);
    expect(mapOffset(runs, a.length)).toBe(b.length);
  });
});

describe('reanchorClaims', () => {
  const older = [
    'Government shelling killed more than 300 civilians in Idlib, the monitor said.',
    'Nearly a million people have fled since December.',
    'The UN called for a ceasefire on Monday.',
    'Schools were closed across the province.',
  ].join('\n\n');
  const newer = [
    'Update: talks resumed in Ankara on Tuesday.',
    'Government shelling killed more than 350 civilians in Idlib, the monitor said.',
    'Nearly a million people have fled since December.',
    'Schools were closed across the province.',
  ].join('\n\n');
  const claims = [
    claimAt(1, older, 'Government shelling killed more than 300 civilians in Idlib, the monitor said.'),
    claimAt(2, older, 'Nearly a million people have fled since December.'),
    claimAt(3, older, 'The UN called for a ceasefire on Monday.'),
  ];
  const placements = reanchorClaims(older, newer, claims, sentencesOf(newer));

  it('finds an unchanged claim word for word where it moved', () => {
    const p = placements[1]!;
    expect(p.kind).toBe('unchanged');
    expect(newer.slice(p.anchor.start, p.anchor.end)).toBe('Nearly a million people have fled since December.');
  });

  it('flags a changed claim with a word diff and anchors it on the new wording', () => {
    const p = placements[0]!;
    expect(p.kind).toBe('changed');
    if (p.kind !== 'changed') return;
    expect(p.anchor.quote).toBe('Government shelling killed more than 350 civilians in Idlib, the monitor said.');
    expect(p.diff.filter((d) => d.kind === 'removed').map((d) => d.text.trim())).toEqual(['300']);
    expect(p.diff.filter((d) => d.kind === 'added').map((d) => d.text.trim())).toEqual(['350']);
  });

  it('flags a claim whose sentence is gone as removed, keeping its old wording', () => {
    const p = placements[2]!;
    expect(p.kind).toBe('removed');
    expect(p.anchor.quote).toBe('The UN called for a ceasefire on Monday.');
    expect(p.anchor.end).toBe(p.anchor.start);
  });

  it('leaves the new sentences to become new claims', () => {
    const fresh = newSpans(sentencesOf(newer), placements).map((s) => newer.slice(s.start, s.end));
    expect(fresh).toEqual(['Update: talks resumed in Ankara on Tuesday.', 'Schools were closed across the province.']);
  });

  it('picks the repeated quote whose context matches', () => {
    const body = 'Aid stopped. The toll rose. Later, aid resumed. The toll rose. End.';
    const second = body.lastIndexOf('The toll rose.');
    const claim = { id: 9, anchor: makeAnchor(body, second, second + 'The toll rose.'.length) };
    const moved = 'Preface. ' + body;
    const [p] = reanchorClaims(body, moved, [claim], sentencesOf(moved));
    expect(p!.kind).toBe('unchanged');
    expect(p!.anchor.start).toBe(moved.lastIndexOf('The toll rose.'));
  });

  it('measures shared words', () => {
    expect(sharedWords('more than 300 died', 'more than 350 died')).toBe(0.75);
    expect(sharedWords('a b', 'c d')).toBe(0);
  });
});

describe('versionDiff', () => {
  it('shows a changed figure word for word and a rewritten sentence whole, with gaps for long unchanged text', async () => {
    const { versionDiff } = await import('../../app/domain/articles/version-diff');
    const long = 'Unchanged words go on and on here. '.repeat(20);
    const a = `${long}\n\nShelling killed more than 300 civilians.\n\nTurkey said on Wednesday that 21 soldiers died.\n\n${long}`;
    const b = `${long}\n\nShelling killed more than 350 civilians.\n\nLocal officials said 150 schools had closed.\n\n${long}`;
    const hunks = versionDiff(a, b, 40);
    expect(hunks[0]).toMatchObject({ kind: 'gap' });
    const parts = hunks.flatMap((h) => (h.kind === 'parts' ? h.parts : []));
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['300', 'Turkey said on Wednesday that 21 soldiers died']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['350', 'Local officials said 150 schools had closed']);
  });
});
