import { BEST_RATING, WORST_RATING } from '../claims/rating';
import type { Chunks, ExportArticle, ExportClaim, ExportItem } from './types';
import { nested } from './export-json';
import { versionText } from './format';

/** Who publishes the reviews and where: from settings (admin page) or the environment. */
export interface ClaimReviewContext {
  orgName: string | null;
  orgUrl: string | null;
  /** The publishing site; every review URL must be on it. */
  siteUrl: string | null;
  /** The page the reviews are published on; each review is `reviewUrl#claim-ID`. Default: `siteUrl/claims/ID`. */
  reviewUrl: string | null;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  /** BCP 47 language of the claim as reviewed (the article's), when known. */
  inLanguage?: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number | null;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author: { '@type': 'Organization'; name: string };
    inLanguage?: string;
    datePublished?: string;
    /** Where the claim appeared: the article (its URL when it has one) in the version the claim was checked against. */
    appearance?: {
      '@type': 'CreativeWork';
      url?: string;
      headline: string;
      version?: number;
      description?: string;
      identifier?: { '@type': 'PropertyValue'; propertyID: 'sha256'; value: string };
    };
  };
  /** Only on drafts (exported with "include drafts"): schema.org's CreativeWork status. */
  creativeWorkStatus?: 'Draft';
}

/** Where the review of this claim is published. */
export function reviewUrlOf(claimId: number, ctx: ClaimReviewContext): string {
  if (ctx.reviewUrl) return `${ctx.reviewUrl.replace(/#.*$/, '')}#claim-${claimId}`;
  const base = (ctx.siteUrl ?? '').replace(/\/*$/, '/');
  return `${base}claims/${claimId}`;
}

/**
 * The schema.org ClaimReview of one claim. Fields the pre-flight check
 * refuses (no rating, no organisation) come out empty rather than invented.
 */
export function claimReviewOf(claim: ExportClaim, article: ExportArticle, ctx: ClaimReviewContext, exportedAt: string): ClaimReview {
  const review: ClaimReview = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrlOf(claim.id, ctx),
    claimReviewed: claim.text,
    ...languageOf(article),
    datePublished: (claim.signedOffAt ?? exportedAt).slice(0, 10),
    author: { '@type': 'Organization', name: ctx.orgName ?? '', ...(ctx.orgUrl ? { url: ctx.orgUrl } : {}) },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: claim.ratingValue,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: claim.rating ?? '',
    },
    itemReviewed: {
      '@type': 'Claim',
      // Who made the claim: the person or body it is attributed to, else the publication it appeared in.
      author: { '@type': 'Organization', name: claim.attribution ?? article.publisher ?? article.title },
      ...languageOf(article),
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      ...appearanceOf(article),
    },
  };
  if (claim.draft) review.creativeWorkStatus = 'Draft';
  return review;
}

/**
 * The article as the claim's appearance: its URL and headline, and the
 * version checked (schema.org `version`; when and, for a fetched page, the
 * snapshot's SHA-256 as `description` and an `identifier`). Nothing when
 * there is neither a URL nor a version.
 */
function appearanceOf(article: ExportArticle): Pick<ClaimReview['itemReviewed'], 'appearance'> {
  const v = article.version;
  if (!article.url && !v) return {};
  return {
    appearance: {
      '@type': 'CreativeWork',
      ...(article.url ? { url: article.url } : {}),
      headline: article.title,
      ...(v
        ? {
            version: v.number,
            description: `${versionText(v)}${v.snapshotSha256 ? `; snapshot SHA-256 ${v.snapshotSha256}` : ''}`,
            ...(v.snapshotSha256 ? { identifier: { '@type': 'PropertyValue' as const, propertyID: 'sha256' as const, value: v.snapshotSha256 } } : {}),
          }
        : {}),
    },
  };
}

/** schema.org inLanguage for the article's language; nothing when it is unknown or "und". */
function languageOf(article: ExportArticle): { inLanguage?: string } {
  return article.language && article.language !== 'und' ? { inLanguage: article.language } : {};
}

/** Every exported claim as a ClaimReview, in stream order. */
export async function* claimReviews(
  items: Iterable<ExportItem> | AsyncIterable<ExportItem>,
  ctx: ClaimReviewContext,
  exportedAt: string,
): AsyncGenerator<ClaimReview> {
  let article: ExportArticle | null = null;
  for await (const item of items) {
    if (item.type === 'article') article = item.article;
    else yield claimReviewOf(item.claim, article!, ctx, exportedAt);
  }
}

/** The reviews as one JSON-LD array, written review by review; `<` is `\u003c` so it can be pasted into a script tag. */
export async function* buildClaimReviewJson(reviews: AsyncIterable<ClaimReview>): Chunks {
  let first = true;
  for await (const r of reviews) {
    // As scriptSafeJson(r, 2) indented one level, in one native stringify (nested).
    const json = nested(r, 1);
    yield `${first ? '[' : ','}\n  ${json.includes('<') ? json.replace(/</g, '\\u003c') : json}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}
