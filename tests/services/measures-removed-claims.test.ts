import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import type { ImportInput } from '../../app/domain/articles/import-input';
import { importArticle } from '../../app/services/import-article.server';
import { dismissClaim, restoreClaim } from '../../app/services/claim-edit.server';
import { attachFigure, createMeasure } from '../../app/services/measure-edit.server';
import { acceptSuggestion } from '../../app/services/measure-suggestion-decisions.server';
import { figureForNewMeasure, listSuggestionViews, loadMeasureList, loadMeasurePage } from '../../app/services/measure-pages.server';
import { RuleError } from '../../app/services/errors';
import { useTestDb } from '../helpers/test-db';

/**
 * A checker removes a claim (dismiss: "not a claim"): its figures leave the
 * measure screens. Not suggested, not a candidate, not attachable, and back
 * when the claim is restored. Reports written for this test.
 */
const input = (text: string): ImportInput => ({ text, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null });
const actor = { id: null, now: new Date('2026-12-02T10:00:00Z') };
const fields = (label: string) => ({ label, unit: 'count', place: null, periodStart: null, periodEnd: null, acceptedLow: null, acceptedHigh: null, rationale: null });

const STORM = `Storm floods the northern coast

About 12,000 people were displaced by the storm along the northern coast, the civil protection agency said on Tuesday.

Village leaders said nearly 13,000 people were displaced in the valley since the weekend.

The agency said 40 homes were destroyed in the port town.`;

describe('figures of removed claims on the measure screens', () => {
  let db: DB;
  let removedClaim: { id: number; version: number };
  let removedFigure: number;
  beforeAll(async () => {
    db = await useTestDb();
    await importArticle(db, input(STORM), actor);
    const fig = await db.selectFrom('figure').select(['id', 'claimId']).where('text', 'like', 'nearly 13,000%').executeTakeFirstOrThrow();
    removedFigure = fig.id;
    const claim = await db.selectFrom('claim').select(['id', 'version']).where('id', '=', fig.claimId!).executeTakeFirstOrThrow();
    removedClaim = claim;
  });

  const suggested = async () => (await listSuggestionViews(db)).flatMap((s) => s.figures.map((f) => f.text));

  it('suggests the pair while both claims are live', async () => {
    expect(await suggested()).toEqual(expect.arrayContaining(['About 12,000 people', 'nearly 13,000 people']));
  });

  it('hides the pair once one claim is removed, on /measures and in its count, and shows it again on restore', async () => {
    const before = await loadMeasureList(db);
    await dismissClaim(db, { claimId: removedClaim.id, version: removedClaim.version, actor: { id: null, now: actor.now } });
    expect(await suggested()).not.toContain('nearly 13,000 people');
    expect(await suggested()).not.toContain('About 12,000 people');
    const after = await loadMeasureList(db);
    expect(after.suggestionTotal).toBe(before.suggestionTotal - 1);
    expect(after.suggestions.flatMap((s) => s.figures.map((f) => f.id))).not.toContain(removedFigure);

    const claim = await db.selectFrom('claim').select('version').where('id', '=', removedClaim.id).executeTakeFirstOrThrow();
    await restoreClaim(db, { claimId: removedClaim.id, version: claim.version, actor: { id: null, now: actor.now } });
    expect(await suggested()).toEqual(expect.arrayContaining(['About 12,000 people', 'nearly 13,000 people']));
  });

  it('never offers a removed claim’s figure as a candidate, searched or not, nor lets it be attached', async () => {
    const claim = await db.selectFrom('claim').select('version').where('id', '=', removedClaim.id).executeTakeFirstOrThrow();
    await dismissClaim(db, { claimId: removedClaim.id, version: claim.version, actor: { id: null, now: actor.now } });
    const id = await createMeasure(db, { fields: fields('People displaced by the coastal storm'), figureIds: [], actor });
    const page = await loadMeasurePage(db, id);
    expect(page.candidates.map((c) => c.text)).toContain('About 12,000 people');
    expect(page.candidates.map((c) => c.id)).not.toContain(removedFigure);
    expect(page.suggestions.flatMap((s) => s.figures.map((f) => f.id))).not.toContain(removedFigure);
    const searched = await loadMeasurePage(db, id, { q: '13,000' });
    expect(searched.candidates).toEqual([]);

    await expect(attachFigure(db, { measureId: id, figureId: removedFigure, actor })).rejects.toBeInstanceOf(RuleError);
    await expect(createMeasure(db, { fields: fields('Valley displacement'), figureIds: [removedFigure], actor })).rejects.toThrow(/removed claim/);
    expect((await loadMeasurePage(db, id)).figures).toEqual([]);
    // The "new measure from this figure" form says why it does not start from it.
    expect((await figureForNewMeasure(db, removedFigure)).removed).toBe(true);
  });

  it('refuses to accept a suggestion whose figure was removed since; with its anchor removed, attaches only the live figure', async () => {
    const version = async (id: number) => (await db.selectFrom('claim').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
    await restoreClaim(db, { claimId: removedClaim.id, version: await version(removedClaim.id), actor: { id: null, now: actor.now } });
    // The group's row is the valley figure's; its anchor (partner) is the coast figure.
    const row = await db.selectFrom('measureSuggestion').select(['id', 'partnerFigureId']).where('status', '=', 'open').where('figureId', '=', removedFigure).executeTakeFirstOrThrow();
    const anchor = await db.selectFrom('figure').select(['id', 'text', 'claimId']).where('id', '=', row.partnerFigureId!).executeTakeFirstOrThrow();
    expect(anchor.text).toBe('About 12,000 people');

    await dismissClaim(db, { claimId: removedClaim.id, version: await version(removedClaim.id), actor: { id: null, now: actor.now } });
    await expect(acceptSuggestion(db, { suggestionId: row.id, actor })).rejects.toThrow(/removed claim/);
    await restoreClaim(db, { claimId: removedClaim.id, version: await version(removedClaim.id), actor: { id: null, now: actor.now } });

    await dismissClaim(db, { claimId: anchor.claimId!, version: await version(anchor.claimId!), actor: { id: null, now: actor.now } });
    expect(await suggested()).not.toContain('nearly 13,000 people');
    const measureId = await acceptSuggestion(db, { suggestionId: row.id, actor });
    expect((await loadMeasurePage(db, measureId)).figures.map((f) => f.text)).toEqual(['nearly 13,000 people']);
  });

  it('keeps a member whose claim is removed later listed and flagged, but out of the verdict until the claim is restored', async () => {
    const version = async (id: number) => (await db.selectFrom('claim').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
    const restoreAll = async () => {
      const gone = await db.selectFrom('claim').select('id').where('dismissedAt', 'is not', null).execute();
      for (const c of gone) await restoreClaim(db, { claimId: c.id, version: await version(c.id), actor: { id: null, now: actor.now } });
    };
    await restoreAll();
    const coast = await db.selectFrom('figure').select(['id', 'claimId']).where('text', '=', 'About 12,000 people').executeTakeFirstOrThrow();
    // Two reports that cannot both be right: about 12,000 against more than 20,000.
    const id = await createMeasure(db, { fields: fields('People displaced on the coast'), figureIds: [coast.id], actor });
    await db.updateTable('figure').set({ low: 20_000, high: null, qualifier: 'more_than', measureId: id }).where('id', '=', removedFigure).execute();
    expect((await loadMeasurePage(db, id)).verdict.verdict).toBe('conflicting');
    expect((await loadMeasureList(db, { measures: 1, suggestions: 1, pageSize: 50 })).measures.find((m) => m.id === id)?.verdict).toBe('conflicting');

    await dismissClaim(db, { claimId: removedClaim.id, version: await version(removedClaim.id), actor: { id: null, now: actor.now } });
    const page = await loadMeasurePage(db, id);
    expect(page.figures.map((f) => [f.id, f.removed === true])).toEqual(expect.arrayContaining([[removedFigure, true], [coast.id, false]]));
    expect(page.verdict.verdict).toBe('consistent');
    expect(page.verdict.disjointPairs).toEqual([]);
    expect((await loadMeasureList(db, { measures: 1, suggestions: 1, pageSize: 50 })).measures.find((m) => m.id === id)?.verdict).toBe('consistent');

    await restoreAll();
    expect((await loadMeasurePage(db, id)).verdict.verdict).toBe('conflicting');
  });
});
