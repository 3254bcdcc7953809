/**
 * Import by URL and article versions (issue 17, ADR 020). A URL already
 * stored as an article, or a newer copy pasted onto one, makes a new version
 * of it, never a second article; the same raw bytes (SHA-256) make none. The
 * claims follow their text into the new version (app/domain/articles/reanchor.ts):
 * unchanged ones move with it, changed ones are flagged with a word diff,
 * their figures re-read and their sign-off reopened, removed ones are flagged
 * and kept, and new sentences become new claims. All in one transaction.
 */
import { createHash } from 'node:crypto';
import type { DB } from '../../db/connection';
import { readHtmlMetadata } from '../domain/articles/html-metadata';
import { ImportInputError, type ImportInput } from '../domain/articles/import-input';
import { newSpans, reanchorClaims, type Placement } from '../domain/articles/reanchor';
import { versionDiff } from '../domain/articles/text-map';
import { claimsFromExtraction } from '../domain/claims/claims-from-extraction';
import type { ExtractionResult, Figure } from '../domain/extraction/types';
import { decodePage, formatOfContentType } from '../domain/fetch/page-content';
import {
  findArticleIdByUrlKey,
  findArticleText,
  insertArticleVersion,
  latestArticleVersion,
  listArticleVersions,
  findVersionBody,
  listClaimAnchors,
  listLiveFiguresOfClaims,
  rereadFigure,
  setFigureSpan,
  updateArticleText,
  updateClaimAnchor,
  withdrawFigure,
} from '../models/article-version.server';
import { insertSnapshot, latestSnapshotHashOfSource } from '../models/snapshot.server';
import { insertFigure } from '../models/figure.server';
import { findSource } from '../models/source.server';
import { insertRevision } from '../models/revision.server';
import { NotFoundError } from './errors';
import { extractOffThread } from './extraction-pool.server';
import { fetchPage, FetchRefusedError, type FetchedPage, type FetchOptions } from './fetch-page.server';
import { currentConventions } from './figure-conventions.server';
import { figureColumns, importArticle, insertDraftClaim, sentenceOfFigure, sha256Hex, urlKeyOrNull, type ImportResult } from './import-article.server';
import { claimContentChanged } from './signoff-binding.server';

type Actor = { id: number | null; now: Date };

/** What re-anchoring found, as counts (stored on the version, shown in the timeline). */
export interface VersionSummary {
  unchanged: number;
  moved: number;
  changed: number;
  removed: number;
  added: number;
}

export interface ReviseResult extends ImportResult {
  /** False when the article already was this text: no version was made. */
  created: boolean;
  summary: VersionSummary | null;
}

/**
 * Fetches `url` and imports it: a new article, or a new version of the
 * article already stored under that address (requested, final or the page's
 * canonical URL). Form fields left empty are filled from the page.
 *
 * @throws FetchRefusedError (422) when the fetch is refused or fails, or the
 *   page is not HTML or text; nothing is stored then.
 */
export async function importFromUrl(
  db: DB,
  request: { url: string; title?: string | null; publisher?: string | null; publishedAt?: string | null },
  actor: Actor,
  fetchOptions: FetchOptions = {},
): Promise<ReviseResult> {
  const page = await fetchPage(request.url, fetchOptions);
  const format = formatOfContentType(page.contentType, page.bytes);
  if (!format) {
    throw new FetchRefusedError(`${new URL(page.finalUrl).host} sent ${page.contentType ?? 'something without a type'}, not a web page or text; nothing was imported`);
  }
  let text: string;
  try {
    text = decodePage(page.bytes, page.contentType, new URL(page.finalUrl).host);
  } catch (e) {
    if (e instanceof ImportInputError) throw new FetchRefusedError(e.message);
    throw e;
  }
  const canonical = format === 'html' ? readHtmlMetadata(text).canonicalUrl : null;
  return importOrRevise(
    db,
    {
      text,
      format,
      title: request.title?.trim() || null,
      url: canonical ?? page.finalUrl,
      publisher: request.publisher?.trim() || null,
      publishedAt: request.publishedAt ?? null,
      fileName: null,
    },
    actor,
    { page, alsoKnownAs: [page.requestedUrl, page.finalUrl] },
  );
}

/**
 * Imports pasted or uploaded text (and, from importFromUrl, a fetched page):
 * when its URL names an article already stored, as a new version of it.
 */
export async function importOrRevise(
  db: DB,
  input: ImportInput,
  actor: Actor,
  evidence: { page: FetchedPage; alsoKnownAs: string[] } | null = null,
): Promise<ReviseResult> {
  const keys = [input.url, ...(evidence?.alsoKnownAs ?? [])].map(urlKeyOrNull).filter((k): k is string => k !== null);
  const existing = await findArticleIdByUrlKey(db, [...new Set(keys)]);
  if (existing !== undefined) {
    return reviseArticle(
      db,
      existing,
      { text: input.text, format: input.format, page: evidence?.page ?? null, origin: evidence ? 'url' : 'paste' },
      actor,
    );
  }
  const r = await importArticle(db, input, actor, evidence ? { page: evidence.page } : null);
  return { ...r, created: true, summary: null };
}

/**
 * Makes a new version of an article from a newer copy of its page (fetched
 * or pasted), re-anchoring its claims. Returns `created: false` and stores
 * nothing when the raw bytes are those of the newest version.
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

  return db.transaction().execute(async (trx) => {
    const snapshotId = copy.page ? await insertSnapshot(trx, snapshotRow(copy.page, { articleId, sourceId: null, actorId: actor.id })) : null;
    const claims = await listClaimAnchors(trx, articleId);
    const placements = reanchorClaims(article.body, result.body, claims, result.sentences);
    const summary: VersionSummary = { unchanged: 0, moved: 0, changed: 0, removed: 0, added: 0 };
    const changedIds: number[] = [];
    const figures = await listLiveFiguresOfClaims(trx, claims.map((c) => c.id));
    const figuresOf = (id: number) => figures.filter((f) => f.claimId === id);

    for (const p of placements) {
      const claim = claims.find((c) => c.id === p.id)!;
      const delta = p.anchor.start - claim.anchor.start;
      if (p.kind === 'unchanged') {
        summary[p.moved ? 'moved' : 'unchanged']++;
        const restored = claim.sourceState === 'removed';
        await updateClaimAnchor(trx, { id: p.id, anchor: p.anchor, ...(restored ? { sourceState: null, sourceDiff: null, sourceVersion: number } : {}) });
        for (const f of figuresOf(p.id)) {
          if (f.spanStart !== null && f.spanEnd !== null) await setFigureSpan(trx, f.id, { start: f.spanStart + delta, end: f.spanEnd + delta });
        }
        if (restored) {
          await insertRevision(trx, {
            entity: 'claim', entityId: p.id, actorId: actor.id, at: now, action: 'source-restored',
            before: { sourceState: 'removed' }, after: { sourceState: null, version: number },
            note: `Back in the source: version ${number} of the article has this passage again, word for word.`,
          });
          changedIds.push(p.id);
        }
      } else if (p.kind === 'changed') {
        summary.changed++;
        changedIds.push(p.id);
        await applyChange(trx, { claim, placement: p, figures: figuresOf(p.id), result, number, now, actorId: actor.id });
      } else {
        summary.removed++;
        if (claim.sourceState !== 'removed') changedIds.push(p.id);
        await updateClaimAnchor(trx, { id: p.id, anchor: p.anchor, sourceState: 'removed', sourceDiff: null, sourceVersion: number });
        for (const f of figuresOf(p.id)) await setFigureSpan(trx, f.id, { start: null, end: null });
        if (claim.sourceState !== 'removed') {
          await insertRevision(trx, {
            entity: 'claim', entityId: p.id, actorId: actor.id, at: now, action: 'source-removed',
            before: { quote: claim.anchor.quote, sourceState: claim.sourceState }, after: { sourceState: 'removed', version: number },
            note: `Removed from source: version ${number} of the article no longer has this passage. The claim and its review are kept.`,
          });
        }
      }
    }

    // Sentences no claim stands on become new unreviewed claims.
    const drafts = claimsFromExtraction(result);
    const fresh = newSpans(drafts.map((d) => ({ ...d, start: d.anchor.start, end: d.anchor.end })), placements);
    let figureCount = 0;
    for (const [i, d] of fresh.entries()) {
      await insertDraftClaim(trx, {
        articleId, position: claims.length + i, draft: d, sentenceOf: sentenceOfFigure(result), actorId: actor.id, now,
        note: `New in version ${number} of the article.`,
      });
      figureCount += d.figures.length;
    }
    summary.added = fresh.length;

    await updateArticleText(trx, {
      id: articleId, raw: copy.text, format: copy.format, body: result.body,
      bodySha256: createHash('sha256').update(result.body).digest('hex'), language: result.language,
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
    return { ...base, claims: fresh.length, figures: figureCount, version: number, created: true, summary };
  });
}

type LiveFigure = Awaited<ReturnType<typeof listLiveFiguresOfClaims>>[number];

/** A claim whose passage changed: new anchor and flag, wording followed when the checker kept the source's, figures re-read. */
async function applyChange(
  trx: DB,
  o: {
    claim: Awaited<ReturnType<typeof listClaimAnchors>>[number];
    placement: Extract<Placement, { kind: 'changed' }>;
    figures: LiveFigure[];
    result: ExtractionResult;
    number: number;
    now: string;
    actorId: number | null;
  },
) {
  const { claim, placement: p } = o;
  // The checker's own rewording stays theirs; wording copied from the source follows the source.
  const followText = claim.text.trim() === claim.anchor.quote.trim();
  await updateClaimAnchor(trx, {
    id: claim.id,
    anchor: p.anchor,
    ...(followText ? { text: p.anchor.quote } : {}),
    sourceState: 'changed',
    sourceDiff: JSON.stringify(p.diff),
    sourceVersion: o.number,
  });
  const newer = o.result.figures.filter((f) => f.start >= p.anchor.start && f.end <= p.anchor.end);
  const reread = await rereadFigures(trx, { claimId: claim.id, older: o.figures, newer, result: o.result, now: o.now });
  const removed = p.diff.filter((d) => d.kind === 'removed').map((d) => d.text.trim()).filter(Boolean).join(' ');
  const added = p.diff.filter((d) => d.kind === 'added').map((d) => d.text.trim()).filter(Boolean).join(' ');
  await insertRevision(trx, {
    entity: 'claim',
    entityId: claim.id,
    actorId: o.actorId,
    at: o.now,
    action: 'source-changed',
    before: { text: claim.text, quote: claim.anchor.quote, figures: o.figures.map((f) => f.text) },
    after: { text: followText ? p.anchor.quote : claim.text, quote: p.anchor.quote, figures: reread, version: o.number },
    note: `Changed in source (version ${o.number}): "${removed}" → "${added}".`,
  });
}

/**
 * Pairs the claim's figures with those read from its new passage (in order,
 * the same unit): a paired figure takes the new reading and keeps the old one
 * beside it; an old figure with no partner is withdrawn; a new one is added.
 * Returns the figures' texts after.
 */
async function rereadFigures(
  trx: DB,
  o: { claimId: number; older: LiveFigure[]; newer: Figure[]; result: ExtractionResult; now: string },
): Promise<string[]> {
  const left = [...o.older];
  const texts: string[] = [];
  for (const f of o.newer) {
    const i = left.findIndex((old) => old.unit === f.unit && old.counted === f.counted);
    const j = i >= 0 ? i : left.findIndex((old) => old.unit === f.unit);
    const cols = figureColumns(f, o.result.sentences[f.sentence]?.text ?? '');
    if (j >= 0) {
      const old = left.splice(j, 1)[0]!;
      const same = old.text === f.text && old.low === f.low && old.high === f.high;
      await rereadFigure(trx, {
        id: old.id,
        previous: same ? null : { text: old.text, low: old.low, high: old.high },
        reading: { spanStart: cols.spanStart, spanEnd: cols.spanEnd, text: cols.text, low: cols.low, high: cols.high, qualifier: cols.qualifier, counted: cols.counted, event: cols.event, unit: cols.unit, currency: cols.currency, rule: cols.rule },
      });
    } else {
      await insertFigure(trx, { claimId: o.claimId, ...cols });
    }
    texts.push(f.text);
  }
  for (const old of left) await withdrawFigure(trx, old.id, o.now);
  return texts;
}

/** The snapshot row for a fetched page. */
export function snapshotRow(page: FetchedPage, owner: { articleId: number | null; sourceId: number | null; actorId: number | null }) {
  return {
    articleId: owner.articleId,
    sourceId: owner.sourceId,
    requestedUrl: page.requestedUrl,
    finalUrl: page.finalUrl,
    status: page.status,
    contentType: page.contentType,
    bytes: page.bytes,
    byteSize: page.bytes.length,
    sha256: page.sha256,
    fetchedAt: page.fetchedAt.toISOString(),
    fetchedBy: owner.actorId,
  };
}

/**
 * Re-reads an article's current raw text with the current extraction engine
 * (after an engine upgrade) through the same re-anchoring; a new version
 * ('reextract') only when the cleaned text differs.
 */
export async function reextractArticle(db: DB, articleId: number, actor: Actor): Promise<ReviseResult> {
  const article = await findArticleText(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  return reviseArticle(db, articleId, { text: article.raw, format: article.format, page: null, origin: 'reextract' }, actor);
}

/**
 * The version timeline of an article and the diff between two of its
 * versions (default: the one before the newest against the newest).
 */
export async function loadVersionComparison(db: DB, articleId: number, pick: { from: number | null; to: number | null }) {
  const article = await findArticleText(db, articleId);
  if (!article) throw new NotFoundError(`Article ${articleId}`);
  const versions = await listArticleVersions(db, articleId);
  const newest = versions[versions.length - 1]?.number ?? 1;
  const to = pick.to && versions.some((v) => v.number === pick.to) ? pick.to : newest;
  const from = pick.from && versions.some((v) => v.number === pick.from) ? pick.from : Math.max(1, to - 1);
  const [older, newer] = await Promise.all([findVersionBody(db, articleId, from), findVersionBody(db, articleId, to)]);
  const hunks = from === to || older === undefined || newer === undefined ? [] : versionDiff(older, newer);
  return { article: { id: article.id, title: article.title, url: article.url }, versions, from, to, hunks };
}

/**
 * "Archive now" on a library source: fetches its page (the same guarded
 * fetch as imports) and keeps the snapshot, with a revision on the source.
 * The same bytes as its newest snapshot store nothing new.
 */
export async function archiveSource(db: DB, sourceId: number, actor: Actor, fetchOptions: FetchOptions = {}) {
  const source = await findSource(db, sourceId);
  if (!source) throw new NotFoundError(`Source ${sourceId}`);
  const page = await fetchPage(source.url, fetchOptions);
  if ((await latestSnapshotHashOfSource(db, sourceId)) === page.sha256) return { snapshotId: null, unchanged: true, sha256: page.sha256 };
  return db.transaction().execute(async (trx) => {
    const snapshotId = await insertSnapshot(trx, snapshotRow(page, { articleId: null, sourceId, actorId: actor.id }));
    await insertRevision(trx, {
      entity: 'source',
      entityId: sourceId,
      actorId: actor.id,
      at: actor.now.toISOString(),
      action: 'archive',
      before: null,
      after: { snapshotId, finalUrl: page.finalUrl, status: page.status, sha256: page.sha256, bytes: page.bytes.length },
      note: `Page archived: ${page.finalUrl} (HTTP ${page.status}, ${page.bytes.length} bytes)`,
    });
    return { snapshotId, unchanged: false, sha256: page.sha256 };
  });
}
