import type { Chunks, ExportClaim, ExportItem, ExportArticle } from './types';
import { attributionOf } from '../measures/provenance';

type Cell = string | number | null;
interface Column<T> {
  header: string;
  value: (row: T) => Cell;
  /** Free text that came from people or articles: guarded against spreadsheet formulas. */
  text?: boolean;
}

interface ClaimRow {
  article: ExportArticle;
  claim: ExportClaim;
}

interface FigureRow extends ClaimRow {
  figure: ExportClaim['figures'][number];
}

/** The article version the claims were checked against (last, so earlier columns keep their places). */
function versionColumns<T extends ClaimRow>(): Column<T>[] {
  return [
    { header: 'article_version', value: (r) => r.article.version?.number ?? null },
    { header: 'article_version_at', value: (r) => r.article.version?.at ?? null },
    { header: 'article_snapshot_sha256', value: (r) => r.article.version?.snapshotSha256 ?? null },
  ];
}

export const CLAIM_COLUMNS: Column<ClaimRow>[] = [
  { header: 'article_id', value: (r) => r.article.id },
  { header: 'article_title', value: (r) => r.article.title, text: true },
  { header: 'article_url', value: (r) => r.article.url, text: true },
  { header: 'claim_id', value: (r) => r.claim.id },
  { header: 'number', value: (r) => r.claim.number },
  { header: 'draft', value: (r) => (r.claim.draft ? 'yes' : 'no') },
  { header: 'claim', value: (r) => r.claim.text, text: true },
  { header: 'quote', value: (r) => r.claim.quote, text: true },
  { header: 'said_by', value: (r) => r.claim.attribution, text: true },
  { header: 'status', value: (r) => r.claim.status },
  { header: 'rating', value: (r) => r.claim.rating },
  { header: 'rating_value', value: (r) => r.claim.ratingValue },
  { header: 'verdict', value: (r) => r.claim.verdict, text: true },
  { header: 'signoff', value: (r) => r.claim.signoff },
  { header: 'signed_off_by', value: (r) => r.claim.signedOffBy, text: true },
  { header: 'signed_off_at', value: (r) => r.claim.signedOffAt },
  { header: 'signoff_override', value: (r) => r.claim.signoffOverride, text: true },
  { header: 'assignee', value: (r) => r.claim.assignee, text: true },
  {
    header: 'evidence',
    value: (r) => r.claim.evidence.map((e) => `${e.stance}: ${e.sourceTitle} <${e.sourceUrl}>`).join('\n'),
    text: true,
  },
  { header: 'figures', value: (r) => r.claim.figures.map((f) => f.text).join('\n'), text: true },
  { header: 'updated_at', value: (r) => r.claim.updatedAt },
  ...versionColumns<ClaimRow>(),
];

export const FIGURE_COLUMNS: Column<FigureRow>[] = [
  { header: 'article_id', value: (r) => r.article.id },
  { header: 'claim_id', value: (r) => r.claim.id },
  { header: 'claim_number', value: (r) => r.claim.number },
  { header: 'draft', value: (r) => (r.claim.draft ? 'yes' : 'no') },
  { header: 'figure_id', value: (r) => r.figure.id },
  { header: 'figure', value: (r) => r.figure.text, text: true },
  { header: 'low', value: (r) => r.figure.low },
  { header: 'high', value: (r) => r.figure.high },
  { header: 'qualifier', value: (r) => r.figure.qualifier },
  { header: 'unit', value: (r) => r.figure.unit },
  { header: 'as_of', value: (r) => r.figure.asOf },
  { header: 'measure_id', value: (r) => r.figure.measure?.id ?? null },
  { header: 'measure', value: (r) => r.figure.measure?.label ?? null, text: true },
  { header: 'accepted_low', value: (r) => r.figure.measure?.acceptedLow ?? null },
  { header: 'accepted_high', value: (r) => r.figure.measure?.acceptedHigh ?? null },
  { header: 'currency', value: (r) => r.figure.currency },
  // who gives this figure, as the measure page and the competing-figures table say: its own clause's source
  { header: 'said_by', value: (r) => attributionOf({ claimId: r.claim.id, attribution: r.claim.attribution, sourcePublisher: null, claimText: r.claim.text, text: r.figure.text }), text: true },
  { header: 'claim', value: (r) => r.claim.text, text: true },
  ...versionColumns<FigureRow>(),
];

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/CR) as a
 * formula; such free-text cells get a leading apostrophe (OWASP's advice).
 * Spreadsheets also read the full-width forms (＝ ＋ － ＠) as the ASCII ones
 * and skip invisible characters (zero-width space, BOM) and spaces before
 * them, so the test looks past those and at the NFKC form.
 * `guardFormula('=HYPERLINK(…)') === "'=HYPERLINK(…)"`, `guardFormula('\u200b=1+1') === "'\u200b=1+1"`.
 */
export function guardFormula(value: string): string {
  const first = value.charCodeAt(0);
  // A printable ASCII first character is the visible one, and its own NFKC form.
  if (first > 0x20 && first < 0x7f) return first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 ? `'${value}` : value;
  if (/^[\t\r]/.test(value)) return `'${value}`;
  const visible = value.replace(/^[\p{Cf}\p{Z}\s]+/u, '').slice(0, 1).normalize('NFKC');
  return /^[=+\-@]/.test(visible) ? `'${value}` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field as RFC 4180 writes it (and csv-stringify did, with CRLF
 * records and `quoted_match: /[\r\n]/`): empty for null, a number as
 * JavaScript prints it, and text with a comma, quote or line break in
 * double quotes with its quotes doubled. `csvField('a "b", c') === '"a ""b"", c"'`.
 */
export function csvField(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One record: its fields, comma-separated, ending in CRLF. */
function record(cells: Cell[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) out += (i === 0 ? '' : ',') + csvField(cells[i]);
  return out + '\r\n';
}

function line<T>(columns: Column<T>[], row: T): string {
  let out = '';
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const v = c.value(row);
    out += (i === 0 ? '' : ',') + csvField(c.text && typeof v === 'string' ? guardFormula(v) : v);
  }
  return out + '\r\n';
}

async function* rows<T>(
  columns: Column<T>[],
  items: Iterable<ExportItem> | AsyncIterable<ExportItem>,
  expand: (article: ExportArticle, claim: ExportClaim) => T[],
  bom: boolean,
): Chunks {
  yield (bom ? '\uFEFF' : '') + record(columns.map((c) => c.header));
  let article: ExportArticle | null = null;
  let batch = '';
  let lines = 0;
  for await (const item of items) {
    if (item.type === 'article') {
      article = item.article;
      continue;
    }
    for (const r of expand(article!, item.claim)) {
      batch += line(columns, r);
      lines++;
    }
    if (lines >= 200) {
      yield batch;
      batch = '';
      lines = 0;
    }
  }
  if (batch) yield batch;
}

/** One row per claim, RFC 4180, UTF-8; a byte-order mark only when asked (Excel on Windows wants one). */
export function buildClaimsCsv(items: Iterable<ExportItem> | AsyncIterable<ExportItem>, options: { bom: boolean }): Chunks {
  return rows(CLAIM_COLUMNS, items, (article, claim) => [{ article, claim }], options.bom);
}

/** One row per figure of the exported claims, with its measure's accepted estimate. */
export function buildFiguresCsv(items: Iterable<ExportItem> | AsyncIterable<ExportItem>, options: { bom: boolean }): Chunks {
  return rows(FIGURE_COLUMNS, items, (article, claim) => claim.figures.map((figure) => ({ article, claim, figure })), options.bom);
}
