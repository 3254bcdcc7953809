/**
 * Article versions and the row updates re-anchoring makes (claims following
 * their text into a newer version, figures re-read). Page snapshots are in
 * snapshot.server.ts.
 */
import type { DB } from '../../db/connection';
import type { Insertable } from 'kysely';
import type { ArticleVersionTable, FigureTable } from '../../db/schema';
import { figureClasses } from '../domain/figures/classes';
import { searchText } from '../domain/search/normalise';
import { withSearchText } from './claim.server';

export interface ArticleVersion {
  id: number;
  articleId: number;
  number: number;
  rawSha256: string;
  format: 'text' | 'html';
  bodySha256: string;
  snapshotId: number | null;
  origin: string;
  summary: Record<string, number> | null;
  createdAt: string;
  createdBy: string | null;
  /** From the snapshot, when the version was fetched. */
  finalUrl: string | null;
  fetchedAt: string | null;
  httpStatus: number | null;
}

/** Stores one version of an article (its text, origin and counts); returns its id. Throws the database's foreign-key error for an unknown article or snapshot. */
export async function insertArticleVersion(db: DB, version: Insertable<ArticleVersionTable>): Promise<number> {
  const row = await db.insertInto('articleVersion').values(version).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

function versionQuery(db: DB) {
  return db
    .selectFrom('articleVersion as v')
    .leftJoin('snapshot as s', 's.id', 'v.snapshotId')
    .leftJoin('user as u', 'u.id', 'v.createdBy')
    .select([
      'v.id',
      'v.articleId',
      'v.number',
      'v.rawSha256',
      'v.format',
      'v.bodySha256',
      'v.snapshotId',
      'v.origin',
      'v.summary',
      'v.createdAt',
      'u.name as createdByName',
      's.finalUrl',
      's.fetchedAt',
      's.status as httpStatus',
    ]);
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof versionQuery>['executeTakeFirstOrThrow']>>;

function toVersion(r: VersionRow): ArticleVersion {
  return {
    id: r.id,
    articleId: r.articleId,
    number: r.number,
    rawSha256: r.rawSha256,
    format: r.format,
    bodySha256: r.bodySha256,
    snapshotId: r.snapshotId,
    origin: r.origin,
    summary: r.summary ? (JSON.parse(r.summary) as Record<string, number>) : null,
    createdAt: r.createdAt,
    createdBy: r.createdByName,
    finalUrl: r.finalUrl,
    fetchedAt: r.fetchedAt,
    httpStatus: r.httpStatus,
  };
}

/** An article's versions, oldest first. */
export async function listArticleVersions(db: DB, articleId: number): Promise<ArticleVersion[]> {
  const rows = await versionQuery(db).where('v.articleId', '=', articleId).orderBy('v.number').execute();
  return rows.map(toVersion);
}

/** The newest version of an article (undefined only for an article with none, which migrations rule out). */
export async function latestArticleVersion(db: DB, articleId: number): Promise<ArticleVersion | undefined> {
  const row = await versionQuery(db).where('v.articleId', '=', articleId).orderBy('v.number', 'desc').limit(1).executeTakeFirst();
  return row ? toVersion(row) : undefined;
}

/** The cleaned text of one version. */
export async function findVersionBody(db: DB, articleId: number, number: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('articleVersion')
    .select('body')
    .where('articleId', '=', articleId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row?.body;
}

/** The article stored under this URL key (the oldest, if an earlier version of Claimdesk stored two). */
export async function findArticleIdByUrlKey(db: DB, keys: string[]): Promise<number | undefined> {
  if (keys.length === 0) return undefined;
  const row = await db.selectFrom('article').select('id').where('urlKey', 'in', keys).orderBy('id').limit(1).executeTakeFirst();
  return row?.id;
}

/** The article's current text, as re-anchoring needs it. */
export async function findArticleText(db: DB, articleId: number) {
  return db
    .selectFrom('article')
    .select(['id', 'title', 'url', 'raw', 'format', 'body', 'bodySha256'])
    .where('id', '=', articleId)
    .executeTakeFirst();
}

/** Makes the article's current text that of its newest version. */
export async function updateArticleText(
  db: DB,
  change: { id: number; raw: string; format: 'text' | 'html'; body: string; bodySha256: string; language: string | null; dateline: string | null },
): Promise<void> {
  await db
    .updateTable('article')
    .set({
      raw: change.raw,
      format: change.format,
      body: change.body,
      bodySha256: change.bodySha256,
      language: change.language,
      dateline: change.dateline,
      searchBody: searchText(change.body),
    })
    .where('id', '=', change.id)
    .execute();
}

/** Sets an article's URL key (first import, or an article given its URL later). */
export async function setArticleUrlKey(db: DB, articleId: number, key: string | null): Promise<void> {
  await db.updateTable('article').set({ urlKey: key }).where('id', '=', articleId).execute();
}

/** Every claim of an article with its full anchor, dismissed and merged ones too (they follow their text as well). */
export async function listClaimAnchors(db: DB, articleId: number) {
  const rows = await db
    .selectFrom('claim')
    .select(['id', 'anchorStart', 'anchorEnd', 'quote', 'prefix', 'suffix', 'text', 'sourceState', 'signoff', 'dismissedAt', 'mergedInto'])
    .where('articleId', '=', articleId)
    .orderBy('anchorStart')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    anchor: { start: r.anchorStart, end: r.anchorEnd, quote: r.quote, prefix: r.prefix, suffix: r.suffix },
    text: r.text,
    sourceState: r.sourceState,
    signoff: r.signoff,
    /** Dismissed or merged away: it follows its text but is no longer one of the desk's claims. */
    offDesk: r.dismissedAt !== null || r.mergedInto !== null,
  }));
}

/** Moves a claim's anchor (and, for a changed or removed passage, records where its text stands). */
export async function updateClaimAnchor(
  db: DB,
  change: {
    id: number;
    anchor: { start: number; end: number; quote: string; prefix: string; suffix: string };
    text?: string;
    sourceState?: 'changed' | 'removed' | null;
    sourceDiff?: string | null;
    sourceVersion?: number | null;
  },
): Promise<void> {
  const texts = await withSearchText(db, change.id, {
    quote: change.anchor.quote,
    ...(change.text !== undefined ? { text: change.text } : {}),
  });
  await db
    .updateTable('claim')
    .set({
      anchorStart: change.anchor.start,
      anchorEnd: change.anchor.end,
      prefix: change.anchor.prefix,
      suffix: change.anchor.suffix,
      ...texts,
      ...(change.sourceState !== undefined ? { sourceState: change.sourceState } : {}),
      ...(change.sourceDiff !== undefined ? { sourceDiff: change.sourceDiff } : {}),
      ...(change.sourceVersion !== undefined ? { sourceVersion: change.sourceVersion } : {}),
    })
    .where('id', '=', change.id)
    .execute();
}

/** The live figures of these claims with their spans, for shifting and re-reading. */
export async function listLiveFiguresOfClaims(db: DB, claimIds: number[]) {
  if (claimIds.length === 0) return [];
  return db
    .selectFrom('figure')
    .select(['id', 'claimId', 'spanStart', 'spanEnd', 'text', 'low', 'high', 'qualifier', 'unit', 'counted', 'measureId'])
    .where('claimId', 'in', claimIds)
    .where('withdrawnAt', 'is', null)
    .orderBy('spanStart')
    .orderBy('id')
    .execute();
}

/** Moves a figure's span in the body (its claim moved with its text). */
export async function setFigureSpan(db: DB, id: number, span: { start: number | null; end: number | null }): Promise<void> {
  await db.updateTable('figure').set({ spanStart: span.start, spanEnd: span.end }).where('id', '=', id).execute();
}

/** What the figure reader gives for a figure: its span, text, interval, what it counts and its frame (scope, era, place). */
type FigureReading = Pick<
  FigureTable,
  'text' | 'low' | 'high' | 'qualifier' | 'counted' | 'event' | 'unit' | 'currency' | 'rule' | 'scope' | 'scopeDate' | 'era' | 'place'
> & { spanStart: number; spanEnd: number };

/** A figure re-read from its changed sentence; the former reading is kept beside it. */
export async function rereadFigure(
  db: DB,
  change: {
    id: number;
    /** The reading it replaces, and the version re-reading it (null: the same reading, nothing to keep). */
    previous: { text: string; low: number | null; high: number | null; qualifier: string; version: number } | null;
    reading: FigureReading;
  },
): Promise<void> {
  const p = change.previous;
  await db
    .updateTable('figure')
    .set({
      ...change.reading,
      // The classes it is matched on across articles follow the new reading (as insertFigure derives them).
      ...figureClasses(change.reading),
      ...(p ? { previousText: p.text, previousLow: p.low, previousHigh: p.high, previousQualifier: p.qualifier, previousVersion: p.version } : {}),
    })
    .where('id', '=', change.id)
    .execute();
}

/** A figure its newer sentence no longer gives: kept, marked withdrawn, with no place in the text. */
export async function withdrawFigure(db: DB, id: number, at: string): Promise<void> {
  await db.updateTable('figure').set({ withdrawnAt: at, spanStart: null, spanEnd: null }).where('id', '=', id).execute();
}

/** Every article id, oldest first (for re-extraction). */
export async function listArticleIds(db: DB): Promise<number[]> {
  const rows = await db.selectFrom('article').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

type SourceStateRow = { id: number; sourceState: string | null; sourceDiff: string | null; sourceVersion: number | null };

function toSourceState(r: SourceStateRow) {
  return {
    claimId: r.id,
    state: r.sourceState as 'changed' | 'removed',
    diff: r.sourceDiff ? (JSON.parse(r.sourceDiff) as Array<{ kind: 'same' | 'added' | 'removed'; text: string }>) : null,
    version: r.sourceVersion,
  };
}

/** Claims flagged by a newer version of their article, with what toSourceState reads. */
function flaggedClaims(db: DB) {
  return db.selectFrom('claim').select(['id', 'sourceState', 'sourceDiff', 'sourceVersion']).where('sourceState', 'is not', null);
}

/** Where each flagged claim of an article stands in its newest version ('changed' with its word diff, or 'removed'). */
export async function listClaimSourceStates(db: DB, articleId: number) {
  const rows = await flaggedClaims(db).where('articleId', '=', articleId).execute();
  return rows.map(toSourceState);
}

/** Where one claim stands in its article's newest version, or null when its passage is there unchanged (or it is unknown). */
export async function findClaimSourceState(db: DB, claimId: number) {
  const row = await flaggedClaims(db).where('id', '=', claimId).executeTakeFirst();
  return row ? toSourceState(row) : null;
}
