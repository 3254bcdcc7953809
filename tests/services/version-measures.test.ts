import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { importOrRevise } from '../../app/services/import-by-url.server';
import { createMeasure } from '../../app/services/measure-edit.server';
import { loadMeasurePage } from '../../app/services/measure-pages.server';
import { listOpenSuggestions } from '../../app/models/measure-suggestion.server';
import { useTestDb } from '../helpers/test-db';

// Measures and later versions of an article (issue 17): a member re-read by a
// newer version shows both readings; claims new in a version get suggestions.
const URL_ = 'https://valley-news.example/floods';
const FIRST = 'Floods have displaced more than 12,000 people in the Arno valley, the regional authority said on Monday.';
const FIRST_V2 = 'Floods have displaced more than 13,500 people in the Arno valley, the regional authority said on Monday.';
const ROADS = 'Crews reopened the main road to Pontedera after the water receded.';
const LATER = 'The Red Cross said on Tuesday that about 14,000 people had been displaced by the floods in the Arno valley.';

const input = (paragraphs: string[]) => ({
  text: paragraphs.join('\n\n'),
  format: 'text' as const,
  title: 'Floods in the Arno valley',
  url: URL_,
  publisher: 'Valley News',
  publishedAt: '2026-11-30',
  fileName: null,
});

describe('measures across article versions', () => {
  let db: DB;
  let articleId = 0;
  let measureId = 0;
  let figureId = 0;
  const actor = (minute: number) => ({ id: null, now: new Date(Date.UTC(2026, 11, 1, 9, minute)) });

  beforeAll(async () => {
    db = await useTestDb();
    articleId = (await importOrRevise(db, input([FIRST, ROADS]), actor(0))).articleId;
    const figure = await db
      .selectFrom('figure')
      .innerJoin('claim', 'claim.id', 'figure.claimId')
      .select(['figure.id', 'figure.text'])
      .where('claim.articleId', '=', articleId)
      .executeTakeFirstOrThrow();
    expect(figure.text).toBe('more than 12,000 people');
    figureId = figure.id;
    measureId = await createMeasure(db, {
      fields: { label: 'People displaced by the Arno floods', unit: 'count', place: 'Arno valley', periodStart: null, periodEnd: null, acceptedLow: null, acceptedHigh: null, rationale: null },
      figureIds: [figureId],
      actor: { id: null, now: actor(1).now },
    });
  });

  it('a new version that re-reads a member shows the older reading beside the newer, with the version', async () => {
    const r = await importOrRevise(db, input([FIRST_V2, ROADS, LATER]), actor(5));
    expect(r).toMatchObject({ version: 2, created: true, summary: { changed: 1, added: 1 } });
    const page = await loadMeasurePage(db, measureId);
    const member = page.figures.find((f) => f.id === figureId)!;
    expect(member).toMatchObject({ text: 'more than 13,500 people', low: 13_500 });
    expect(member.previous).toEqual({ text: 'more than 12,000 people', low: 12_000, high: null, qualifier: 'more_than', version: 2 });
  });

  it('a claim new in that version gets measure suggestions, as an import does', async () => {
    const open = await listOpenSuggestions(db, { measureId });
    const later = await db
      .selectFrom('figure')
      .innerJoin('claim', 'claim.id', 'figure.claimId')
      .select('figure.id')
      .where('claim.articleId', '=', articleId)
      .where('claim.quote', '=', LATER)
      .executeTakeFirstOrThrow();
    expect(open.map((s) => s.figureId)).toContain(later.id);
  });

  it('a figure re-read to the same reading keeps no older one', async () => {
    // Version 3 changes the words around the figure only.
    await importOrRevise(db, input([FIRST_V2.replace('said on Monday', 'said late on Monday'), ROADS, LATER]), actor(9));
    const member = (await loadMeasurePage(db, measureId)).figures.find((f) => f.id === figureId)!;
    // The reading is the same, so the one it replaced in version 2 is still the one shown.
    expect(member.previous).toMatchObject({ text: 'more than 12,000 people', version: 2 });
  });
});
