import { BEST_RATING } from '../claims/rating';
import { escapeMarkdown as md, httpUrl, markdownUrl } from './escape';
import {
  acceptedText,
  competingDateText,
  competingSaidByText,
  describeInterval,
  minuteUtc,
  ratingText,
  reviewText,
  scopeText,
  STANCE_LABELS,
  VERDICT_LABELS,
  versionText,
} from './format';
import type { Chunks, CompetingGroup, ExportArticle, ExportClaim, ExportHeader, ExportItem } from './types';

function link(text: string, url: string | null): string {
  const safe = httpUrl(url);
  return safe ? `[${md(text)}](<${markdownUrl(safe)}>)` : md(text);
}

function articleHead(a: ExportArticle, level: string): string {
  const by = [a.publisher ? md(a.publisher) : null, a.publishedAt ? md(a.publishedAt) : null].filter(Boolean).join(' · ');
  const url = httpUrl(a.url);
  const lines = [`${level} ${md(a.title)}`, ''];
  if (by || url) lines.push([by, url ? `<${markdownUrl(url)}>` : null].filter(Boolean).join(' · '), '');
  if (a.version) {
    const hash = a.version.snapshotSha256 ? ` · snapshot SHA-256 \`${a.version.snapshotSha256}\`` : '';
    lines.push(`*${md(versionText(a.version))}*${hash}`, '');
  }
  return lines.join('\n') + '\n';
}

function claimBlock(c: ExportClaim, level: string): string {
  const out: string[] = [];
  out.push(`${level} ${c.number}. ${c.draft ? '[DRAFT] ' : ''}${md(c.text)}`, '');
  out.push(
    `**Rating:** ${md(ratingText(c, BEST_RATING))} · **Status:** ${md(reviewText(c))}${c.attribution ? ` · **Said by:** ${md(c.attribution)}` : ''}${c.draft ? ' · **Draft: not signed off**' : ''}`,
    '',
  );
  if (c.quote.trim() && c.quote.trim() !== c.text.trim()) out.push(`> ${md(c.quote.trim())}`, '');
  out.push(c.verdict?.trim() ? `**Verdict:** ${md(c.verdict.trim())}` : '**Verdict:** none written', '');
  if (c.figures.length) {
    out.push('**Figures**', '');
    for (const f of c.figures) {
      let line = `- ${md(f.text)}: ${md(describeInterval(f.low, f.high, f.qualifier))}`;
      if (f.asOf) line += ` (as of ${md(f.asOf)})`;
      if (f.measure) {
        const accepted = acceptedText(f.measure);
        line += `; measure “${md(f.measure.label)}”${accepted ? `, ${md(accepted)}` : ''}`;
      }
      out.push(line);
    }
    out.push('');
  }
  if (c.evidence.length) {
    out.push('**Evidence**', '');
    for (const e of c.evidence) {
      let line = `- ${STANCE_LABELS[e.stance]}: ${link(e.sourceTitle, e.sourceUrl)}`;
      if (e.sourcePublisher) line += ` (${md(e.sourcePublisher)})`;
      if (e.excerpt?.trim()) line += `: “${md(e.excerpt.trim())}”`;
      if (e.note?.trim()) line += ` · ${md(e.note.trim())}`;
      out.push(line);
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}

function competingBlock(groups: CompetingGroup[], level: string): string {
  if (!groups.length) return '';
  const out = [`${level} Competing figures`, ''];
  for (const g of groups) {
    const accepted = acceptedText(g.measure);
    out.push(`**${md(g.measure.label)}**: ${VERDICT_LABELS[g.verdict]}${accepted ? `; ${md(accepted)}` : ''}`, '');
    out.push('| Figure | Interval | Said by | As of | Review |', '| --- | --- | --- | --- | --- |');
    for (const f of g.figures) {
      out.push(
        `| ${md(f.text)} | ${md(describeInterval(f.low, f.high, f.qualifier))} | ${md(competingSaidByText(f))} | ${md(competingDateText(f))} | ${md(f.review)} |`,
      );
    }
    out.push('');
    if (g.measure.rationale?.trim()) out.push(`*Rationale:* ${md(g.measure.rationale.trim())}`, '');
  }
  return out.join('\n') + '\n';
}

function footer(h: ExportHeader, claims: number, drafts: number): string {
  const scope = scopeText(h.includeDrafts, claims, drafts);
  return [
    '---',
    '',
    `Exported ${md(minuteUtc(h.exportedAt))} by ${md(h.exportedBy)} · ${scope}.`,
    `Latest revision included: \`${h.latestRevisionHash ?? 'none'}\``,
    '',
  ].join('\n');
}

/**
 * The Markdown summary, chunk by chunk: one article (title first) or a
 * selection (a heading per article).
 */
export async function* buildMarkdown(header: ExportHeader, items: Iterable<ExportItem> | AsyncIterable<ExportItem>, options: { single: boolean }): Chunks {
  let claims = 0;
  let drafts = 0;
  let pending: CompetingGroup[] = [];
  let articleClaims = 0;
  const claimLevel = options.single ? '##' : '###';
  const flushArticle = (): string => {
    const s = (articleClaims === 0 ? 'No claims to export.\n\n' : '') + competingBlock(pending, options.single ? '##' : '####');
    pending = [];
    return s;
  };
  let opened = false;
  if (!options.single) {
    yield `# ${md(header.title)}\n\n`;
    const f = Object.entries(header.filters);
    if (f.length) yield f.map(([k, v]) => `- ${md(k)}: ${md(v)}`).join('\n') + '\n\n';
  }
  const draftNotice = header.includeDrafts
    ? '> **Includes drafts:** claims marked [DRAFT] are not signed off and must not be published as verified.\n\n'
    : '';
  if (!options.single) yield draftNotice;
  for await (const item of items) {
    if (item.type === 'article') {
      if (opened) yield flushArticle();
      opened = true;
      articleClaims = 0;
      pending = item.competing;
      yield articleHead(item.article, options.single ? '#' : '##');
      if (options.single) yield draftNotice;
    } else {
      claims++;
      articleClaims++;
      if (item.claim.draft) drafts++;
      yield claimBlock(item.claim, claimLevel);
    }
  }
  if (opened) yield flushArticle();
  else yield 'Nothing matched this selection.\n\n';
  yield footer(header, claims, drafts);
}
