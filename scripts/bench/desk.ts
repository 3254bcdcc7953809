/**
 * A benchmark desk of N articles on either engine, built in seconds to
 * minutes (shared by bench:pages and bench:export).
 *
 * The first SEED articles (copies of demo/saraqeb.txt, ~26 claims each) go
 * through the import's own storage step (storeExtractedArticle: article,
 * claims, figures, revisions) from one cached extraction, with five
 * publishers and dates spread over 2020. On them the workflow runs through
 * the services: one claim in fifty gets a final status from a checker and
 * is assigned to the editor; of those, every second one gets a rating, a
 * verdict and a piece of evidence (complete: it reaches the editors'
 * queue), and every sixth is approved by the editor, every eighth sent back.
 * The desk then grows to N by INSERT … SELECT copies of those articles with
 * their claims, figures and evidence (copyArticles), doubling: a desk of
 * 10,000 articles has the same mix of states. Copies carry no history.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DB } from '../../db/connection';
import { storeExtractedArticle } from '../../app/services/import-article.server';
import { extractOffThread } from '../../app/services/extraction-pool.server';
import { createUser } from '../../app/services/auth.server';
import { approveVerdict, returnVerdict, setClaimStatus } from '../../app/services/claim-status.server';
import { assignClaim, setRating } from '../../app/services/claim-edit.server';
import { addEvidence } from '../../app/services/evidence.server';
import { copyArticles } from '../../app/models/desk-copy.server';

const SEED = 50;
export const BENCH_PASSWORD = 'bench password 1';
const PUBLISHERS = ['Wire One', 'Daily Ledger', 'Morning Post', 'Radio Nord', 'Field Notes'];

export interface BenchDesk {
  editorId: number;
  checkerId: number;
  articles: number;
  claims: number;
  seconds: number;
}

/** Builds the desk on a freshly migrated, empty database. */
export async function buildBenchDesk(db: DB, size: number): Promise<BenchDesk> {
  const started = performance.now();
  const text = readFileSync(fileURLToPath(new URL('../../demo/saraqeb.txt', import.meta.url)), 'utf8');
  const cached = await extractOffThread({ text, format: 'text', clean: true });
  const editor = await createUser(db, { email: 'editor@bench.test', name: 'Editor', role: 'editor', password: BENCH_PASSWORD }, new Date());
  const checker = await createUser(db, { email: 'checker@bench.test', name: 'Checker', role: 'checker', password: BENCH_PASSWORD }, new Date());
  const seed = Math.min(SEED, size);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < seed; i++) {
      const input = {
        text,
        format: 'text' as const,
        title: `Bench article ${i + 1}`,
        url: null,
        publisher: PUBLISHERS[i % PUBLISHERS.length],
        publishedAt: `2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
        fileName: null,
      };
      await storeExtractedArticle(trx, input, cached, { id: checker.id, now: new Date() });
    }
  });
  const sample = await db.selectFrom('claim').select('id').where((eb) => eb(eb('id', '%', 50), '=', 0)).orderBy('id').execute();
  const checkerActor = () => ({ id: checker.id, now: new Date() });
  const editorActor = () => ({ id: editor.id, now: new Date() });
  for (const [i, { id }] of sample.entries()) {
    await setClaimStatus(db, { claimId: id, status: 'verified', version: null, actorId: checker.id, now: new Date() });
    await assignClaim(db, { claimId: id, version: null, assigneeId: editor.id, actor: checkerActor() });
    if (i % 2 === 1) continue;
    await setRating(db, { claimId: id, version: null, rating: 'True', verdict: 'The agency’s own count says so.', actor: checkerActor() });
    const newSource = { url: `https://reports.example/${i}`, title: `Report ${i}`, publisher: 'Agency', kind: 'un_ngo_report' as const, publishedAt: '2020-02-20', accessedAt: null, archivedUrl: null, notes: null };
    await addEvidence(db, { claimId: id, sourceId: null, newSource, stance: 'supports', excerpt: 'It says so.', note: '', actor: checkerActor() });
    if (i % 6 === 0) await approveVerdict(db, { claimId: id, version: null, actor: editorActor() });
    else if (i % 8 === 2) await returnVerdict(db, { claimId: id, version: null, comment: 'Which report?', actor: editorActor() });
  }
  let onDesk = seed;
  while (onDesk < size) onDesk += await copyArticles(db, size - onDesk);
  const claims = await db.selectFrom('claim').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { editorId: editor.id, checkerId: checker.id, articles: onDesk, claims: Number(claims.n), seconds: (performance.now() - started) / 1000 };
}
