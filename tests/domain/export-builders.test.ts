import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { escapeHtml, escapeMarkdown } from '../../app/domain/export/escape';
import { buildHtml } from '../../app/domain/export/export-html';
import { buildMarkdown } from '../../app/domain/export/export-markdown';
import { buildClaimsCsv, buildFiguresCsv, guardFormula } from '../../app/domain/export/export-csv';
import { buildJson } from '../../app/domain/export/export-json';
import { buildClaimReviewJson, claimReviewOf, type ClaimReviewContext } from '../../app/domain/export/export-claimreview';
import { checkClaimReview, MESSAGES_KEPT, onSite, preflightClaimReviews } from '../../app/domain/export/claimreview-preflight';
import { ExportFilterError, parseExportFilters } from '../../app/domain/export/export-filters';
import type { ExportArticle, ExportClaim, ExportHeader, ExportItem } from '../../app/domain/export/types';

const EVIL = `<script>alert("x")</script> & 'quotes' <img src=x onerror=alert(1)>`;

const article: ExportArticle = { id: 7, title: `Title ${EVIL}`, url: 'javascript:alert(1)', publisher: `Pub ${EVIL}`, publishedAt: '2020-02-27' };
const claim = (over: Partial<ExportClaim> = {}): ExportClaim => ({
  id: 3,
  articleId: 7,
  number: 1,
  text: `Claim ${EVIL}`,
  quote: `Quote ${EVIL}`,
  attribution: `Said ${EVIL}`,
  status: 'verified',
  statusLabel: 'Verified',
  rating: 'True',
  ratingValue: 5,
  verdict: `Verdict ${EVIL}\nsecond line`,
  assignee: null,
  signoff: 'approved',
  signedOffBy: `Eda ${EVIL}`,
  signedOffAt: '2026-11-25T09:00:00.000Z',
  signoffOverride: null,
  draft: false,
  updatedAt: '2026-11-25T09:00:00.000Z',
  evidence: [
    { stance: 'supports', sourceTitle: `Src ${EVIL}`, sourceUrl: 'https://example.org/a?b=1&c="2"', sourcePublisher: EVIL, excerpt: EVIL, note: EVIL },
  ],
  figures: [
    {
      id: 1,
      claimId: 3,
      text: `9 ${EVIL}`,
      low: 9,
      high: 9,
      qualifier: 'exact',
      unit: 'count',
      asOf: null,
      currency: null,
      measure: { id: 1, label: `M ${EVIL}`, unit: 'people', acceptedLow: 1, acceptedHigh: 2, rationale: EVIL },
    },
  ],
  ...over,
});
const header: ExportHeader = {
  title: `H ${EVIL}`,
  exportedAt: '2026-11-25T09:30:00.000Z',
  exportedBy: `Ed ${EVIL}`,
  latestRevisionHash: 'ab'.repeat(32),
  includeDrafts: true,
  filters: { Search: EVIL },
};
const items = (c = claim()): ExportItem[] => [
  {
    type: 'article',
    article,
    competing: [
      {
        measure: { id: 1, label: `M ${EVIL}`, unit: 'people', acceptedLow: null, acceptedHigh: null, rationale: null },
        verdict: 'conflicting',
        disjointPairs: [[1, 2]],
        figures: [{ id: 1, text: EVIL, low: 1, high: 2, qualifier: 'exact', claimId: 3, sourceId: null, origin: EVIL, attribution: EVIL, asOf: EVIL, reported: null, review: EVIL }],
      },
    ],
  },
  { type: 'claim', claim: c },
];

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

describe('HTML export', () => {
  it('escapes every piece of user text: no tag, attribute or script gets through', async () => {
    const html = await text(buildHtml(header, items(), { single: false, paper: 'a4' }));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Claim &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=%222%22"');
    // Only our own tags remain once the escaped text is taken out.
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(
      ['a', 'article', 'blockquote', 'body', 'br', 'code', 'footer', 'h1', 'h2', 'h3', 'head', 'html', 'li', 'meta', 'p', 'section', 'span', 'strong', 'style', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr', 'ul'].sort(),
    );
  });

  it('sets the page size for A4 or Letter', async () => {
    expect(await text(buildHtml(header, [], { single: false, paper: 'a4' }))).toContain('size: A4');
    expect(await text(buildHtml(header, [], { single: false, paper: 'letter' }))).toContain('size: letter');
  });

  it('escapeHtml handles the five characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('Markdown export', () => {
  it('backslash-escapes markup so user text renders as written', async () => {
    expect(escapeMarkdown('*x* [a](b) <b> `c` | d_e_')).toBe('\\*x\\* \\[a\\](b) \\<b\\> \\`c\\` \\| d\\_e\\_');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('Flash Update #9 AT&T')).toBe('Flash Update #9 AT&T');
    const md = await text(buildMarkdown(header, items(), { single: false }));
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(md).toContain('\\<script\\>');
    expect(md).not.toContain('javascript:'); // not an http(s) link: left out
    expect(md).toContain('### 1. Claim');
  });

  it('marks drafts', async () => {
    const md = await text(buildMarkdown({ ...header, includeDrafts: true }, items(claim({ draft: true, signoff: 'pending' })), { single: true }));
    expect(md).toContain('## 1. [DRAFT] Claim');
    expect(md).toContain('**Draft: not signed off**');
  });
});

describe('CSV export', () => {
  it('round-trips commas, quotes, line breaks and non-ASCII through a parser', async () => {
    const tricky = claim({ text: 'Comma, "quoted"\r\nnew line; Ελληνικά – 948 000', verdict: '=HYPERLINK("http://evil")' });
    const csv = await text(buildClaimsCsv(items(tricky), { bom: false }));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0].claim).toBe(tricky.text);
    expect(rows[0].verdict).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0].rating_value).toBe('5');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('gives each figure its currency and who gave it in the figures table', async () => {
    const base = claim({ attribution: 'the finance ministry' });
    const money = { ...base, figures: [{ ...base.figures[0], text: '€2 billion', low: 2e9, high: 2e9, unit: 'money', currency: 'EUR' }] };
    const rows = parse(await text(buildFiguresCsv(items(money), { bom: false })), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ figure: '€2 billion', unit: 'money', currency: 'EUR', said_by: 'the finance ministry' });
  });

  it('names each figure\'s own source where one claim joins two, as the measure page does', async () => {
    const sentence = 'Floods killed at least 47 people, the Red Cross said on Sunday, while the interior ministry put the death toll at 31.';
    const base = claim({ text: sentence, attribution: 'Red Cross' });
    const fig = base.figures[0];
    const two = { ...base, figures: [{ ...fig, id: 1, text: 'at least 47 people' }, { ...fig, id: 2, text: '31' }] };
    const rows = parse(await text(buildFiguresCsv(items(two), { bom: false })), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.figure, r.said_by])).toEqual([['at least 47 people', 'Red Cross'], ['31', 'interior ministry']]);
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', 'fine'].map(guardFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", 'fine']);
    // Full-width signs and invisible or blank characters in front hide nothing.
    for (const hidden of ['\uFF1DSUM(A1)', '\u200B=1+1', '\uFEFF+1', ' \u00A0@SUM(A1)', '\u200B\uFF0B2', '\tx']) {
      expect(guardFormula(hidden), JSON.stringify(hidden)).toBe(`'${hidden}`);
    }
    expect(guardFormula('\u200Bfine = ok')).toBe('\u200Bfine = ok');
  });
});

describe('JSON export', () => {
  it('is valid JSON however many articles and claims stream through', async () => {
    for (const list of [[], items(), [...items(), ...items(claim({ id: 4 }))]]) {
      const parsed = JSON.parse(await text(buildJson(header, list)));
      expect(parsed.schema).toBe('claimdesk.export/1');
      expect(parsed.counts.claims).toBe(list.filter((i) => i.type === 'claim').length);
    }
  });
});

describe('ClaimReview pre-flight', () => {
  const ctx: ClaimReviewContext = { orgName: 'Org', orgUrl: null, siteUrl: 'https://fc.example/checks', reviewUrl: null };
  const review = (over: Partial<ExportClaim> = {}, c: Partial<ClaimReviewContext> = {}) =>
    claimReviewOf(claim({ text: 'Short claim', ...over }), { ...article, url: 'https://news.example/a' }, { ...ctx, ...c }, '2026-11-25T09:30:00Z');

  it('writes < as \\u003c, so text holding </script> cannot end the script tag publishers paste it into', async () => {
    const hostile = review({ text: 'He said 40 died</script><script>alert(1)</script>', verdict: 'See <!-- this' });
    let out = '';
    for await (const chunk of buildClaimReviewJson((async function* () { yield hostile; })())) out += chunk;
    expect(out).not.toContain('<');
    expect(out).toContain('\\u003c/script>');
    // The same data to a JSON reader.
    expect(JSON.parse(out)[0].claimReviewed).toBe('He said 40 died</script><script>alert(1)</script>');
  });

  it('passes a well-formed review', () => {
    expect(checkClaimReview(review(), ctx.siteUrl, 3)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a ratingValue outside worst..best', () => {
    expect(checkClaimReview(review({ ratingValue: 6 }), ctx.siteUrl, 3).errors).toEqual(['Claim 3: ratingValue 6 is outside worstRating 1 … bestRating 5']);
    expect(checkClaimReview(review({ ratingValue: 0 }), ctx.siteUrl, 3).errors).toHaveLength(1);
  });

  it('refuses a missing alternateName', () => {
    expect(checkClaimReview(review({ rating: null }), ctx.siteUrl, 3).errors).toContain('Claim 3: the rating has no name (alternateName)');
  });

  it('refuses a URL not on the configured site', () => {
    const r = review({}, { reviewUrl: 'https://fc.example.evil.com/checks/x' });
    expect(checkClaimReview(r, ctx.siteUrl, 3).errors).toEqual([
      'Claim 3: the review URL https://fc.example.evil.com/checks/x#claim-3 is not on the configured site https://fc.example/checks',
    ]);
    expect(onSite('https://fc.example/checks/a', 'https://fc.example/checks')).toBe(true);
    expect(onSite('https://fc.example/checksum', 'https://fc.example/checks')).toBe(false);
    expect(onSite('http://fc.example/checks/a', 'https://fc.example/checks')).toBe(false);
  });

  it('warns when claimReviewed is over 75 characters', () => {
    expect(checkClaimReview(review({ text: 'x'.repeat(75) }), ctx.siteUrl, 3).warnings).toEqual([]);
    expect(checkClaimReview(review({ text: 'x'.repeat(76) }), ctx.siteUrl, 3)).toEqual({
      errors: [],
      warnings: ['Claim 3: claimReviewed is 76 characters; search engines show about 75'],
    });
  });

  it('lists the first warnings and errors of a large export word for word and counts the rest', async () => {
    const many = Array.from({ length: MESSAGES_KEPT + 250 }, (_, i) => review({ id: i + 1, text: 'y'.repeat(80), ratingValue: 9 }));
    const r = await preflightClaimReviews(many, { orgName: 'Org', siteUrl: ctx.siteUrl });
    expect(r.warnings).toHaveLength(MESSAGES_KEPT + 1);
    expect(r.warnings[0]).toMatch(/^Claim \d+: claimReviewed is 80 characters/);
    expect(r.warnings.at(-1)).toBe('… and 250 more warnings like these');
    expect(r.errors).toHaveLength(MESSAGES_KEPT + 1);
    expect(r.errors.at(-1)).toBe('… and 250 more errors like these');
  });

  it('requires the organisation and site only when there is something to publish', async () => {
    expect(await preflightClaimReviews([], { orgName: null, siteUrl: null })).toEqual({ errors: [], warnings: [] });
    const r = await preflightClaimReviews([review()], { orgName: ' ', siteUrl: 'ftp://x' });
    expect(r.errors[0]).toMatch(/site URL is not set/);
    expect(r.errors[1]).toMatch(/organisation name is not set/);
  });

  it('marks drafts with creativeWorkStatus', () => {
    expect(review({ draft: true }).creativeWorkStatus).toBe('Draft');
  });
});

describe('selection filters', () => {
  it('reads and checks the query string', () => {
    const f = parseExportFilters(new URLSearchParams('status=verified,false&from=2020-02-01&to=2020-03-01&assignee=2&q=displaced&measure=4&drafts=on'));
    expect(f).toMatchObject({ statuses: ['verified', 'false'], from: '2020-02-01', to: '2020-03-01', assigneeId: 2, match: '"displaced"', measureId: 4, includeDrafts: true });
    for (const bad of ['status=nope', 'from=2020-02-30', 'from=2020-03-02&to=2020-03-01', 'assignee=x', 'q=%21%21']) {
      expect(() => parseExportFilters(new URLSearchParams(bad)), bad).toThrow(ExportFilterError);
    }
  });
});
