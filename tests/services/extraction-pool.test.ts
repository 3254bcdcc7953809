import { afterAll, describe, expect, it } from 'vitest';
import { RuleError } from '../../app/services/errors';
import { statusOfError } from '../../app/utils/error-response.server';
import { closeExtractionPool, extractOffThread } from '../../app/services/extraction-pool.server';

const deep = (depth: number, blocks = 1) =>
  '<html><body>' +
  `${'<div>'.repeat(depth)}<p>The mayor said 35 families had left the village since March.</p>${'</div>'.repeat(depth)}`.repeat(blocks) +
  '</body></html>';

async function refusal(p: Promise<unknown>): Promise<RuleError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('the extraction was not refused');
}

describe('extraction in worker threads', () => {
  afterAll(() => closeExtractionPool());

  it('reads an article in a worker and returns its figures', async () => {
    const r = await extractOffThread({ text: 'Rescuers said 48 people were pulled from the rubble on Friday.', format: 'text' });
    expect(r.figures.map((f) => f.text)).toContain('48 people');
  });

  it('refuses a page of 5,000 nested elements with a 422 that says why, without running Readability', async () => {
    const e = await refusal(extractOffThread({ text: deep(5_000), format: 'html' }));
    expect(statusOfError(e)).toBe(422);
    expect(e.message).toMatch(/nests its elements more than 150 deep/);
  });

  it('stops a page that runs past the time budget with a 422, and the pool still works afterwards', async () => {
    // Within the page limits but seconds of Readability: a 1 ms budget always runs out first.
    const e = await refusal(extractOffThread({ text: deep(140, 20), format: 'html' }, { budgetMs: 1 }));
    expect(statusOfError(e)).toBe(422);
    expect(e.message).toMatch(/took longer than 1 ms, so it was stopped\. Save the article as plain text/);
    // Plain text already: the advice is to import less at once, not to save it as plain text.
    const t = await refusal(extractOffThread({ text: 'Officials said 9 bridges were closed. '.repeat(20_000), format: 'text' }, { budgetMs: 1 }));
    expect(t.message).toMatch(/more text than an article: import its articles one at a time/);
    const r = await extractOffThread({ text: 'Officials said 9 bridges were closed.', format: 'text' });
    expect(r.figures).toHaveLength(1);
  });

  it('refuses an article that is a table of thousands of figures', async () => {
    const rows = Array.from({ length: 3_500 }, (_, i) => `<tr><td>District ${i}</td><td>${i + 17} homes damaged</td></tr>`).join('');
    const e = await refusal(extractOffThread({ text: `<html><body><table>${rows}</table></body></html>`, format: 'html' }));
    expect(e.message).toMatch(/figures, more than the 3,000/);
  });

  it('refuses a paste of more sentences than an article holds (many articles or a book pasted as one)', async () => {
    const places = ['the bridge', 'the market', 'the harbour', 'the school', 'the clinic'];
    const text = Array.from({ length: 4_500 }, (_, i) => `Crews cleared the road to ${places[i % places.length]} before dawn.`).join(' ');
    const e = await refusal(extractOffThread({ text, format: 'text' }));
    expect(statusOfError(e)).toBe(422);
    expect(e.message).toMatch(/4,500 sentences, more than the 4,000 one article may hold/);
  });
});
