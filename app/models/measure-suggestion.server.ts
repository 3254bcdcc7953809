import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/connection';
import type { MeasureSuggestionTable } from '../../db/schema';

export type SuggestionStatus = 'open' | 'accepted' | 'rejected';

/**
 * A proposal a person accepts or rejects: figure → measure (cross-article),
 * or figure ↔ partner figure (same article, from the extraction groups; the
 * group's first figure is every row's partner, so one group shares a partner).
 */
export type Suggestion = Omit<Selectable<MeasureSuggestionTable>, 'decidedBy' | 'decidedAt'>;

const SUGGESTION_COLUMNS = ['id', 'figureId', 'measureId', 'partnerFigureId', 'label', 'reason', 'status', 'createdAt'] as const;

export interface NewSuggestion {
  figureId: number;
  measureId: number | null;
  partnerFigureId: number | null;
  label: string;
  reason: string | null;
}

/** Stores open suggestions (a figure onto a measure, or two figures for a new one), all created at `now` (ISO time). Throws the database's foreign-key error for an unknown figure or measure. */
export async function insertSuggestions(db: DB, rows: NewSuggestion[], now: string): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('measureSuggestion')
    .values(
      rows.map((s) => ({
        figureId: s.figureId,
        measureId: s.measureId,
        partnerFigureId: s.partnerFigureId,
        label: s.label,
        reason: s.reason,
        createdAt: now,
      })),
    )
    .execute();
}

/** One suggestion in any state, or undefined when no suggestion has this id. */
export async function findSuggestion(db: DB, id: number): Promise<Suggestion | undefined> {
  const row = await db.selectFrom('measureSuggestion').select(SUGGESTION_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row;
}

/**
 * Open rows whose figure and partner figure both belong to live claims (or
 * to sources): a figure of a removed (dismissed or merged) claim is never
 * shown as a suggestion, and a group anchored on one is hidden with it until
 * the claim is restored.
 */
function openAndLive(db: DB) {
  return db
    .selectFrom('measureSuggestion')
    .where('measureSuggestion.status', '=', 'open')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('figure')
            .innerJoin('claim', 'claim.id', 'figure.claimId')
            .select('figure.id')
            .where('claim.dismissedAt', 'is not', null)
            .where((eb) => eb.or([eb('figure.id', '=', eb.ref('measureSuggestion.figureId')), eb('figure.id', '=', eb.ref('measureSuggestion.partnerFigureId'))])),
        ),
      ),
    );
}

/** Open suggestions of live figures (see openAndLive), oldest first: all of them, or only those onto one measure. */
export async function listOpenSuggestions(db: DB, filter: { measureId?: number } = {}): Promise<Suggestion[]> {
  let q = openAndLive(db).select(SUGGESTION_COLUMNS);
  if (filter.measureId !== undefined) q = q.where('measureId', '=', filter.measureId);
  return q.orderBy('id').execute();
}

/**
 * One page of open suggestion groups of live figures (see openAndLive; rows sharing a partner figure and a
 * label are one group, as the page shows them; any other row is a group of
 * its own), oldest group first: every open row of those groups, and how
 * many groups there are in all.
 */
export async function listOpenSuggestionPage(
  db: DB,
  page: { limit: number; offset: number },
): Promise<{ suggestions: Suggestion[]; groups: number }> {
  const groupKey = sql<string>`case when partner_figure_id is not null
    then 'g:' || cast(partner_figure_id as text) || ':' || label else 's:' || cast(id as text) end`;
  const groups = openAndLive(db)
    .select([groupKey.as('key'), (eb) => eb.fn.min('id').as('first')])
    .groupBy(groupKey);
  const keys = await db
    .selectFrom(groups.as('g'))
    .select('g.key')
    .orderBy('g.first')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total = await db.selectFrom(groups.as('g')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (!keys.length) return { suggestions: [], groups: Number(total.n) };
  const rows = await openAndLive(db)
    .select(SUGGESTION_COLUMNS)
    .where(groupKey, 'in', keys.map((k) => k.key))
    .orderBy('id')
    .execute();
  return { suggestions: rows, groups: Number(total.n) };
}

/** Open rows of one within-article group: same partner (the group's first figure) and label. */
export async function listOpenGroup(db: DB, partnerFigureId: number, label: string): Promise<Suggestion[]> {
  const rows = await db
    .selectFrom('measureSuggestion')
    .select(SUGGESTION_COLUMNS)
    .where('status', '=', 'open')
    .where('partnerFigureId', '=', partnerFigureId)
    .where('label', '=', label)
    .orderBy('id')
    .execute();
  return rows;
}

/** Every suggestion (any status) onto a measure. */
export async function listSuggestionsOfMeasure(db: DB, measureId: number): Promise<Suggestion[]> {
  const rows = await db.selectFrom('measureSuggestion').select(SUGGESTION_COLUMNS).where('measureId', '=', measureId).orderBy('id').execute();
  return rows;
}

/** Decides open suggestions; returns the ids actually changed (already-decided rows are left alone). */
export async function decideSuggestions(
  db: DB,
  d: { ids: number[]; status: 'accepted' | 'rejected'; actorId: number | null; now: string },
): Promise<number[]> {
  if (d.ids.length === 0) return [];
  const rows = await db
    .updateTable('measureSuggestion')
    .set({ status: d.status, decidedBy: d.actorId, decidedAt: d.now })
    .where('id', 'in', d.ids)
    .where('status', '=', 'open')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
