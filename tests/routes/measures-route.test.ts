import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action as listAction, loader as listLoader } from '../../app/routes/measures._index';
import { action, loader } from '../../app/routes/measures.$id';
import { action as conventionsAction } from '../../app/routes/measures.conventions';
import { importArticle } from '../../app/services/import-article.server';
import { listSuggestionViews } from '../../app/services/measure-pages.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';
import { seedText } from '../helpers/seed-article';
import { call, get, post } from '../helpers/route';

describe('measure routes', () => {
  let db: DB;
  let checker: string;
  let measureId: number;

  beforeAll(async () => {
    db = await useTestDb();
    checker = (await signedIn(db, 'checker')).cookie;
    await importArticle(
      db,
      { text: seedText, format: 'text', title: null, url: null, publisher: null, publishedAt: null, fileName: null },
      { id: null, now: new Date() },
    );
  });

  it('lists the open suggestions and turns an accepted one into a measure page', async () => {
    const list = await (await call(listLoader, get('/measures', checker))).json();
    expect(list.suggestions.length).toBeGreaterThanOrEqual(4);
    // Each figure of a suggestion says who gave it (null where the article does not say).
    const figures = list.suggestions.flatMap((s: { figures: Array<{ givenBy: string | null }> }) => s.figures);
    expect(figures.every((f: { givenBy?: unknown }) => f.givenBy === null || typeof f.givenBy === 'string')).toBe(true);
    expect(figures.some((f: { givenBy: string | null }) => f.givenBy)).toBe(true);
    const displaced = (await listSuggestionViews(db)).find((s) => s.figures.some((f) => f.text === '948,000 people'))!;
    const res = await call(listAction, post('/measures', checker, new URLSearchParams({ intent: 'accept', suggestion: String(displaced.id), label: 'People displaced' })));
    expect(res.status).toBe(302);
    measureId = Number(/\/measures\/(\d+)$/.exec(res.headers.get('Location')!)![1]);
    const page = await (await call(loader, get(`/measures/${measureId}`, checker), { id: String(measureId) })).json();
    expect(page.verdict.verdict).toBe('consistent');
    expect(page.figures).toHaveLength(3);
    // Deciding it again is refused with a clear message.
    const again = await call(listAction, post('/measures', checker, new URLSearchParams({ intent: 'reject', suggestion: String(displaced.id) })));
    expect(again.status).toBe(422);
    expect((await again.json()).error).toMatch(/already accepted/);
  });

  it('answers 404 for unknown measures and suggestions, 400 for bad input', async () => {
    expect((await call(loader, get('/measures/999', checker), { id: '999' })).status).toBe(404);
    expect((await call(loader, get('/measures/abc', checker), { id: 'abc' })).status).toBe(404);
    expect((await call(listAction, post('/measures', checker, new URLSearchParams({ intent: 'accept', suggestion: '9999' })))).status).toBe(404);
    expect((await call(listAction, post('/measures', checker, new URLSearchParams({ intent: 'accept' })))).status).toBe(400);
    const bad = await call(
      action,
      post(`/measures/${measureId}`, checker, new URLSearchParams({ intent: 'edit', version: '1', label: 'People displaced', acceptedLow: '1,000,000', acceptedHigh: '900,000', rationale: 'x' })),
      { id: String(measureId) },
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.acceptedHigh).toMatch(/below low/);
    const correct = await call(action, post(`/measures/${measureId}`, checker, new URLSearchParams({ intent: 'correct', figure: '1', low: 'many', high: '' })), { id: String(measureId) });
    expect(correct.status).toBe(422);
  });

  it('edits the accepted estimate once; a stale version gets 409', async () => {
    const body = { intent: 'edit', version: '1', label: 'People displaced', acceptedLow: '900,000', acceptedHigh: '1,000,000', rationale: 'OCHA' };
    const ok = await call(action, post(`/measures/${measureId}`, checker, new URLSearchParams(body)), { id: String(measureId) });
    expect(ok.status).toBe(302);
    const stale = await call(action, post(`/measures/${measureId}`, checker, new URLSearchParams({ ...body, acceptedHigh: '950,000' })), { id: String(measureId) });
    expect(stale.status).toBe(409);
    const m = await db.selectFrom('measure').selectAll().where('id', '=', measureId).executeTakeFirstOrThrow();
    expect([m.acceptedLow, m.acceptedHigh, m.version]).toEqual([900000, 1000000, 2]);
  });

  it('a checker creates a measure by hand; bad input gets 400 with the field named and nothing is written', async () => {
    const count = async () => Number((await db.selectFrom('measure').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad = async (over: Record<string, string>) => {
      const body = { intent: 'create', label: 'Civilians killed in Idlib', unit: 'count', ...over };
      const res = await call(listAction, post('/measures', checker, new URLSearchParams(body)));
      return { status: res.status, body: await res.json() };
    };
    expect(await bad({ label: '' })).toMatchObject({ status: 400, body: { errors: { label: expect.any(String) } } });
    expect(await bad({ acceptedLow: '500', acceptedHigh: '300', rationale: 'r' })).toMatchObject({ status: 400, body: { errors: { acceptedHigh: /below low/ } } });
    expect(await bad({ acceptedLow: 'hundreds', rationale: 'r' })).toMatchObject({ status: 400, body: { errors: { acceptedLow: expect.any(String) } } });
    expect(await bad({ acceptedLow: '300' })).toMatchObject({ status: 400, body: { errors: { rationale: expect.any(String) } } });
    for (const day of ['27/02/2020', '2020-02-31', '2020-99-99']) {
      expect(await bad({ periodStart: day })).toMatchObject({ status: 400, body: { errors: { periodStart: 'Use a real date like 2020-02-27' } } });
    }
    expect(await bad({ label: '\u200b\u200b \u2060' })).toMatchObject({ status: 400, body: { errors: { label: expect.any(String) } } });
    // An oversized field is refused with its limit, and not sent back.
    const huge = 'displaced '.repeat(30_000);
    const tooLong = await bad({ label: huge });
    expect(tooLong).toMatchObject({ status: 400, body: { errors: { label: 'At most 200 characters' } } });
    expect(JSON.stringify(tooLong.body)).not.toContain('displaced displaced');
    expect(await bad({ periodStart: '2020-02-27', periodEnd: '2020-01-01' })).toMatchObject({ status: 400, body: { errors: { periodEnd: expect.any(String) } } });
    expect(await bad({ unit: 'furlongs' })).toMatchObject({ status: 400 });
    expect(await bad({ figure: 'x' })).toMatchObject({ status: 400, body: { error: /whole number/ } });
    expect(await bad({ figure: '99999' })).toMatchObject({ status: 404, body: { error: 'Figure 99999 does not exist.' } });
    const taken = await db.selectFrom('figure').select('id').where('text', '=', '948,000 people').executeTakeFirstOrThrow();
    expect(await bad({ figure: String(taken.id) })).toMatchObject({ status: 422, body: { error: /already belongs to another measure/ } });
    expect(await count()).toBe(before);

    const body = { intent: 'create', label: 'Civilians killed in Idlib since December', unit: 'count', place: 'Idlib', periodStart: '2019-12-01', periodEnd: '2020-02-27', acceptedLow: '300', acceptedHigh: '400', rationale: 'SOHR and U.N. counts' };
    const res = await call(listAction, post('/measures', checker, new URLSearchParams(body)));
    expect(res.status).toBe(302);
    const id = Number(/\/measures\/(\d+)$/.exec(res.headers.get('Location')!)![1]);
    const m = await db.selectFrom('measure').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([m.label, m.place, m.periodStart, m.periodEnd, m.acceptedLow, m.acceptedHigh, m.event]).toEqual([body.label, 'Idlib', '2019-12-01', '2020-02-27', 300, 400, 'killed']);
    expect(await db.selectFrom('revision').select('action').where('entity', '=', 'measure').where('entityId', '=', id).execute()).toEqual([{ action: 'create' }]);
  });

  it('prefills the new-measure form from a figure, and refuses a bad figure id', async () => {
    const three = await db.selectFrom('figure').selectAll().where('text', '=', 'More than 300 civilians').executeTakeFirstOrThrow();
    const list = await (await call(listLoader, get(`/measures?new=&figure=${three.id}`, checker))).json();
    expect(list.newMeasure).toBe(true);
    expect(list.figure).toMatchObject({ id: three.id, text: 'More than 300 civilians', measureId: null, label: expect.stringMatching(/killed$/) });
    expect((await call(listLoader, get('/measures?figure=abc', checker))).status).toBe(400);
    expect((await call(listLoader, get('/measures?figure=99999', checker))).status).toBe(404);
    const res = await call(listAction, post('/measures', checker, new URLSearchParams({ intent: 'create', label: 'Civilians killed since December', figure: String(three.id) })));
    expect(res.status).toBe(302);
    const id = Number(/\/measures\/(\d+)$/.exec(res.headers.get('Location')!)![1]);
    expect((await db.selectFrom('figure').select('measureId').where('id', '=', three.id).executeTakeFirstOrThrow()).measureId).toBe(id);
  });

  it('the measure page lists candidates with an Attach action, a search, and an evidence grade per figure', async () => {
    const page = await (await call(loader, get(`/measures/${measureId}`, checker), { id: String(measureId) })).json();
    expect(page.figures.map((f: { grade: { label: string } }) => f.grade.label)).toEqual(['News report (article)', 'News report (article)', 'News report (article)']);
    const searched = await (await call(loader, get(`/measures/${measureId}?q=hundreds`, checker), { id: String(measureId) })).json();
    const hundreds = searched.candidates.find((c: { text: string }) => c.text === 'hundreds');
    expect(hundreds).toMatchObject({ origin: 'Opposition fighters retake Saraqeb town from Assad forces', strong: false });
    const res = await call(action, post(`/measures/${measureId}`, checker, new URLSearchParams({ intent: 'attach', figure: String(hundreds.id), q: 'hundreds' })), { id: String(measureId) });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe(`/measures/${measureId}?q=hundreds#candidates`);
    expect((await db.selectFrom('figure').select('measureId').where('id', '=', hundreds.id).executeTakeFirstOrThrow()).measureId).toBe(measureId);
    // Attaching a figure that sits on another measure is refused with a message, not moved.
    const nine = await db.selectFrom('figure').selectAll().where('text', '=', 'More than 300 civilians').executeTakeFirstOrThrow();
    const refused = await call(action, post(`/measures/${measureId}`, checker, new URLSearchParams({ intent: 'attach', figure: String(nine.id) })), { id: String(measureId) });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error).toMatch(/already belongs to another measure/);
    expect((await call(action, post(`/measures/${measureId}`, checker, new URLSearchParams({ intent: 'attach', figure: '99999' })), { id: String(measureId) })).status).toBe(404);
    expect((await call(action, post(`/measures/${measureId}`, checker, new URLSearchParams({ intent: 'attach' })), { id: String(measureId) })).status).toBe(400);
  });

  it('only editors change the conventions', async () => {
    const body = new URLSearchParams({ conventions: 'acled' });
    expect((await call(conventionsAction, post('/measures/conventions', checker, body))).status).toBe(403);
    const editor = (await signedIn(db, 'editor')).cookie;
    const res = await call(conventionsAction, post('/measures/conventions', editor, body));
    expect(res.status).toBe(200);
    expect((await res.json()).changed).toBeGreaterThan(0);
    expect((await call(conventionsAction, post('/measures/conventions', editor, new URLSearchParams({ conventions: 'made-up' })))).status).toBe(400);
  });

  it('answers a conventions form without a known choice 400 with the field error, and changes nothing', async () => {
    const editor = (await signedIn(db, 'editor', 'conventions-form@example.test')).cookie;
    const before = await db.selectFrom('figure').select(['id', 'low', 'high']).orderBy('id').execute();
    for (const body of [new URLSearchParams({ confirm: '1' }), new URLSearchParams({ conventions: 'made-up', confirm: '1' })]) {
      const res = await call(conventionsAction, post('/measures/conventions', editor, body));
      expect(res.status).toBe(400);
      const answer = await res.json();
      expect(answer.errors).toEqual({ conventions: 'Choose the conventions to use.' });
      expect(answer.changed).toBeNull();
      expect(answer.result.status).toBe('error');
    }
    expect(await db.selectFrom('figure').select(['id', 'low', 'high']).orderBy('id').execute()).toEqual(before);
  });
});
