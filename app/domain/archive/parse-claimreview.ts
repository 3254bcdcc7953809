import { httpUrl } from '../http-url';
import { parseCsv } from './parse-csv';

/** One published fact-check, as the archive stores it. */
export interface ClaimReviewItem {
  /** The review's http(s) URL: the key; the same URL again updates in place. */
  url: string;
  claim: string;
  title: string | null;
  claimant: string | null;
  /** The rating as published ("False", "Pants on Fire", "Misleading"). */
  rating: string | null;
  /** The rating on Claimdesk's 1 (false) … 5 (true) scale, when the review gives a numeric one. */
  ratingValue: number | null;
  publisher: string | null;
  /** YYYY-MM-DD, or null when missing or unreadable. */
  reviewedAt: string | null;
}

/** An item that could not be read, and why (`where` names its place in the file). */
export interface ClaimReviewProblem {
  where: string;
  reason: string;
}

export interface ParsedArchive {
  items: ClaimReviewItem[];
  problems: ClaimReviewProblem[];
}

/** Thrown when a file as a whole is none of the accepted shapes. */
export class ArchiveFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveFormatError';
  }
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: Json): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  return null;
}

/** A person or organisation: its name, or a bare string. */
function nameOf(v: Json): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (isObject(v)) return text(v.name) ?? text(v.alternateName) ?? text(v.site);
  return text(v);
}

/** YYYY-MM-DD from an ISO date or date-time, else from any date string a browser's Date reads. */
export function isoDate(v: Json): string | null {
  const s = text(v);
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * A numeric rating mapped onto 1…5 using its worst and best values
 * (schema.org defaults 1 and 5); null when not numeric or out of range.
 *
 * @example scaleRating(2, 1, 7) === 2
 */
export function scaleRating(value: Json, worst: Json, best: Json): number | null {
  const v = Number(value);
  const lo = worst === undefined || worst === null || worst === '' ? 1 : Number(worst);
  const hi = best === undefined || best === null || best === '' ? 5 : Number(best);
  if (value === null || value === undefined || value === '' || ![v, lo, hi].every(Number.isFinite) || hi === lo) return null;
  const share = (v - lo) / (hi - lo);
  if (share < 0 || share > 1) return null;
  return 1 + Math.round(share * 4);
}

function hasType(v: Record<string, Json>, type: string): boolean {
  const t = v['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** Reads one schema.org ClaimReview object; throws a reason string when it lacks what the archive needs. */
function fromClaimReview(o: Record<string, Json>, fallbackClaim?: { claim: string | null; claimant: string | null }): ClaimReviewItem {
  const rating = isObject(o.reviewRating) ? o.reviewRating : Array.isArray(o.reviewRating) && isObject(o.reviewRating[0]) ? o.reviewRating[0] : {};
  const reviewed = isObject(o.itemReviewed) ? o.itemReviewed : {};
  const url = httpUrl(text(o.url));
  const claim = text(o.claimReviewed) ?? text(reviewed.name) ?? fallbackClaim?.claim ?? null;
  if (!text(o.url)) throw 'no url';
  if (!url) throw `url is not http(s): ${text(o.url)}`;
  if (!claim) throw 'no claimReviewed';
  return {
    url,
    claim,
    title: text(o.headline) ?? text(o.name) ?? text(o.title),
    claimant: nameOf(reviewed.author) ?? text(o.claimant) ?? fallbackClaim?.claimant ?? null,
    rating: text(rating.alternateName) ?? text(rating.name) ?? text(o.textualRating) ?? text(rating.ratingValue),
    ratingValue: scaleRating(rating.ratingValue, rating.worstRating, rating.bestRating),
    publisher: nameOf(o.author) ?? nameOf(o.publisher),
    reviewedAt: isoDate(o.datePublished) ?? isoDate(o.reviewDate) ?? isoDate(o.dateCreated),
  };
}

/**
 * Every ClaimReview found in parsed JSON(-LD): a single object, an array,
 * `@graph`, a DataFeed (`dataFeedElement[].item[]`), or Google Fact Check
 * Tools' `{claims: [{text, claimant, claimReview: [...]}]}`.
 */
function collect(v: Json, where: string, out: ParsedArchive): void {
  if (Array.isArray(v)) {
    v.forEach((x, i) => collect(x, `${where}[${i}]`, out));
    return;
  }
  if (!isObject(v)) {
    out.problems.push({ where, reason: 'not an object' });
    return;
  }
  if (hasType(v, 'ClaimReview')) {
    try {
      out.items.push(fromClaimReview(v));
    } catch (reason) {
      out.problems.push({ where, reason: String(reason) });
    }
    return;
  }
  if (Array.isArray(v['@graph'])) return collect(v['@graph'], `${where}@graph`, out);
  if (Array.isArray(v.dataFeedElement)) {
    v.dataFeedElement.forEach((el, i) => {
      const items = isObject(el) ? el.item : undefined;
      if (items === undefined && isObject(el) && hasType(el, 'ClaimReview')) collect(el, `${where}.dataFeedElement[${i}]`, out);
      else collect(items ?? el, `${where}.dataFeedElement[${i}].item`, out);
    });
    return;
  }
  if (Array.isArray(v.claims)) {
    v.claims.forEach((c, i) => {
      const at = `${where}.claims[${i}]`;
      if (!isObject(c) || !Array.isArray(c.claimReview)) {
        out.problems.push({ where: at, reason: 'no claimReview list' });
        return;
      }
      c.claimReview.forEach((r, j) => {
        if (!isObject(r)) return out.problems.push({ where: `${at}.claimReview[${j}]`, reason: 'not an object' });
        try {
          out.items.push(fromClaimReview(r, { claim: text(c.text), claimant: text(c.claimant) }));
        } catch (reason) {
          out.problems.push({ where: `${at}.claimReview[${j}]`, reason: String(reason) });
        }
      });
    });
    return;
  }
  out.problems.push({ where, reason: `not a ClaimReview (type ${text(v['@type']) ?? 'missing'})` });
}

const LD_SCRIPT = /<script[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;

function fromHtml(html: string, out: ParsedArchive): void {
  let n = 0;
  for (const m of html.matchAll(LD_SCRIPT)) {
    n++;
    let data: Json;
    try {
      data = JSON.parse(m[1].trim());
    } catch {
      out.problems.push({ where: `ld+json block ${n}`, reason: 'not valid JSON' });
      continue;
    }
    // A page's JSON-LD also describes the page, the site and breadcrumbs: only ClaimReviews count.
    const found: ParsedArchive = { items: [], problems: [] };
    collect(data, `ld+json block ${n}`, found);
    out.items.push(...found.items);
    out.problems.push(...found.problems.filter((p) => !p.reason.startsWith('not a ClaimReview')));
  }
  if (n === 0) throw new ArchiveFormatError('the page has no JSON-LD (<script type="application/ld+json">)');
}

const CSV_COLUMNS: Record<string, keyof ClaimReviewItem | 'ratingNumber'> = {
  claim: 'claim', claimreviewed: 'claim', claim_reviewed: 'claim', text: 'claim',
  rating: 'rating', textualrating: 'rating', verdict: 'rating',
  url: 'url', review_url: 'url', link: 'url',
  publisher: 'publisher', author: 'publisher', fact_checker: 'publisher',
  date: 'reviewedAt', datepublished: 'reviewedAt', reviewed_at: 'reviewedAt', review_date: 'reviewedAt',
  title: 'title', headline: 'title', claimant: 'claimant',
  rating_value: 'ratingNumber', ratingvalue: 'ratingNumber',
};

function fromCsv(csv: string, out: ParsedArchive): void {
  const rows = parseCsv(csv);
  if (!rows.length) throw new ArchiveFormatError('the CSV file is empty');
  const header = rows[0].fields.map((h) => CSV_COLUMNS[h.trim().toLowerCase().replace(/\s+/g, '_')]);
  for (const need of ['claim', 'url'] as const) {
    if (!header.includes(need)) throw new ArchiveFormatError(`the CSV header needs a "${need}" column (claim, rating, url, publisher, date)`);
  }
  for (const row of rows.slice(1)) {
    const get = (k: string) => {
      const i = header.indexOf(k as never);
      return i >= 0 ? text(row.fields[i] ?? '') : null;
    };
    const where = `line ${row.line}`;
    const rawUrl = get('url');
    const url = httpUrl(rawUrl);
    const claim = get('claim');
    if (!rawUrl) out.problems.push({ where, reason: 'no url' });
    else if (!url) out.problems.push({ where, reason: `url is not http(s): ${rawUrl}` });
    else if (!claim) out.problems.push({ where, reason: 'no claim' });
    else {
      out.items.push({
        url, claim, title: get('title'), claimant: get('claimant'), rating: get('rating'),
        ratingValue: scaleRating(get('ratingNumber'), 1, 5), publisher: get('publisher'), reviewedAt: isoDate(get('reviewedAt')),
      });
    }
  }
}

/**
 * Reads published fact-checks from a file's text: a web page with
 * ClaimReview JSON-LD, JSON (one ClaimReview, an array, `@graph`, a
 * DataFeed, or Google Fact Check Tools' claims list), or CSV with a header
 * (claim, rating, url, publisher, date; title, claimant optional). Bad
 * items are listed in `problems` and left out. Shapes from
 * https://schema.org/ClaimReview and Google's Fact Check markup guide.
 * Throws ArchiveFormatError when the file as a whole is unreadable.
 *
 * @example parseClaimReviews('claim,rating,url\n"Cats can fly",False,https://x.org/1', 'a.csv').items[0].rating === 'False'
 */
export function parseClaimReviews(content: string, fileName: string): ParsedArchive {
  const out: ParsedArchive = { items: [], problems: [] };
  const s = content.replace(/^\uFEFF/, '').trim();
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv') fromCsv(s, out);
  else if (ext === 'html' || ext === 'htm' || (!ext && s.startsWith('<'))) fromHtml(s, out);
  else if (s.startsWith('{') || s.startsWith('[')) {
    let data: Json;
    try {
      data = JSON.parse(s);
    } catch (e) {
      throw new ArchiveFormatError(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    collect(data, 'item', out);
  } else if (s.startsWith('<')) fromHtml(s, out);
  else throw new ArchiveFormatError('not a page with JSON-LD, JSON, or CSV (.csv)');
  return out;
}
