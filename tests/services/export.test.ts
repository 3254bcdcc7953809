import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { DB } from '../../db/connection';
import { parseExportFilters } from '../../app/domain/export/export-filters';
import { BEST_RATING, WORST_RATING } from '../../app/domain/claims/rating';
import { ClaimReviewRefusedError, exportItems, prepareExport, type ExportOptions } from '../../app/services/export.server';
import { listClaimsOfArticle } from '../../app/models/claim.server';
import { putSetting } from '../../app/models/setting.server';
import { useTestDb } from '../helpers/test-db';
import { FIXED_NOW, ORG, seedExportFixture } from '../helpers/export-fixture';

const GOLDEN = new URL('../golden/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../../docs/export.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

/** Compares with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites the file (then look at the diff). */
function expectGolden(name: string, actual: string) {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('exports of the seed article', () => {
  let db: DB;
  let fx: Awaited<ReturnType<typeof seedExportFixture>>;
  const run = async (options: ExportOptions, query = '') => {
    const file = await prepareExport(db, {
      filters: parseExportFilters(new URLSearchParams(query), fx.articleId),
      editor: { name: 'Eda Editor' },
      now: FIXED_NOW,
      options,
    });
    return { ...file, body: await text(file.chunks) };
  };

  beforeAll(async () => {
    db = await useTestDb();
    fx = await seedExportFixture(db);
  });

  it.each([
    ['md', {}, 'saraqeb.md'],
    ['html', {}, 'saraqeb.html'],
    ['csv', { table: 'claims' }, 'saraqeb.csv'],
    ['csv', { table: 'figures' }, 'saraqeb-figures.csv'],
    ['json', {}, 'saraqeb.json'],
    ['claimreview', {}, 'saraqeb-claimreview.json'],
  ] as const)('%s matches the golden file %s', async (format, extra, golden) => {
    const out = await run({ format, ...extra });
    expectGolden(golden, out.body);
  });

  it('holds only the four signed-off claims, with the footer facts', async () => {
    const md = (await run({ format: 'md' })).body;
    const headings = md.split('\n').filter((l) => l.startsWith('## ') && !l.includes('Competing'));
    expect(headings).toHaveLength(4);
    expect(md).not.toContain('Nearly a million Syrians have been displaced'); // proposed, not signed off
    const hash = await db.selectFrom('revision').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(md).toContain(`Exported 2026-11-25 09:30 UTC by Eda Editor · 4 signed-off claims.`);
    expect(md).toContain(hash.hash);
    expect(md).toContain('accepted 900,000–1,000,000');
    expect(md).toContain('| nearly a million people | 900,000–1,000,000 |');
  });

  it('marks each competing figure with how far it was checked, so an unreviewed figure never reads as verified', async () => {
    const md = (await run({ format: 'md' })).body;
    const table = md.slice(md.indexOf('Competing figures'));
    expect(table).toContain('| Figure | Interval | Said by | As of | Review |');
    expect(table).toMatch(/\| 948,000 people \|.*\| Verified, signed off \|/);
    expect(table).toMatch(/\| nearly a million people \|.*\| Unreviewed, not signed off \|/);
    // The article's date is when it was reported, not a date the figure names.
    expect(table).not.toMatch(/\| 2020-02-27 \|/);
    expect(table).toContain('reported 2020-02-27');
  });

  it('marks drafts everywhere when they are included', async () => {
    const all = (await listClaimsOfArticle(db, fx.articleId)).filter((c) => !c.dismissedAt);
    const md = (await run({ format: 'md' }, 'drafts=1')).body;
    expect(md).toContain('**Includes drafts:**');
    expect(md.match(/^## \d+\. \[DRAFT\] /gm)).toHaveLength(all.length - 4);
    expect(md).toMatch(/^## \d+\. \[DRAFT\] Nearly a million Syrians/m);
    const html = (await run({ format: 'html' }, 'drafts=1')).body;
    expect(html.match(/<span class="draft-tag">DRAFT<\/span>/g)).toHaveLength(all.length - 4);
    const json = JSON.parse((await run({ format: 'json' }, 'drafts=1')).body);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.counts).toEqual({ claims: all.length, drafts: all.length - 4 });
    const rows = parse((await run({ format: 'csv' }, 'drafts=1')).body, { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.draft === 'yes')).toHaveLength(all.length - 4);
    expect((await run({ format: 'csv' }, 'drafts=1')).filename).toBe('claimdesk-article-1-with-drafts-2026-11-25.csv');
  });

  it('writes CSV that parses back to the claims (RFC 4180: CRLF, quoted line breaks, no BOM unless asked)', async () => {
    const out = await run({ format: 'csv' });
    expect(out.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(out.body.split('\r\n')[0]).toBe(
      'article_id,article_title,article_url,claim_id,number,draft,claim,quote,said_by,status,rating,rating_value,verdict,signoff,signed_off_by,signed_off_at,signoff_override,assignee,evidence,figures,updated_at,article_version,article_version_at,article_snapshot_sha256',
    );
    const rows = parse(out.body, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    const claims = (await listClaimsOfArticle(db, fx.articleId)).filter((c) => c.signoff === 'approved');
    expect(rows.map((r) => Number(r.claim_id))).toEqual(claims.map((c) => c.id));
    for (const [i, c] of claims.entries()) {
      expect(rows[i]).toMatchObject({ claim: c.text, quote: c.quote, rating: c.rating, verdict: c.verdict, status: c.status, signed_off_by: 'Eda Editor' });
    }
    const displaced = rows.find((r) => Number(r.claim_id) === fx.displaced)!;
    expect(displaced.evidence.split('\n')).toEqual([
      'supports: Flash Update #9: north-west Syria <https://reliefweb.int/report/syria/flash-update-9>',
      'context: Idlib: displacement overview <https://www.unhcr.org/sy/idlib-displacement>',
    ]);
    expect((await run({ format: 'csv', bom: true })).body.startsWith('\uFEFFarticle_id,')).toBe(true);
    const figures = parse((await run({ format: 'csv', table: 'figures' })).body, { columns: true }) as Record<string, string>[];
    expect(figures.find((f) => f.figure === '948,000 people')).toMatchObject({ low: '948000', high: '948000', accepted_low: '900000', accepted_high: '1000000' });
  });

  it('writes JSON valid against docs/export.schema.json', async () => {
    const json = JSON.parse((await run({ format: 'json' })).body);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.schema).toBe('claimdesk.export/1');
    expect(json.articles[0].claims).toHaveLength(4);
    expect(validate({ ...json, schema: 'claimdesk.export/2' })).toBe(false);
  });

  it('writes one ClaimReview per signed-off claim, every field as the rules say', async () => {
    const out = await run({ format: 'claimreview' });
    const reviews = JSON.parse(out.body) as any[];
    const claims = (await listClaimsOfArticle(db, fx.articleId)).filter((c) => c.signoff === 'approved');
    expect(reviews).toHaveLength(claims.length);
    for (const [i, r] of reviews.entries()) {
      const c = claims[i];
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.claimReviewed).toBe(c.text);
      expect(r.url).toBe(`${ORG.site}/claims/${c.id}`);
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.author).toEqual({ '@type': 'Organization', name: ORG.name, url: ORG.url });
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(r.reviewRating.bestRating).toBe(BEST_RATING);
      expect(r.reviewRating.worstRating).toBe(WORST_RATING);
      expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(WORST_RATING);
      expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(BEST_RATING);
      expect(r.reviewRating.alternateName).toBe(c.rating);
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.author.name).toBe(c.attribution ?? 'Anadolu Agency');
      expect(r.itemReviewed.datePublished).toBe('2020-02-27');
      expect(r.itemReviewed.appearance.url).toBe('https://news.example/2020/02/27/saraqeb');
      expect(r.creativeWorkStatus).toBeUndefined();
    }
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['False', 'Mostly true', 'True', 'Mostly false']);
    expect(reviews.map((r) => r.reviewRating.ratingValue)).toEqual([1, 4, 5, 2]);
    // Three claims are longer than 75 characters: warned, not refused.
    expect(out.warnings.filter((w) => w.includes('claimReviewed is'))).toHaveLength(3);
  });

  it('refuses ClaimReview for a review page off the configured site, and without a site', async () => {
    await expect(run({ format: 'claimreview', reviewUrl: 'https://elsewhere.example/saraqeb' })).rejects.toThrow(ClaimReviewRefusedError);
    const ok = await run({ format: 'claimreview', reviewUrl: `${ORG.site}/checks/saraqeb` });
    expect(JSON.parse(ok.body)[0].url).toBe(`${ORG.site}/checks/saraqeb#claim-11`);
    await putSetting(db, { key: 'site_url', value: '', actorId: null, now: FIXED_NOW.toISOString() });
    try {
      const refused = await run({ format: 'claimreview' }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ClaimReviewRefusedError);
      expect((refused as ClaimReviewRefusedError).result.errors[0]).toMatch(/site URL is not set/);
    } finally {
      await putSetting(db, { key: 'site_url', value: ORG.site, actorId: null, now: FIXED_NOW.toISOString() });
    }
  });

  it('refuses ClaimReview of drafts without a rating, naming the claim', async () => {
    const e = (await run({ format: 'claimreview' }, 'drafts=1').catch((x: unknown) => x)) as ClaimReviewRefusedError;
    expect(e).toBeInstanceOf(ClaimReviewRefusedError);
    expect(e.result.errors).toContain('Claim 1 has no rating: set its rating before exporting ClaimReview');
    expect(e.result.errors).toContain('Claim 1: the rating has no name (alternateName)');
  });

  it('pages through claims with a keyset cursor: any page size gives the same stream', async () => {
    const filters = parseExportFilters(new URLSearchParams('drafts=1'), null);
    const collect = async (size: number) => {
      const ids: string[] = [];
      for await (const item of exportItems(db, filters, size)) ids.push(item.type === 'claim' ? `c${item.claim.id}` : `a${item.article.id}`);
      return ids;
    };
    const whole = await collect(1000);
    expect(whole.filter((x) => x.startsWith('c')).length).toBeGreaterThan(30);
    expect(await collect(3)).toEqual(whole);
    expect(await collect(1)).toEqual(whole);
  });

  it('lets other work run between pages of a large export instead of holding the event loop to the end', async () => {
    const filters = parseExportFilters(new URLSearchParams('drafts=1'), null);
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    let claims = 0;
    for await (const item of exportItems(db, filters, 5)) if (item.type === 'claim') claims++;
    done = true;
    // One turn of the event loop at least per page of five.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(claims / 5));
  });

  it('selects by status, date range, assignee, search and measure', async () => {
    const count = async (query: string) => {
      let n = 0;
      for await (const item of exportItems(db, parseExportFilters(new URLSearchParams(query)))) if (item.type === 'claim') n++;
      return n;
    };
    expect(await count('')).toBe(4);
    expect(await count('status=verified')).toBe(2);
    expect(await count('status=false&status=misleading')).toBe(2);
    expect(await count('from=2026-11-25&to=2026-11-25')).toBe(4);
    expect(await count('to=2026-11-24')).toBe(0);
    expect(await count(`assignee=${fx.checker.id}`)).toBe(4);
    expect(await count(`assignee=${fx.editor.id}`)).toBe(0);
    expect(await count('q=displaced')).toBe(1);
    expect(await count(`measure=${fx.measureId}`)).toBe(1);
    expect(await count(`measure=${fx.measureId}&drafts=1`)).toBe(3);
  });
});
