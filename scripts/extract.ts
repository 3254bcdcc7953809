/**
 * The extraction command-line contract (docs/extraction.md):
 *   extract --jsonl        JSON Lines in on stdin, one JSON line out per line
 *   extract FILE           one file (.html/.htm is HTML), one pretty JSON object
 */
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../app/domain/extraction/extract-article';
import { parseExtractLine, MAX_TEXT_BYTES } from './extract-request';
import { parseCli, usageError } from './lib/cli';

const USAGE = `usage: npm run extract -- --jsonl   (requests as JSON Lines on stdin, one JSON line out per line)
       npm run extract -- FILE      (one .txt or .html file, one pretty JSON object out)

The extraction engine's command-line contract: docs/extraction.md.`;

async function runJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    // every line gets an answer, blank ones included, so output stays aligned with input
    const parsed = parseExtractLine(line);
    let out: string;
    if ('error' in parsed) {
      out = JSON.stringify({ id: parsed.id, error: parsed.error });
    } else {
      try {
        out = JSON.stringify({ id: parsed.id, ...extractArticle(parsed.request) });
      } catch (e) {
        out = JSON.stringify({ id: parsed.id, error: `extraction failed: ${(e as Error).message}` });
      }
    }
    if (!process.stdout.write(out + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

function runFile(path: string): void {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    console.error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    process.exit(1);
  }
  if (buf.byteLength > MAX_TEXT_BYTES) {
    console.error(`${path}: ${buf.byteLength} bytes is over the ${MAX_TEXT_BYTES}-byte limit`);
    process.exit(1);
  }
  if (buf.includes(0)) {
    console.error(`${path}: looks like a binary file, not text or HTML`);
    process.exit(1);
  }
  const format = /\.html?$/i.test(path) ? 'html' : 'text';
  const result = extractArticle({ text: buf.toString('utf8'), format, clean: true });
  process.stdout.write(JSON.stringify({ id: path, ...result }, null, 2) + '\n');
}

const { values, positionals } = parseCli(USAGE, { options: { jsonl: { type: 'boolean', default: false } }, allowPositionals: true });
if (values.jsonl) {
  if (positionals.length) usageError(USAGE, '--jsonl reads standard input: name no FILE');
  runJsonl().catch((e) => {
    console.error(`cannot read standard input: ${(e as Error).message}`);
    process.exit(1);
  });
} else if (positionals.length === 1) {
  runFile(positionals[0]);
} else {
  usageError(USAGE, positionals.length ? 'one FILE at a time' : 'give --jsonl or a FILE');
}
