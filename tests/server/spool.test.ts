import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spoolChunks } from '../../app/utils/spool.server';

async function* pieces(texts: string[]) {
  for (const t of texts) yield t;
}

async function readAll(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

describe('spoolChunks', () => {
  it('gives back the text as written, multi-byte characters across its read pieces included', async () => {
    // 70,000 three- and four-byte characters: read pieces of 64 kB split some of them.
    const texts = Array.from({ length: 7000 }, (_, i) => `${i}: 難民 😀 ü\n`);
    const spool = await spoolChunks(pieces(texts));
    expect(await readAll(spool.chunks)).toBe(texts.join(''));
  });

  it('leaves nothing in the folder, whether read, discarded or left early', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spool-test-'));
    const big = Array.from({ length: 3000 }, () => 'x'.repeat(1000));
    const read = await spoolChunks(pieces(big), dir);
    expect(readdirSync(dir)).toEqual([]);
    expect((await readAll(read.chunks)).length).toBe(3_000_000);
    const discarded = await spoolChunks(pieces(big), dir);
    await discarded.discard();
    const left = await spoolChunks(pieces(big), dir);
    const it = left.chunks[Symbol.asyncIterator]();
    await it.return?.();
    expect(await it.next()).toEqual({ done: true, value: undefined });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('passes on an error of the text it is written from', async () => {
    async function* failing() {
      yield 'a';
      throw new Error('the export broke');
    }
    await expect(spoolChunks(failing())).rejects.toThrow('the export broke');
  });
});
