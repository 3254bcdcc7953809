export const SOURCE_KINDS = [
  { value: 'official_statistics', label: 'Official statistics' },
  { value: 'un_ngo_report', label: 'UN / NGO report' },
  { value: 'news_report', label: 'News report' },
  { value: 'social_media', label: 'Social media' },
  { value: 'interview', label: 'Interview' },
  { value: 'document', label: 'Document' },
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number]['value'];

/** A source as the forms give it, checked (app/utils/source-form.ts): trimmed, dates YYYY-MM-DD, URLs http(s). */
export interface SourceInput {
  url: string;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  publishedAt: string | null;
  accessedAt: string | null;
  archivedUrl: string | null;
  notes: string | null;
}

export const STANCES = [
  { value: 'supports', label: 'Supports' },
  { value: 'refutes', label: 'Refutes' },
  { value: 'context', label: 'Context' },
] as const;

export type Stance = (typeof STANCES)[number]['value'];

export function sourceKindLabel(kind: string): string {
  return SOURCE_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

/**
 * The key under which a URL counts as "the same source": lower-case host
 * without www., no fragment, no tracking parameters, no trailing slash,
 * http and https alike. Throws for anything but http(s).
 *
 * @example urlKey('https://www.UN.org/a/?utm_source=x#top') === 'un.org/a'
 */
export function urlKey(value: string): string {
  const url = new URL(value.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not an http(s) URL');
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params)}` : '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${port}${path}${query}`;
}
