/**
 * New versions of an article (issue 17, ADR 020): a newer copy of its page
 * (fetched, pasted, or its own text re-read by a newer extraction engine)
 * becomes version N+1, and its claims follow their text
 * (claims-follow-text.server.ts); sentences no claim stands on become new
 * claims. The same raw bytes (SHA-256) make no version. All in one
 * transaction; measure suggestions for the new claims follow in their own.
 */
import { createHash } from 'node:crypto';
import type { DB } from '../../db/connection';
import { ImportInputError } from '../domain/articles/import-input';
import { newSpans, reanchorClaims } from '../domain/articles/reanchor';
import { claimsFromExtraction } from '../domain/claims/claims-from-extraction';
import {
  findArticleText,
  insertArticleVersion,
  latestArticleVersion,
  listClaimAnchors,
  updateArticleText,
} from '../models/article-version.server';
import { insertSnapshot } from '../models/snapshot.server';
import { insertRevision } from '../models/revision.server';
import { applyPlacements, type VersionSummary } from './claims-follow-text.server';
import { NotFoundError } from './errors';
import { extractOffThread } from './extraction-pool.server';
import type { FetchedPage } from './fetch-page.server';
import { currentConventions } from './figure-conventions.server';
import { insertDraftClaim, sentenceOfFigure, sha256Hex, type ImportResult } from './import-article.server';
import { suggestMeasuresOnImport } from './measure-suggest.server';
import { snapshotRow } from './page-archive.server';
import { claimContentChanged } from './signoff-binding.server';

export type { VersionSummary } from './claims-follow-text.server';

/** Who makes the version, and when. */
export type Actor = { id: number | null; now: Date };

export interface ReviseResult extends ImportResult {
  /** False when the article already was this text: no version was made. */
  created: boolean;
  summary: VersionSummary | null;
}

/**
 * Makes a new version of an article from a newer copy of its page (fetched
 * or pasted), re-anchoring its claims. Returns `created: false` and stores
 * nothing when the raw bytes are those of the newest version (or, for
 * 're-extract', when the cleaned text is unchanged). Then, as after an
 * import, the figures of claims new in this version get measure suggestions
 * in a transaction of their own (`suggestions`: how many; null when that
 * failed, which keeps the version).
 *
 * @throws NotFoundError for an unknown article.
 * @throws ImportInputError when the copy has no article text once cleaned.
 * @throws RuleError (field "text") when extraction refuses the copy (page limits, time or memory budget).
 * @throws ExtractionBusyError when too many extractions are waiting.
 */
export async function reviseArticle(
  db: DB,
  articleId: number,
  copy: { text: string; format: 'text' | 'html'; page: FetchedPage | null; origin: 'url' | 'paste' | 'reextract' },
  actor: Actor,
): Promise<ReviseResult> {
  const article = await findArticleText(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  const latest = await latestArticleVersion(db, articleId);
  const rawSha256 = copy.page?.sha256 ?? sha256Hex(copy.text);
  const base = { articleId, title: article.title, claims: 0, figures: 0, suggestions: null };
  if (copy.origin !== 'reextract' && latest && latest.rawSha256 === rawSha256) {
    return { ...base, version: null, created: false, summary: null };
  }
  const conventions = await currentConventions(db);
  const result = await extractOffThread({ text: copy.text, format: copy.format, clean: true, conventions });
  if (!result.body.trim()) throw new ImportInputError('No article text was found in the newer copy', 'text');
  if (copy.origin === 'reextract' && result.body === article.body) {
    return { ...base, version: null, created: false, summary: null };
  }
  const number = (latest?.number ?? 0) + 1;
  const now = actor.now.toISOString();

  const stored = await db.transaction().execute(async (trx) => {
    const snapshotId = copy.page ? await insertSnapshot(trx, snapshotRow(copy.page, { articleId, sourceId: null, actorId: actor.id })) : null;
    const claims = await listClaimAnchors(trx, articleId);
    const placements = reanchorClaims(article.body, result.body, claims, result.sentences);
    const { summary, changedIds } = await applyPlacements(trx, { claims, placements, result, number, now, actorId: actor.id });

    // Sentences no claim stands on become new unreviewed claims.
    const drafts = claimsFromExtraction(result);
    const fresh = newSpans(drafts.map((d) => ({ ...d, start: d.anchor.start, end: d.anchor.end })), placements);
    let figureCount = 0;
    // Ids by extraction figure, so the new claims' figures get suggestions as an import's do.
    const figureIds = new Map<object, number>();
    for (const [i, d] of fresh.entries()) {
      const { figureIds: ids } = await insertDraftClaim(trx, {
        articleId, position: claims.length + i, draft: d, sentenceOf: sentenceOfFigure(result), actorId: actor.id, now,
        note: `New in version ${number} of the article.`,
      });
      for (const [f, id] of ids) figureIds.set(f, id);
      figureCount += d.figures.length;
    }
    summary.added = fresh.length;

    await updateArticleText(trx, {
      id: articleId, raw: copy.text, format: copy.format, body: result.body,
      bodySha256: createHash('sha256').update(result.body).digest('hex'), language: result.language, dateline: result.dateline,
    });
    await insertArticleVersion(trx, {
      articleId: articleId, number, raw: copy.text, rawSha256: rawSha256, format: copy.format, body: result.body,
      bodySha256: createHash('sha256').update(result.body).digest('hex'), snapshotId: snapshotId, origin: copy.origin,
      summary: JSON.stringify(summary), createdBy: actor.id, createdAt: now,
    });
    // Changed content puts approvals back to pending (ADR 011) and bumps each claim's version.
    await claimContentChanged(trx, { claimIds: changedIds, actor, reason: `the article's source changed (version ${number})` });
    await insertRevision(trx, {
      entity: 'article', entityId: articleId, actorId: actor.id, at: now, action: 'new-version',
      before: latest ? { version: latest.number, bodySha256: latest.bodySha256 } : null,
      after: { version: number, origin: copy.origin, rawSha256, ...summary },
      note: copy.page ? `Fetched from ${copy.page.finalUrl} (HTTP ${copy.page.status})` : null,
    });
    const made: ReviseResult = { ...base, claims: fresh.length, figures: figureCount, version: number, created: true, summary };
    return { ...made, figureIds: result.figures.map((f) => figureIds.get(f) ?? 0) };
  });
  // As after an import (ADR 021): suggestions in a transaction of their own; a failure keeps the version.
  const { figureIds, ...revised } = stored;
  let suggestions: number | null = null;
  try {
    suggestions = figureIds.some((id) => id > 0) ? await suggestMeasuresOnImport(db, { articleId, figureIds, groups: result.groups, now }) : 0;
  } catch (e) {
    console.warn(`article ${articleId} version ${number} stored; its measure suggestions failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { ...revised, suggestions };
}

/**
 * Re-reads an article's current raw text with the current extraction engine
 * (after an engine upgrade) through the same re-anchoring; a new version
 * ('reextract') only when the cleaned text differs.
 *
 * @throws NotFoundError for an unknown article; the errors of reviseArticle (RuleError, ImportInputError, ExtractionBusyError).
 */
export async function reextractArticle(db: DB, articleId: number, actor: Actor): Promise<ReviseResult> {
  const article = await findArticleText(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  return reviseArticle(db, articleId, { text: article.raw, format: article.format, page: null, origin: 'reextract' }, actor);
}
