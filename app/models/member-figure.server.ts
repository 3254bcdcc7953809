import { sql } from 'kysely';
import { isPostgres, type DB } from '../../db/connection';
import type { MemberFigure } from '../domain/measures/types';
import { inBatches } from './in-batches';

export type { MemberFigure } from '../domain/measures/types';

/** The most figures one candidate scan reads (newest first), so a large library stays fast. */
export const FIGURE_SCAN_LIMIT = 2000;

function memberQuery(db: DB) {
  return db
    .selectFrom('figure')
    .leftJoin('claim', 'claim.id', 'figure.claimId')
    .leftJoin('article', 'article.id', 'claim.articleId')
    .leftJoin('source', 'source.id', 'figure.sourceId')
    .select([
      'figure.id',
      'figure.measureId',
      'figure.text',
      'figure.low',
      'figure.high',
      'figure.qualifier',
      'figure.counted',
      'figure.event',
      'figure.unit',
      'figure.rule',
      'figure.corrected',
      'figure.scope',
      'figure.scopeDate',
      'figure.era',
      'figure.place',
      'figure.asOf',
      'figure.claimId',
      'claim.text as claimText',
      'claim.attribution',
      'claim.status as claimStatus',
      'claim.signoff as claimSignoff',
      'claim.dismissedAt as claimDismissedAt',
      'article.id as articleId',
      'article.title as articleTitle',
      'article.publishedAt as articlePublishedAt',
      'figure.sourceId',
      'source.title as sourceTitle',
      'source.publisher as sourcePublisher',
      'source.publishedAt as sourcePublishedAt',
      'source.kind as sourceKind',
      'figure.previousText',
      'figure.previousLow',
      'figure.previousHigh',
      'figure.previousQualifier',
      'figure.previousVersion',
    ]);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberQuery>['execute']>>[number];

function toMember(r: MemberRow): MemberFigure {
  return {
    id: r.id,
    measureId: r.measureId,
    text: r.text,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    counted: r.counted,
    event: r.event,
    unit: r.unit,
    rule: r.rule,
    corrected: r.corrected === 1,
    scope: r.scope,
    scopeDate: r.scopeDate,
    era: r.era,
    place: r.place,
    asOf: r.asOf,
    claimId: r.claimId,
    claimText: r.claimText,
    attribution: r.attribution,
    claimStatus: r.claimStatus,
    claimSignoff: r.claimSignoff,
    articleId: r.articleId,
    articleTitle: r.articleTitle,
    articlePublishedAt: r.articlePublishedAt,
    sourceId: r.sourceId,
    sourceTitle: r.sourceTitle,
    sourcePublisher: r.sourcePublisher,
    sourcePublishedAt: r.sourcePublishedAt,
    sourceKind: r.sourceKind,
    removed: r.claimDismissedAt !== null,
    previous:
      r.previousText === null
        ? null
        : { text: r.previousText, low: r.previousLow, high: r.previousHigh, qualifier: r.previousQualifier, version: r.previousVersion },
  };
}

/** The figures attached to these measures, with their claim and article, in figure id order; [] for none. */
export async function listMembersOfMeasures(db: DB, measureIds: number[]): Promise<MemberFigure[]> {
  if (measureIds.length === 0) return [];
  const rows = await memberQuery(db).where('figure.measureId', 'in', measureIds).orderBy('figure.id').execute();
  return rows.map(toMember);
}

/** The figures with these ids, with their claim and article, in figure id order (unknown ids left out); read in batches, so any number of ids. */
export async function listMemberFiguresByIds(db: DB, figureIds: number[]): Promise<MemberFigure[]> {
  if (figureIds.length === 0) return [];
  // Sorted ids in sorted batches keep the whole list in figure id order.
  const sorted = [...new Set(figureIds)].sort((a, b) => a - b);
  const rows = await inBatches(sorted, (batch) => memberQuery(db).where('figure.id', 'in', batch).orderBy('figure.id').execute());
  return rows.map(toMember);
}

/** Figures with one of these event words, outside an article (candidates for cross-article matches). */
export async function listFiguresWithEvents(
  db: DB,
  q: { events: string[]; excludeArticleId: number; limit: number },
): Promise<MemberFigure[]> {
  if (q.events.length === 0) return [];
  const rows = await memberQuery(db)
    .where((eb) => eb.fn('lower', ['figure.event']), 'in', q.events)
    .where((eb) => eb.or([eb('claim.articleId', 'is', null), eb('claim.articleId', '!=', q.excludeArticleId)]))
    .where((eb) => eb.or([eb('claim.dismissedAt', 'is', null), eb('figure.claimId', 'is', null)]))
    .orderBy('figure.id', 'desc')
    .limit(q.limit)
    .execute();
  return rows.map(toMember);
}

/** A match key: event class, unit and counted class (null: the figure names none, so any counted class may match). */
export interface MatchKey {
  eventClass: string;
  unit: string;
  countedClass: string | null;
}

/**
 * Figures of other articles (and library sources) on no measure that may be
 * rivals of figures with these keys: for each key, the `perKey` oldest with
 * the same counted class and the `perKey` oldest that name none (for a key
 * that names none, the `perKey` first that name one instead). One query, each
 * part an index range on figure_match_key read in its own order, so the time
 * does not grow with the number of figures on the desk.
 */
export async function listRivalCandidates(
  db: DB,
  q: { keys: MatchKey[]; excludeArticleId: number; perKey: number },
): Promise<MemberFigure[]> {
  const seen = new Set<string>();
  const keys = q.keys.filter((k) => {
    const id = JSON.stringify([k.eventClass, k.unit, k.countedClass]);
    return seen.has(id) ? false : (seen.add(id), true);
  });
  const live = () =>
    memberQuery(db)
      .where('figure.measureId', 'is', null)
      .where((eb) => eb.or([eb('claim.articleId', 'is', null), eb('claim.articleId', '!=', q.excludeArticleId)]))
      .where((eb) => eb.or([eb('claim.dismissedAt', 'is', null), eb('figure.claimId', 'is', null)]));
  const rows: MemberRow[] = [];
  // SQLite allows 500 terms in one compound select: 100 keys (200 parts) a query, one query for any real article.
  for (let i = 0; i < keys.length; i += 100) {
    const parts = keys.slice(i, i + 100).flatMap((k) => {
      const base = () => live().where('figure.eventClass', '=', k.eventClass).where('figure.unit', '=', k.unit);
      return [
        base().where('figure.countedClass', 'is', null).orderBy('figure.id').limit(q.perKey),
        k.countedClass !== null
          ? base().where('figure.countedClass', '=', k.countedClass).orderBy('figure.id').limit(q.perKey)
          : base().where('figure.countedClass', 'is not', null).orderBy('figure.countedClass').orderBy('figure.id').limit(q.perKey),
      ];
    });
    // Each part is wrapped so its own ORDER BY and LIMIT hold inside the UNION ALL (SQLite and PostgreSQL alike).
    const wrapped = parts.map((p, j) => db.selectFrom(p.as(`k${j}`)).selectAll());
    rows.push(...(await wrapped.slice(1).reduce((acc, p) => acc.unionAll(p), wrapped[0]).execute()));
  }
  const byId = new Map<number, MemberFigure>();
  for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, toMember(r));
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** Attaches these figures to a measure, or detaches them with null; in batches, so any number of ids. Throws the database's foreign-key error for an unknown measure. */
export async function setFiguresMeasure(db: DB, figureIds: number[], measureId: number | null): Promise<void> {
  if (figureIds.length === 0) return;
  await inBatches(figureIds, async (batch) => {
    await db.updateTable('figure').set({ measureId: measureId }).where('id', 'in', batch).execute();
    return [];
  });
}

/** LIKE pattern for a search word, with its wildcards escaped (used with ESCAPE '\\'). */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Figures on no measure (from an article's live claims or a source) that
 * might be attached to one: with one of these event words, or any when
 * `events` is null; `q` narrows to figure text, claim text, article or
 * source title containing it. Newest first.
 */
export async function listFreeFigures(db: DB, q: { events: string[] | null; q: string | null; limit: number }): Promise<MemberFigure[]> {
  let query = memberQuery(db)
    .where('figure.measureId', 'is', null)
    .where((eb) => eb.or([eb('figure.claimId', 'is', null), eb('claim.dismissedAt', 'is', null)]));
  if (q.events) {
    if (q.events.length === 0) return [];
    query = query.where((eb) => eb.fn('lower', ['figure.event']), 'in', q.events);
  }
  if (q.q) {
    const pattern = likePattern(q.q);
    // Case-insensitive on both engines (SQLite's LIKE is, for ASCII; PostgreSQL's needs ILIKE).
    const op = isPostgres(db) ? sql`ilike` : sql`like`;
    const like = (col: string) => sql<boolean>`${sql.ref(col)} ${op} ${pattern} escape '\\'`;
    query = query.where((eb) => eb.or([like('figure.text'), like('claim.text'), like('article.title'), like('source.title')]));
  }
  const rows = await query.orderBy('figure.id', 'desc').limit(q.limit).execute();
  return rows.map(toMember);
}
