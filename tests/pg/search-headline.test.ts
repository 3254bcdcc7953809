import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DB } from '../../db/connection';
import { toTsquery } from '../../app/models/search.server';
import { toFtsQuery } from '../../app/domain/search/fts-query';
import { searchText } from '../../app/domain/search/normalise';
import { markedWords } from '../../app/domain/search/snippet';
import { headlineText, tsqueryLexemes } from '../../app/domain/search/headline-text';
import { useTestDb } from '../helpers/test-db';

// Texts written for this test: stems, hyphenated words, addresses, numbers,
// another script, repeated words, and a tag read across spaces.
const TEXTS = [
  'Dying crops and lying reports: the agency said 1.5 million were displaced, displacing families from Dara-Ya and al-Displacement camps.',
  'See https://relief.example/displaced-people or mail desk@displaced.example; the ugly skies over the news desk were early.',
  'Die Zahl der Vertriebenen stieg auf 948,000 — نزوح ٩٤٨٬٠٠٠ شخص من المدينة — and the ferry-owners’ union disputed it.',
  'Displaced, displaces, DISPLACEMENT; re-displaced twice; x_displaced and displaced123 and 3displaced.',
  'A <b title="displaced people">bold</b> claim about displaced people <i>again</i>.',
];
const QUERIES = ['displaced', 'displ*', 'dying', 'lie', 'ugly', 'skies', 'news', 'early', '948000', 'نزوح', 'the', 'desk', 'ferry', 'people displaced', 'relief', 'al', 'dara', 'd*', 'x', '1', '5', 'union dis*'];

describe('ts_headline over headlineText marks what it marks over the whole text (PostgreSQL)', () => {
  let db: DB;
  beforeAll(async () => {
    db = await useTestDb();
  });

  it('finds the same marked words for every query and text', async () => {
    const texts = TEXTS.map(searchText);
    let marked = 0;
    for (const query of QUERIES) {
      const tsq = toTsquery(toFtsQuery(query)!);
      const printed = (await sql<{ q: string }>`select (${tsq})::text as q`.execute(db)).rows[0].q;
      const reduced = texts.map((t) => headlineText(t, tsqueryLexemes(printed)));
      const rows = (
        await sql<{ full: string; part: string }>`
          select ts_headline('claimdesk', a, ${tsq}, 'HighlightAll=true, StartSel=\u0002, StopSel=\u0003') as full,
                 ts_headline('claimdesk', b, ${tsq}, 'HighlightAll=true, StartSel=\u0002, StopSel=\u0003') as part
          from unnest(${texts}::text[], ${reduced}::text[]) with ordinality as u(a, b, n) order by n`.execute(db)
      ).rows;
      marked += rows.filter((r) => markedWords(r.full).size > 0).length;
      rows.forEach((r, i) => expect({ query, text: i, marked: [...markedWords(r.part)].sort() }).toEqual({ query, text: i, marked: [...markedWords(r.full)].sort() }));
    }
    // The check means something: many pairs mark words, and the texts given are shorter.
    expect(marked).toBeGreaterThan(25);
    expect(texts.some((t) => headlineText(t, ['displac']).length < t.length)).toBe(true);
  });
});
