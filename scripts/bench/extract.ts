/**
 * Throughput of the whole extraction pipeline (`npm run bench:extract`).
 *
 * Builds a corpus of at least 20 MB from demo/saraqeb.txt and variants of it
 * (sentences and paragraphs shuffled, numbers and names changed, so that no
 * cache or branch predictor sees the same article twice), runs extractArticle
 * over it article by article, and prints MB/s (median of 5 runs after a
 * warm-up) by the wall clock and per CPU-second (what the core did when it
 * had the core: other work on a shared machine lowers only the first), with
 * the load average, peak RSS and heap. One core: everything runs on this thread.
 *
 *   npm run bench:extract -- [--mb 20] [--runs 5] [--seed 1]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../app/domain/extraction/extract-article';
import { seededRandom } from '../lib/seeded-random';
import { parseCli } from '../lib/cli';

const { values } = parseCli(
  'usage: npm run bench:extract -- [--mb 20] [--runs 5] [--seed 1]\n\nExtraction throughput (MB/s, median of the runs) and peak memory over a corpus of at least --mb MB.',
  { options: { mb: { type: 'string', default: '20' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } } },
);
const targetMb = Number(values.mb);
const runs = Number(values.runs);
const seed = Number(values.seed);

const demoPath = fileURLToPath(new URL('../../demo/saraqeb.txt', import.meta.url));
const demo = readFileSync(demoPath, 'utf8');


const rand = seededRandom(seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

function shuffle<T>(xs: T[]): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const NAMES: [RegExp, readonly string[]][] = [
  [/Saraqeb/g, ['Saraqeb', 'Maarat al-Numan', 'Khan Shaykhun', 'Ariha', 'Jisr al-Shughur', 'Atareb']],
  [/Stephane Dujarric/g, ['Stephane Dujarric', 'Farhan Haq', 'Jens Laerke', 'Florencia Soto Nino']],
  [/Dujarric/g, ['Dujarric', 'Haq', 'Laerke']],
  [/Erdogan/g, ['Erdogan', 'Cavusoglu', 'Akar', 'Kalin']],
  [/Kansafra/g, ['Kansafra', 'Kafr Nabl', 'Sarmin', 'Binnish']],
  [/Idlib/g, ['Idlib', 'Aleppo', 'Hama', 'Latakia']],
  [/Taher al-Omar/g, ['Taher al-Omar', 'Hadi al-Abdullah', 'Omar Haj Kadour']],
  [/Ankara/g, ['Ankara', 'Istanbul', 'Sochi', 'Geneva']],
];

const NUMBER = /\d[\d,]*/g;

/** Another number of the same order of magnitude, written the same way. */
function changeNumber(n: string): string {
  const value = Number(n.replace(/,/g, ''));
  if (value >= 1900 && value <= 2030 && !n.includes(',')) return n; // keep years plausible
  const next = Math.max(1, Math.round(value * (0.5 + rand())));
  return n.includes(',') ? next.toLocaleString('en-US') : String(next);
}

// Good enough for shuffling: the bench measures speed, not splitting quality.
const SENTENCE_END = /(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/;

function variant(text: string, k: number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const head = paragraphs.slice(0, 2); // page furniture and title stay on top, as on a real page
  let body = paragraphs.slice(2).map((p) => {
    if (rand() < 0.5) return p;
    return shuffle(p.split(SENTENCE_END)).join(' ');
  });
  if (k % 3 !== 0) body = shuffle(body);
  let out = [...head, ...body].join('\n\n');
  out = out.replace(NUMBER, changeNumber);
  for (const [re, options] of NAMES) out = out.replace(re, () => pick(options));
  return out;
}

function buildCorpus(): string[] {
  const corpus = [demo];
  let bytes = Buffer.byteLength(demo);
  while (bytes < targetMb * 1e6) {
    const article = variant(demo, corpus.length);
    corpus.push(article);
    bytes += Buffer.byteLength(article);
  }
  return corpus;
}

interface RunResult {
  seconds: number;
  /** CPU seconds of the whole process (all threads, so garbage collection too): what a busy shared machine does not inflate. */
  cpuSeconds: number;
  sentences: number;
  figures: number;
  peakHeap: number;
}

function runOnce(corpus: string[]): RunResult {
  let sentences = 0;
  let figures = 0;
  let peakHeap = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < corpus.length; i++) {
    const r = extractArticle({ text: corpus[i], format: 'text', clean: true });
    sentences += r.sentences.length;
    figures += r.figures.length;
    if (i % 64 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  return { seconds, cpuSeconds: (c.user + c.system) / 1e6, sentences, figures, peakHeap };
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (b: number) => (b / 1024 / 1024).toFixed(0);

const corpus = buildCorpus();
const corpusBytes = corpus.reduce((a, t) => a + Buffer.byteLength(t), 0);
const mb = corpusBytes / 1e6;
console.log(`corpus: ${corpus.length} articles, ${mb.toFixed(1)} MB (seed ${seed})`);

const warm = runOnce(corpus.slice(0, Math.ceil(corpus.length / 4)));
console.log(`warm-up: ${(mb / 4 / warm.seconds).toFixed(2)} MB/s on a quarter of the corpus`);

const speeds: number[] = [];
const cpuSpeeds: number[] = [];
let peakHeap = warm.peakHeap;
let last: RunResult = warm;
for (let r = 0; r < runs; r++) {
  last = runOnce(corpus);
  peakHeap = Math.max(peakHeap, last.peakHeap);
  speeds.push(mb / last.seconds);
  cpuSpeeds.push(mb / last.cpuSeconds);
  console.log(`run ${r + 1}: ${last.seconds.toFixed(2)} s  ${(mb / last.seconds).toFixed(2)} MB/s  (${(mb / last.cpuSeconds).toFixed(2)} MB per CPU-second)`);
}

const mbps = median(speeds);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log('');
console.log(`extractArticle: ${mbps.toFixed(2)} MB/s median of ${runs} (min ${Math.min(...speeds).toFixed(2)}, max ${Math.max(...speeds).toFixed(2)}), ${(corpus.length / (mb / mbps)).toFixed(0)} articles/s`);
console.log(`per CPU-second: ${median(cpuSpeeds).toFixed(2)} MB median (the wall figure drops when other work shares the cores; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
console.log(`per run: ${last.sentences} sentences, ${last.figures} figures`);
console.log(`peak memory: RSS ${mib(peakRss)} MiB, heap used ${mib(peakHeap)} MiB (corpus itself ~${mib(corpusBytes * 2)} MiB as UTF-16)`);
const cpuMbps = median(cpuSpeeds);
console.log(`target 5 MB/s on one core: ${mbps >= 5 ? 'met' : 'NOT met'} by the wall clock, ${cpuMbps >= 5 ? 'met' : 'NOT met'} per CPU-second`);
