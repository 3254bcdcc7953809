import type { CompetingFigure, CompetingGroup, ExportClaim, ExportEvidence, ExportMeasure, ExportVersion } from './types';

// One formatter for every number: toLocaleString with options builds a new one per call (a fifth of a Markdown export's CPU).
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * An interval as a person reads it: `describeInterval(900000, 1000000) === '900,000–1,000,000'`;
 * with the qualifier a strict bound stays strict (`describeInterval(60, null, 'more_than') === 'more than 60'`).
 */
export function describeInterval(low: number | null, high: number | null, qualifier?: string | null): string {
  const n = (x: number) => NUMBER.format(x);
  if (low === null && high === null) return 'unbounded';
  if (low === null) return `${qualifier === 'fewer_than' ? 'fewer than' : 'at most'} ${n(high!)}`;
  if (high === null) return `${qualifier === 'more_than' ? 'more than' : 'at least'} ${n(low)}`;
  if (low === high) return n(low);
  return `${n(low)}–${n(high)}`;
}

/** "Mostly true (4 of 5)", or "Not rated". */
export function ratingText(claim: Pick<ExportClaim, 'rating' | 'ratingValue'>, best: number): string {
  if (!claim.rating) return 'Not rated';
  return claim.ratingValue === null ? claim.rating : `${claim.rating} (${claim.ratingValue} of ${best})`;
}

export const STANCE_LABELS: Record<ExportEvidence['stance'], string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

export const VERDICT_LABELS: Record<CompetingGroup['verdict'], string> = {
  consistent: 'consistent',
  conflicting: 'conflicting',
  partial: 'partly overlapping',
  different_scope: 'different scopes',
};

/** "accepted 900,000–950,000", or null when the measure has no accepted estimate. */
export function acceptedText(m: ExportMeasure): string | null {
  if (m.acceptedLow === null && m.acceptedHigh === null) return null;
  return `accepted ${describeInterval(m.acceptedLow, m.acceptedHigh)}`;
}

/** The date part of an ISO time: `day('2020-02-27T10:00:00Z') === '2020-02-27'`. */
export function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}

/**
 * The "Said by" column of a competing figure: who gives it, else that the
 * article states it without naming anyone ("unattributed, in “Title”").
 */
export function competingSaidByText(f: Pick<CompetingFigure, 'attribution' | 'origin'>): string {
  return f.attribution ?? `unattributed, in “${f.origin}”`;
}

/**
 * The date column of a competing figure: the date the figure names itself,
 * else when it was reported ("reported 2020-02-07"), else ''.
 */
export function competingDateText(f: Pick<CompetingFigure, 'asOf' | 'reported'>): string {
  return f.asOf ?? (f.reported ? `reported ${day(f.reported)}` : '');
}

/** "2026-11-25 14:03 UTC" from an ISO time. */
export function minuteUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** How the claim's review state reads: "Verified, signed off by Eda Editor on 2020-03-01 (version 2 of the article)". */
export function reviewText(c: ExportClaim): string {
  if (c.signoff === 'approved' && !c.draft) {
    const override = c.signoffOverride ? ` (admin override: ${c.signoffOverride})` : '';
    const version = c.signedOffVersion ? ` (version ${c.signedOffVersion.number} of the article)` : '';
    return `${c.statusLabel}, signed off${c.signedOffBy ? ` by ${c.signedOffBy}` : ''}${c.signedOffAt ? ` on ${day(c.signedOffAt)}` : ''}${version}${override}`;
  }
  const state = c.signoff === 'pending' ? 'awaiting sign-off' : c.signoff === 'returned' ? 'sent back' : 'not signed off';
  return `${c.statusLabel}, ${state}`;
}

/** Pulls items from sync or async iterables alike. */
export async function* each<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  for await (const item of items) yield item;
}

/** "4 signed-off claims" / "12 claims, 3 of them drafts (not signed off)". */
export function scopeText(includeDrafts: boolean, claims: number, drafts: number): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return includeDrafts
    ? `${n(claims, 'claim', 'claims')}, ${drafts} of them ${drafts === 1 ? 'a draft' : 'drafts'} (not signed off)`
    : n(claims, 'signed-off claim', 'signed-off claims');
}

const VERSION_HOW: Record<string, string> = { import: 'imported', url: 'fetched', paste: 'pasted', reextract: 're-extracted' };

/**
 * The version the claims were checked against, as a reader sees it (without
 * the hash, which each format sets in its own type):
 * `versionText({ number: 2, origin: 'url', at: '2026-12-02T15:04:09Z', fetched: true, … }) ===
 * 'Checked against version 2 of the article, fetched 2026-12-02 15:04 UTC'`.
 */
export function versionText(v: ExportVersion): string {
  const how = v.fetched ? 'fetched' : (VERSION_HOW[v.origin] ?? 'stored');
  return `Checked against version ${v.number} of the article, ${how} ${minuteUtc(v.at)}`;
}
