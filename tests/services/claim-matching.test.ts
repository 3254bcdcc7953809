import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/connection';
import { useTestDb } from '../helpers/test-db';
import { countCheckedClaims, getCheckedClaim, upsertCheckedClaim } from '../../app/models/checked-claim.server';
import { indexTerms, matchText } from '../../app/services/claim-matching.server';

let db: DB;
const now = '2026-11-29T10:00:00.000Z';

function review(url: string, claim: string, title: string | null, rating = 'False') {
  return {
    url, claimId: null, claim, title, claimant: null, rating, ratingValue: 1, publisher: 'Example Checks',
    reviewedAt: '2026-05-01', ...indexTerms(claim, title),
  };
}

beforeAll(async () => {
  db = await useTestDb();
  await upsertCheckedClaim(db, review('https://checks.example/a', 'The city of Bristol banned cars from its centre in 2021.', 'Did Bristol Ban Cars?'), now);
  await upsertCheckedClaim(db, review('https://checks.example/b', 'A video shows a shark swimming on a flooded motorway in Texas.', 'Flooded Highway Shark Video'), now);
  await upsertCheckedClaim(db, review('https://checks.example/c', 'Drinking hot lemon water cures the flu within a day.', null), now);
});

describe('matching against the archive', () => {
  it('finds the fact-check a reworded post is about, first', async () => {
    const matches = await matchText(db, 'BREAKING: #Bristol has BANNED all cars from the city centre!! https://t.co/xyz', { limit: 5 });
    expect(matches[0].checked.url).toBe('https://checks.example/a');
    expect(matches[0].checked.rating).toBe('False');
    expect(matches.map((m) => m.checked.url)).not.toContain('https://checks.example/c');
  });
  it('leaves out ruled-out ids and answers nothing for text without content words', async () => {
    const first = await matchText(db, 'shark swimming on a flooded motorway', { limit: 5 });
    expect(first[0].checked.url).toBe('https://checks.example/b');
    const again = await matchText(db, 'shark swimming on a flooded motorway', { limit: 5, exclude: new Set([first[0].checked.id]) });
    expect(again.map((m) => m.checked.id)).not.toContain(first[0].checked.id);
    expect(await matchText(db, 'and the of it', { limit: 5 })).toEqual([]);
  });
  it('updates a review with the same URL in place and re-indexes its words', async () => {
    const before = await countCheckedClaims(db);
    const { id, created } = await upsertCheckedClaim(
      db, review('https://checks.example/c', 'Drinking hot lemon water cures measles overnight.', null, 'Mostly false'), now);
    expect(created).toBe(false);
    expect(await countCheckedClaims(db)).toEqual(before);
    expect((await getCheckedClaim(db, id))?.rating).toBe('Mostly false');
    expect((await matchText(db, 'lemon water measles', { limit: 3 }))[0].checked.id).toBe(id);
    expect(await matchText(db, 'flu', { limit: 3 })).toEqual([]);
  });
});
