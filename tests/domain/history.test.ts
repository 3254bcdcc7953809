import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../app/domain/history/canonical-json';
import { revisionHash, verifyChain, type ChainRow } from '../../app/domain/history/hash-chain';
import { wordDiff } from '../../app/domain/history/word-diff';

function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev: string | null = null;
  for (let i = 1; i <= n; i++) {
    const content = { entity: 'claim', entityId: 1, claimId: 1, actorId: 2, at: `2020-02-2${i}T00:00:00Z`, action: 'wording', before: null, after: `{"text":"v${i}"}`, note: null };
    const hash = revisionHash(content, prev);
    rows.push({ ...content, id: i, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth so equal values hash alike', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});

describe('hash chain', () => {
  it('verifies an intact chain', () => {
    expect(verifyChain(chain(5))).toEqual({ checked: 5, broken: null });
  });
  it('names the first edited revision', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], after: '{"text":"rewritten quietly"}' };
    expect(verifyChain(rows).broken).toMatchObject({ id: 3, reason: expect.stringMatching(/edited/) });
  });
  it('notices a removed revision', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(verifyChain(rows).broken).toMatchObject({ id: 3, reason: expect.stringMatching(/removed or reordered/) });
  });
  it('notices a rewritten hash that no longer links to the next one', () => {
    const rows = chain(4);
    const { id, prevHash, hash: _old, ...content } = rows[1];
    const forgedContent = { ...content, after: '{"text":"forged"}' };
    rows[1] = { ...forgedContent, id, prevHash, hash: revisionHash(forgedContent, prevHash) };
    expect(verifyChain(rows).broken).toMatchObject({ id: 3 });
  });
});

describe('wordDiff', () => {
  it('marks removed and added words', () => {
    const parts = wordDiff('948,000 people displaced', '948,000 Syrians displaced');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['people']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['Syrians']);
  });
});
