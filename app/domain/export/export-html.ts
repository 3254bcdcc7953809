import { BEST_RATING } from '../claims/rating';
import { escapeHtml as h, httpUrl } from './escape';
import { acceptedText, competingDateText, competingSaidByText, describeInterval, minuteUtc, ratingText, reviewText, scopeText, STANCE_LABELS, VERDICT_LABELS, versionText } from './format';
import type { Chunks, CompetingGroup, ExportArticle, ExportClaim, ExportHeader, ExportItem } from './types';

export type Paper = 'a4' | 'letter';

/** Paper from a query value; anything else is A4. */
export function parsePaper(value: string | null | undefined): Paper {
  return value?.toLowerCase() === 'letter' ? 'letter' : 'a4';
}

// Margins fit both sizes: A4 is the narrower page, Letter the shorter one.
function styles(paper: Paper): string {
  return `
@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 18mm 16mm 20mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 Georgia, 'DejaVu Serif', 'Liberation Serif', serif; color: #111; margin: 0 auto; max-width: 46rem; padding: 2rem 1.5rem; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font-size: 15pt; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #999; padding-bottom: .15rem; }
h3 { font-size: 12pt; margin: 0 0 .3rem; }
p { margin: .3rem 0; }
a { color: #0645ad; overflow-wrap: anywhere; }
.byline, .meta, .muted { color: #444; font-size: 9.5pt; }
.notice { border: 1.5pt solid #b00; color: #900; padding: .4rem .6rem; margin: .8rem 0; }
.claim { border-top: 1px solid #ccc; padding: .7rem 0 .5rem; break-inside: avoid-page; page-break-inside: avoid; }
.claim.draft { border-left: 3pt solid #b00; padding-left: .6rem; }
.draft-tag { font: bold 8.5pt sans-serif; color: #fff; background: #b00; padding: 0 .3rem; border-radius: 2pt; vertical-align: middle; }
.rating { font: bold 9.5pt sans-serif; padding: .05rem .35rem; border: 1pt solid #333; border-radius: 2pt; }
blockquote { margin: .3rem 0 .3rem .2rem; padding-left: .6rem; border-left: 2pt solid #bbb; color: #333; font-style: italic; }
ul { margin: .2rem 0 .3rem; padding-left: 1.2rem; }
li { margin: .1rem 0; }
.label { font: bold 8.5pt sans-serif; text-transform: uppercase; letter-spacing: .03em; color: #555; margin-top: .4rem; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: .3rem 0 .8rem; }
th, td { border: 1px solid #bbb; padding: .15rem .35rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.nowrap { white-space: nowrap; }
tr { break-inside: avoid; }
footer { margin-top: 1.5rem; border-top: 1px solid #999; padding-top: .4rem; font-size: 8.5pt; color: #444; }
code { font: 8pt/1.3 'DejaVu Sans Mono', monospace; overflow-wrap: anywhere; }
.screen-only { background: #f3f3f3; border: 1px solid #ccc; padding: .4rem .6rem; font: 10pt sans-serif; margin-bottom: 1rem; }
@media print {
  body { max-width: none; padding: 0; }
  .screen-only { display: none; }
  a { color: #111; text-decoration: none; }
  a.src::after { content: ' <' attr(href) '>'; font-size: 8pt; color: #444; }
  h2 { break-after: avoid-page; page-break-after: avoid; }
  .rating { border-color: #000; }
}
`;
}

function link(text: string, url: string | null, cls = ''): string {
  const safe = httpUrl(url);
  return safe ? `<a${cls ? ` class="${cls}"` : ''} href="${h(safe)}">${h(text)}</a>` : h(text);
}

function articleHead(a: ExportArticle, tag: 'h1' | 'h2'): string {
  const parts = [a.publisher, a.publishedAt].filter((x): x is string => !!x).map(h);
  const url = httpUrl(a.url);
  if (url) parts.push(`<a class="src" href="${h(url)}">original article</a>`);
  const v = a.version;
  const version = v
    ? `<p class="byline version">${h(versionText(v))}${v.snapshotSha256 ? ` · snapshot SHA-256 <code>${h(v.snapshotSha256)}</code>` : ''}</p>\n`
    : '';
  return `<${tag}>${h(a.title)}</${tag}>\n${parts.length ? `<p class="byline">${parts.join(' · ')}</p>\n` : ''}${version}`;
}

function claimBlock(c: ExportClaim): string {
  const out: string[] = [];
  out.push(`<section class="claim${c.draft ? ' draft' : ''}" id="claim-${c.id}">`);
  out.push(`<h3>${c.number}. ${c.draft ? '<span class="draft-tag">DRAFT</span> ' : ''}${h(c.text)}</h3>`);
  out.push(
    `<p class="meta"><span class="rating">${h(ratingText(c, BEST_RATING))}</span> · ${h(reviewText(c))}${c.attribution ? ` · said by ${h(c.attribution)}` : ''}</p>`,
  );
  if (c.quote.trim() && c.quote.trim() !== c.text.trim()) out.push(`<blockquote>${h(c.quote.trim())}</blockquote>`);
  out.push(c.verdict?.trim() ? `<p><strong>Verdict:</strong> ${h(c.verdict.trim())}</p>` : '<p class="muted">No verdict written.</p>');
  if (c.figures.length) {
    out.push('<p class="label">Figures</p><ul>');
    for (const f of c.figures) {
      let li = `${h(f.text)}: ${h(describeInterval(f.low, f.high, f.qualifier))}`;
      if (f.asOf) li += ` (as of ${h(f.asOf)})`;
      if (f.measure) {
        const accepted = acceptedText(f.measure);
        li += `; measure “${h(f.measure.label)}”${accepted ? `, ${h(accepted)}` : ''}`;
      }
      out.push(`<li>${li}</li>`);
    }
    out.push('</ul>');
  }
  if (c.evidence.length) {
    out.push('<p class="label">Evidence</p><ul>');
    for (const e of c.evidence) {
      let li = `${STANCE_LABELS[e.stance]}: ${link(e.sourceTitle, e.sourceUrl, 'src')}`;
      if (e.sourcePublisher) li += ` (${h(e.sourcePublisher)})`;
      if (e.excerpt?.trim()) li += `: “${h(e.excerpt.trim())}”`;
      if (e.note?.trim()) li += ` · ${h(e.note.trim())}`;
      out.push(`<li>${li}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n') + '\n';
}

function competingBlock(groups: CompetingGroup[], tag: 'h2' | 'h3'): string {
  if (!groups.length) return '';
  const out = [`<section class="competing"><${tag}>Competing figures</${tag}>`];
  for (const g of groups) {
    const accepted = acceptedText(g.measure);
    out.push(`<p><strong>${h(g.measure.label)}</strong>: ${h(VERDICT_LABELS[g.verdict])}${accepted ? `; ${h(accepted)}` : ''}</p>`);
    out.push('<table><thead><tr><th>Figure</th><th>Interval</th><th>Said by</th><th>As of</th><th>Review</th></tr></thead><tbody>');
    for (const f of g.figures) {
      out.push(
        `<tr><td>${h(f.text)}</td><td class="nowrap">${h(describeInterval(f.low, f.high, f.qualifier))}</td><td>${h(competingSaidByText(f))}</td><td class="nowrap">${h(competingDateText(f))}</td><td>${h(f.review)}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
    if (g.measure.rationale?.trim()) out.push(`<p class="muted">Rationale: ${h(g.measure.rationale.trim())}</p>`);
  }
  out.push('</section>');
  return out.join('\n') + '\n';
}

/**
 * A standalone, printable HTML document (styles inline, no scripts). Every
 * piece of user text goes through escapeHtml.
 */
export async function* buildHtml(
  header: ExportHeader,
  items: Iterable<ExportItem> | AsyncIterable<ExportItem>,
  options: { single: boolean; paper: Paper },
): Chunks {
  yield `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${h(header.title)} · verified claims</title>\n<style>${styles(options.paper)}</style>\n</head>\n<body>\n`;
  yield `<p class="screen-only">Printable summary (${options.paper === 'letter' ? 'US Letter' : 'A4'}). Use your browser’s Print command to print it or save it as PDF.</p>\n`;
  const notice = header.includeDrafts
    ? '<p class="notice"><strong>Includes drafts:</strong> claims marked DRAFT are not signed off and must not be published as verified.</p>\n'
    : '';
  if (!options.single) {
    yield `<h1>${h(header.title)}</h1>\n`;
    const f = Object.entries(header.filters);
    if (f.length) yield `<p class="byline">${f.map(([k, v]) => `${h(k)}: ${h(v)}`).join(' · ')}</p>\n`;
    yield notice;
  }
  let claims = 0;
  let drafts = 0;
  let articleClaims = 0;
  let pending: CompetingGroup[] = [];
  let opened = false;
  const close = () => {
    const s = (articleClaims === 0 ? '<p class="muted">No claims to export.</p>\n' : '') + competingBlock(pending, options.single ? 'h2' : 'h3');
    pending = [];
    return s + (options.single ? '' : '</article>\n');
  };
  for await (const item of items) {
    if (item.type === 'article') {
      if (opened) yield close();
      opened = true;
      articleClaims = 0;
      pending = item.competing;
      yield (options.single ? '' : '<article>\n') + articleHead(item.article, options.single ? 'h1' : 'h2');
      if (options.single) yield notice;
    } else {
      claims++;
      articleClaims++;
      if (item.claim.draft) drafts++;
      yield claimBlock(item.claim);
    }
  }
  if (opened) yield close();
  else yield '<p class="muted">Nothing matched this selection.</p>\n';
  const scope = scopeText(header.includeDrafts, claims, drafts);
  yield `<footer>Exported ${h(minuteUtc(header.exportedAt))} by ${h(header.exportedBy)} · ${h(scope)}.<br>Latest revision included: <code>${h(header.latestRevisionHash ?? 'none')}</code></footer>\n</body>\n</html>\n`;
}
