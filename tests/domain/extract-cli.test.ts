import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the extract CLI the way the scorer does (`npm run --silent extract -- …`: the built script), input on stdin. */
function runCli(args: string[], input?: Buffer | string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/cli.mjs', 'extract', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => {}); // the child may answer and close before reading everything
    child.stdin.end(input ?? '');
  });
}

const line = (o: unknown) => JSON.stringify(o);

describe('extract --jsonl with bad input', () => {
  it('answers every line in order, bad ones with an error for the same id, and exits 0', async () => {
    const lines: Buffer[] = [
      Buffer.from(line({ id: 'first', text: 'Clashes have killed 18 Turkish soldiers, the U.N. said.' })),
      Buffer.from('{"id": "broken", "text": "no closing brace"'),
      Buffer.from(line({ id: 'no-text', format: 'text' })),
      Buffer.from(line({ id: 'huge', text: 'a'.repeat(10 * 1024 * 1024) })),
      Buffer.from(line({ id: 'nul', text: 'Nine civilians\u0000 were killed.' })),
      Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01, 0x02, 0x7d]),
      Buffer.from(line({ id: 'bad-format', format: 42, text: 'Ten soldiers were wounded.' })),
      Buffer.from(line({ id: 'number-text', text: 12 })),
      Buffer.from(line({ id: 'last', text: 'According to the U.N., 948,000 people have been displaced.' })),
    ];
    const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));

    const run = await runCli(['--jsonl'], input);

    expect(run.code).toBe(0);
    const answers = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(answers).toHaveLength(lines.length);
    expect(answers.map((a) => a.id)).toEqual([
      'first', 'broken', 'no-text', 'huge', 'nul', null, 'bad-format', 'number-text', 'last',
    ]);
    const errors = answers.map((a) => a.error ?? null);
    expect(errors[0]).toBeNull();
    expect(errors[1]).toMatch(/invalid JSON/);
    expect(errors[2]).toMatch(/missing "text"/);
    expect(errors[3]).toMatch(/MB limit/);
    expect(errors[4]).toMatch(/binary|NUL/);
    expect(errors[5]).toMatch(/invalid JSON/);
    expect(errors[6]).toMatch(/"format" must be "text" or "html"/);
    expect(errors[7]).toMatch(/"text" must be a string/);
    expect(errors[8]).toBeNull();
    // the good lines around the bad ones are fully answered
    for (const good of [answers[0], answers[8]]) {
      expect(good.sentences.length).toBeGreaterThan(0);
      for (const s of good.sentences) expect(good.body.slice(s.start, s.end)).toBe(s.text);
    }
    expect(answers[8].sentences[0].attribution).toBe('U.N.');
  });

  it('answers a blank line with an error instead of dropping it', async () => {
    const run = await runCli(['--jsonl'], `${line({ id: 'a', text: 'One.' })}\n\n${line({ id: 'b', text: 'Two.' })}\n`);

    expect(run.code).toBe(0);
    const answers = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.id, a.error ? 'error' : 'ok'])).toEqual([
      ['a', 'ok'],
      [null, 'error'],
      ['b', 'ok'],
    ]);
  });

  it('answers an empty input with no output and exit 0', async () => {
    const run = await runCli(['--jsonl'], '');

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });
});

describe('extract FILE', () => {
  it('prints one pretty JSON object for the demo article, offsets into its body', async () => {
    const run = await runCli(['demo/saraqeb.txt']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{\n {2}"id"/);
    const result = JSON.parse(run.stdout);
    expect(result.id).toBe('demo/saraqeb.txt');
    expect(result.sentences.length).toBeGreaterThan(20);
    for (const s of result.sentences) expect(result.body.slice(s.start, s.end)).toBe(s.text);
    const dujarric = result.sentences.find((s: { text: string }) => s.text.startsWith('U.N. spokesman Stephane Dujarric'));
    expect(dujarric?.attribution).toBe('Stephane Dujarric');
    const killed = result.sentences.find((s: { text: string }) => s.text.includes('killed 18 Turkish soldiers'));
    expect(killed?.checkworthy).toBe(true);
    expect(killed?.reasons.join(' ')).toMatch(/figure/);
  });

  it('exits non-zero with a clear message for a file that does not exist', async () => {
    const run = await runCli(['demo/no-such-file.txt']);

    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/no-such-file\.txt: cannot read \(ENOENT\)/);
    expect(run.stdout).toBe('');
  });
});
