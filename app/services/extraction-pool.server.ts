import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { RuleError } from './errors';
import type { ExtractionResult, ExtractRequest } from '../domain/extraction/types';
import type { ExtractTaskResult } from '../workers/extract-task';

/**
 * Extraction runs in worker threads, never on the event loop that answers
 * requests: one hostile page (thousands of nested elements) kept Readability
 * busy for minutes and every other user waited. A worker past its time
 * budget or memory is terminated and the import refused with a 422.
 */
const DEFAULT_BUDGET_MS = 30_000;
const WORKER_HEAP_MB = 768;

let pool: Piscina | undefined;

/**
 * The worker thread's module. From the build (the server in build/server, a
 * command in build/scripts): build/workers/extract-task.js, plain JavaScript.
 * From the sources (dev server, tests, tsx): app/workers/extract-worker.mjs,
 * which compiles the TypeScript with tsx. Both found from this module up to the project root.
 */
function workerFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const source = join('app', 'workers', 'extract-worker.mjs');
  let dir = here;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, source))) {
      const built = join(dir, 'build', 'workers', 'extract-task.js');
      return here.startsWith(join(dir, 'build') + sep) && existsSync(built) ? built : join(dir, source);
    }
    dir = dirname(dir);
  }
  return resolve(source);
}

function getPool(): Piscina {
  pool ??= new Piscina({
    filename: workerFile(),
    minThreads: 0,
    // Two cores here: one worker leaves the other for the requests; the
    // queue holds a few more imports, beyond that the server is busy (503).
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    maxQueue: 16,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return pool;
}

/** The import server is busy with other imports; routes answer 503 with Retry-After. */
export class ExtractionBusyError extends Error {
  constructor() {
    super('The server is busy importing other articles; try again in a minute');
    this.name = 'ExtractionBusyError';
  }
}

/** Milliseconds one extraction may run (CLAIMDESK_EXTRACT_BUDGET_MS overrides the 30 s default). */
export function extractionBudgetMs(): number {
  const v = Number(process.env.CLAIMDESK_EXTRACT_BUDGET_MS);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_BUDGET_MS;
}

/**
 * Runs extractArticle in a worker thread within a time budget.
 *
 * @throws RuleError (field "text") when the page is past the page
 *   limits (app/domain/extraction/page-limits.ts), runs past the budget, or
 *   needs more than the worker's memory.
 * @throws ExtractionBusyError when the queue of waiting imports is full.
 */
export async function extractOffThread(
  request: ExtractRequest,
  options: { budgetMs?: number } = {},
): Promise<ExtractionResult> {
  const budgetMs = options.budgetMs ?? extractionBudgetMs();
  const p = getPool();
  if (p.queueSize >= p.options.maxQueue) throw new ExtractionBusyError();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), budgetMs);
  let answer: ExtractTaskResult;
  try {
    answer = await p.run(request, { signal: abort.signal });
  } catch (e) {
    if (abort.signal.aborted) {
      throw new RuleError(
        `Reading this page took longer than ${budgetMs >= 1000 ? `${Math.round(budgetMs / 1000)} s` : `${budgetMs} ms`}, so it was stopped. ` +
          (request.format === 'html'
            ? 'Save the article as plain text and import that.'
            : 'It is more text than an article: import its articles one at a time.'),
        'text',
      );
    }
    if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new RuleError('This page needs more memory to read than an article may; import it as plain text', 'text');
    }
    if (/queue is at limit/i.test((e as Error).message)) throw new ExtractionBusyError();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  if (!answer.ok) throw new RuleError(answer.refused, 'text');
  return answer.result;
}

/** Lets extractions in flight finish, then stops the worker threads (server shutdown, end of a CLI). */
export async function closeExtractionPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.close();
}
