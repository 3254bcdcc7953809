import { BEST_RATING, WORST_RATING } from '../claims/rating';
import type { ClaimReview } from './export-claimreview';

/** Google shows at most this many characters of claimReviewed in results. */
export const CLAIM_REVIEWED_MAX = 75;

export interface PreflightResult {
  /** Problems that stop the export, each naming the claim. */
  errors: string[];
  /** Worth fixing, but the export goes ahead. */
  warnings: string[];
}

/** Thrown (and answered with 422) when the pre-flight check refuses an export. */
export class ClaimReviewRefusedError extends Error {
  constructor(readonly result: PreflightResult) {
    super(`ClaimReview export refused:\n${result.errors.map((e) => `- ${e}`).join('\n')}`);
    this.name = 'ClaimReviewRefusedError';
  }
}

function parseHttp(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

let lastSite: { site: string | null | undefined; parsed: URL | null } = { site: undefined, parsed: null };

/** parseHttp of the configured site, kept for the next review (an export checks every review against the same site). */
function parsedSite(site: string | null): URL | null {
  if (lastSite.site !== site) lastSite = { site, parsed: parseHttp(site) };
  return lastSite.parsed;
}

/** True when `url` is on `site`: same origin and under its path. `onSite('https://x.org/a/1', 'https://x.org/a')`. */
export function onSite(url: string, site: string | null): boolean {
  const u = parseHttp(url);
  const s = parsedSite(site);
  if (!u || !s) return false;
  const base = s.pathname.endsWith('/') ? s.pathname : `${s.pathname}/`;
  return u.origin === s.origin && (u.pathname === s.pathname || u.pathname.startsWith(base));
}

/** The rules one review must meet (the configuration is checked once by preflightClaimReviews). */
export function checkClaimReview(r: ClaimReview, siteUrl: string | null, claimId: number | string): PreflightResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const who = `Claim ${claimId}`;
  const v = r.reviewRating.ratingValue;
  if (v === null || !Number.isFinite(v)) errors.push(`${who} has no rating: set its rating before exporting ClaimReview`);
  else if (v < WORST_RATING || v > BEST_RATING) {
    errors.push(`${who}: ratingValue ${v} is outside worstRating ${WORST_RATING} … bestRating ${BEST_RATING}`);
  }
  if (!r.reviewRating.alternateName.trim()) errors.push(`${who}: the rating has no name (alternateName)`);
  if (siteUrl && !onSite(r.url, siteUrl)) errors.push(`${who}: the review URL ${r.url} is not on the configured site ${siteUrl}`);
  if (!r.claimReviewed.trim()) errors.push(`${who}: claimReviewed is empty`);
  // Characters are code points: never more than the UTF-16 length, so only a long string is counted.
  else if (r.claimReviewed.length > CLAIM_REVIEWED_MAX && [...r.claimReviewed].length > CLAIM_REVIEWED_MAX) {
    warnings.push(`${who}: claimReviewed is ${[...r.claimReviewed].length} characters; search engines show about ${CLAIM_REVIEWED_MAX}`);
  }
  if (!r.itemReviewed.appearance?.url) warnings.push(`${who}: the article has no URL, so the claim's appearance has none`);
  return { errors, warnings };
}

/**
 * Runs every review through the rules. The configuration (organisation,
 * site) is only required when there is something to publish.
 */
export async function preflightClaimReviews(
  reviews: AsyncIterable<ClaimReview> | Iterable<ClaimReview>,
  config: { orgName: string | null; siteUrl: string | null },
  idOf: (r: ClaimReview) => number | string = reviewIdOf,
): Promise<PreflightResult> {
  const checker = claimReviewChecker(config, idOf);
  for await (const r of reviews) checker.check(r);
  return checker.result();
}

/** The claim id a review URL ends in (`…/claims/12`, `…#claim-12`), else the URL. */
function reviewIdOf(r: ClaimReview): number | string {
  return /(\d+)$/.exec(r.url)?.[1] ?? r.url;
}

/** The errors and the warnings the pre-flight lists word for word (each); beyond them it gives a count. */
export const MESSAGES_KEPT = 100;

/**
 * The pre-flight as the reviews stream past: `check` each one, then
 * `result()` gives what preflightClaimReviews would have answered for the
 * same reviews (configuration errors first, then each review's in order).
 * It keeps the first MESSAGES_KEPT errors and warnings and counts the rest
 * ("… and 1,234 more warnings"), so 100,000 reviews stay in flat memory.
 */
export function claimReviewChecker(
  config: { orgName: string | null; siteUrl: string | null },
  idOf: (r: ClaimReview) => number | string = reviewIdOf,
): { check: (r: ClaimReview) => void; result: () => PreflightResult } {
  const errors: string[] = [];
  const warnings: string[] = [];
  let moreErrors = 0;
  let moreWarnings = 0;
  let count = 0;
  const siteOk = !!parseHttp(config.siteUrl);
  return {
    check(r) {
      count++;
      const one = checkClaimReview(r, siteOk ? config.siteUrl : null, idOf(r));
      for (const e of one.errors) errors.length < MESSAGES_KEPT ? errors.push(e) : moreErrors++;
      for (const w of one.warnings) warnings.length < MESSAGES_KEPT ? warnings.push(w) : moreWarnings++;
    },
    result() {
      const all = [...errors];
      if (moreErrors) all.push(`… and ${moreErrors.toLocaleString('en-US')} more errors like these`);
      if (count > 0) {
        if (!config.orgName?.trim()) all.unshift('The organisation name is not set (admin settings or CLAIMDESK_ORG_NAME): it is the ClaimReview author');
        if (!siteOk) all.unshift('The site URL is not set to an http(s) address (admin settings or CLAIMDESK_SITE_URL): review URLs must be on it');
      }
      const allWarnings = [...warnings];
      if (moreWarnings) allWarnings.push(`… and ${moreWarnings.toLocaleString('en-US')} more warnings like these`);
      return { errors: all, warnings: allWarnings };
    },
  };
}
