import type { Compilable } from 'kysely';
import type { DB } from '../../db/connection';
import { onOneConnection, prepareRows, type PreparedRows, type Slot } from '../../db/prepared-rows';
import type { ExportFilters } from '../domain/export/export-filters';
import type { ExportArticle, ExportEvidence, ExportFigure, ExportMeasure, ExportVersion } from '../domain/export/types';
import { exportQuery, type ExportClaimRow, type ExportCursor } from './export.server';

/** What an export needs of an article its page reaches: the head (with its newest version), every version, the live claims in reading order (ids, for numbering) and the measures its figures are on. */
export interface ExportArticleFacts {
  article: ExportArticle;
  /** Oldest first, with the ISO time each was stored (what a sign-off time is compared with). */
  versions: Array<ExportVersion & { storedAt: string }>;
  liveClaimIds: number[];
  measureIds: number[];
}

/** One page of an export: its claims in export order, their figures and evidence by claim id, and the articles it reaches. */
export interface ExportPage {
  claims: ExportClaimRow[];
  /** Claim id → its figures in reading order, each with the measure it is on. */
  figuresOf: Map<number, ExportFigure[]>;
  evidenceOf: Map<number, ExportEvidence[]>;
  /** Article id → facts, for every article of the page but the one named as already known. */
  articles: Map<number, ExportArticleFacts>;
}

type Row = unknown[];
type IdList = (conn: DB, ids: number[]) => Promise<Row[]>;

/**
 * Reads an export page by page: `next(after, known)` answers the `pageSize`
 * claims the filters select after the keyset cursor `after` (null: from the
 * start), with their figures, evidence and the facts of each article they
 * belong to other than `known`. Seven queries a page at most, each compiled
 * once per export and run on one connection, rows read as arrays
 * (db/prepared-rows.ts): no per-page query building, no per-row mapping of
 * column names. Throws only the database's errors.
 */
export function exportPageReader(db: DB, f: ExportFilters, pageSize: number): (after: ExportCursor | null, known: number | null) => Promise<ExportPage> {
  const ordered = (q: ReturnType<typeof exportQuery>, slot: Slot) => q.orderBy('claim.articleId').orderBy('claim.anchorStart').orderBy('claim.id').limit(slot(3));
  const first = prepareRows(db, (slot) => ordered(exportQuery(db, f), slot));
  const next = prepareRows(db, (slot) =>
    ordered(
      // A row-value comparison: one range of the claim_export_order index, however deep the export.
      exportQuery(db, f).where((eb) => eb(eb.refTuple('claim.articleId', 'claim.anchorStart', 'claim.id'), '>', eb.tuple(slot(0), slot(1), slot(2)))),
      slot,
    ),
  );
  const figures = idList(db, (slot, n) =>
    db
      .selectFrom('figure')
      .leftJoin('measure', 'measure.id', 'figure.measureId')
      .select(['figure.claimId', 'figure.id', 'figure.text', 'figure.low', 'figure.high', 'figure.qualifier', 'figure.unit', 'figure.asOf'])
      .select(['measure.id as measureId', 'measure.label', 'measure.unit as measureUnit', 'measure.acceptedLow', 'measure.acceptedHigh', 'measure.rationale'])
      .select('figure.currency')
      .where('figure.claimId', 'in', slots(slot, n))
      .orderBy('figure.claimId')
      .orderBy('figure.spanStart')
      .orderBy('figure.id'),
  );
  const evidence = idList(db, (slot, n) =>
    db
      .selectFrom('evidence')
      .innerJoin('source', 'source.id', 'evidence.sourceId')
      .select(['evidence.claimId', 'evidence.stance', 'evidence.excerpt', 'evidence.note', 'source.title', 'source.url', 'source.publisher'])
      .where('evidence.claimId', 'in', slots(slot, n))
      .where('evidence.removedAt', 'is', null)
      .orderBy('evidence.claimId')
      .orderBy('evidence.id'),
  );
  const heads = idList(db, (slot, n) =>
    db.selectFrom('article').select(['id', 'title', 'url', 'publisher', 'publishedAt', 'language']).where('id', 'in', slots(slot, n)),
  );
  const versions = idList(db, (slot, n) =>
    db
      .selectFrom('articleVersion as v')
      .leftJoin('snapshot as s', 's.id', 'v.snapshotId')
      .select(['v.articleId', 'v.number', 'v.origin', 'v.createdAt', 's.fetchedAt', 's.sha256'])
      .where('v.articleId', 'in', slots(slot, n))
      .orderBy('v.articleId')
      .orderBy('v.number'),
  );
  const live = idList(db, (slot, n) =>
    db
      .selectFrom('claim')
      .select(['articleId', 'id'])
      .where('articleId', 'in', slots(slot, n))
      .where('dismissedAt', 'is', null)
      .orderBy('articleId')
      .orderBy('anchorStart')
      .orderBy('id'),
  );
  const measures = idList(db, (slot, n) =>
    db
      .selectFrom('figure')
      .innerJoin('claim', 'claim.id', 'figure.claimId')
      .select(['claim.articleId', 'figure.measureId'])
      .distinct()
      .where('claim.articleId', 'in', slots(slot, n))
      .where('figure.measureId', 'is not', null),
  );

  return (after, known) =>
    onOneConnection(db, async (conn) => {
      const rows = after ? await next(conn, [after.articleId, after.start, after.id, pageSize]) : await first(conn, [null, null, null, pageSize]);
      const claims = rows.map(toClaimRow);
      const page: ExportPage = { claims, figuresOf: new Map(), evidenceOf: new Map(), articles: new Map() };
      if (claims.length === 0) return page;
      const ids = claims.map((c) => c.id);
      for (const r of await figures(conn, ids)) push(page.figuresOf, r[0] as number, toFigure(r));
      for (const r of await evidence(conn, ids)) push(page.evidenceOf, r[0] as number, toEvidence(r));
      const articleIds = [...new Set(claims.map((c) => c.articleId))].filter((id) => id !== known);
      if (articleIds.length === 0) return page;
      const facts = page.articles;
      for (const r of await heads(conn, articleIds)) {
        const [id, title, url, publisher, publishedAt, language] = r as [number, string, string | null, string | null, string | null, string | null];
        facts.set(id, { article: { id, title, url, publisher, publishedAt, language, version: null }, versions: [], liveClaimIds: [], measureIds: [] });
      }
      for (const r of await versions(conn, articleIds)) {
        const [articleId, number, origin, createdAt, fetchedAt, sha256] = r as [number, number, string, string, string | null, string | null];
        facts.get(articleId)?.versions.push({ number, origin, at: fetchedAt ?? createdAt, fetched: fetchedAt !== null, snapshotSha256: sha256 ?? null, storedAt: createdAt });
      }
      for (const r of await live(conn, articleIds)) facts.get(r[0] as number)?.liveClaimIds.push(r[1] as number);
      for (const r of await measures(conn, articleIds)) facts.get(r[0] as number)?.measureIds.push(r[1] as number);
      for (const a of facts.values()) {
        // The newest version: the text every live claim is anchored in.
        const v = a.versions.at(-1);
        a.article.version = v ? { number: v.number, origin: v.origin, at: v.at, fetched: v.fetched, snapshotSha256: v.snapshotSha256 } : null;
      }
      return page;
    });
}

/** `n` slots for an IN list (ids padded with nulls, which match nothing). */
function slots(slot: Slot, n: number): never[] {
  return Array.from({ length: n }, (_, i) => slot(i));
}

/**
 * A query over a list of ids, prepared once per list length rounded up to a
 * power of two (the rest of the list is null), so a page's lists reuse a
 * handful of statements.
 */
function idList(db: DB, build: (slot: Slot, n: number) => Compilable): IdList {
  const prepared = new Map<number, PreparedRows>();
  return (conn, ids) => {
    let n = 1;
    while (n < ids.length) n *= 2;
    let run = prepared.get(n);
    if (!run) {
      run = prepareRows(db, (slot) => build(slot, n));
      prepared.set(n, run);
    }
    const values: unknown[] = ids.slice();
    while (values.length < n) values.push(null);
    return run(conn, values);
  };
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toClaimRow(r: Row): ExportClaimRow {
  return {
    id: r[0] as number,
    articleId: r[1] as number,
    anchorStart: r[2] as number,
    quote: r[3] as string,
    text: r[4] as string,
    attribution: r[5] as string | null,
    status: r[6] as ExportClaimRow['status'],
    rating: r[7] as string | null,
    verdict: r[8] as string | null,
    assigneeName: r[9] as string | null,
    signoff: r[10] as ExportClaimRow['signoff'],
    signoffName: r[11] as string | null,
    signoffAt: r[12] as string | null,
    signoffHash: r[13] as string | null,
    signoffOverride: r[14] as string | null,
    updatedAt: r[15] as string,
  };
}

function toFigure(r: Row): ExportFigure {
  const measure: ExportMeasure | null =
    r[8] === null
      ? null
      : { id: r[8] as number, label: r[9] as string, unit: r[10] as string, acceptedLow: r[11] as number | null, acceptedHigh: r[12] as number | null, rationale: r[13] as string | null };
  return { id: r[1] as number, claimId: r[0] as number, text: r[2] as string, low: r[3] as number | null, high: r[4] as number | null, qualifier: r[5] as string, unit: r[6] as string, asOf: r[7] as string | null, currency: r[14] as string | null, measure };
}

function toEvidence(r: Row): ExportEvidence {
  return {
    stance: r[1] as ExportEvidence['stance'],
    excerpt: r[2] as string | null,
    note: r[3] as string | null,
    sourceTitle: r[4] as string,
    sourceUrl: r[5] as string,
    sourcePublisher: r[6] as string | null,
  };
}
