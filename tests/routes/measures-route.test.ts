import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { action as listAction, loader as listLoader } from '../../app/routes/measures._index';
import { action, loader } from '../../app/routes/measures.$id';
import { action as conventionsAction } from '../../app/routes/measures.conventions';
import { importArticle } from '../../app/services/import-article.server';
import { listSuggestionViews } from '../../app/services/measures.server';
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
    expect([m.accepted_low, m.accepted_high, m.version]).toEqual([900000, 1000000, 2]);
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
});
