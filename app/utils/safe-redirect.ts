const BASE = 'http://claimdesk.invalid';

/**
 * `to` as a path on this site, or `fallback` when it would lead anywhere
 * else. Browsers read `/\evil.example`, `//evil.example` and `/<tab>/evil.example`
 * as another host, so the check is the WHATWG URL parser's own reading
 * (which treats `\` as `/` and drops tabs and newlines), not a prefix test;
 * the answer is the parsed path, search and hash, never the raw string.
 *
 * @example sameOriginPath('/claims/4?x=1') === '/claims/4?x=1'
 * @example sameOriginPath('/\\evil.example/x', '/articles') === '/articles'
 */
export function sameOriginPath(to: unknown, fallback = '/articles'): string {
  if (typeof to !== 'string' || !to.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
