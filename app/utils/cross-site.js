// The one rule for refusing cross-site requests. Plain JavaScript so that
// server.js can apply it to every request before Remix runs (Remix's own
// Origin check would answer 500), while app/utils/same-origin.server.ts
// applies it inside requireUser for route modules and the dev server.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CROSS_SITE_MESSAGE =
  'Claimdesk refused this request because it did not come from a Claimdesk page (its Origin is another site, or missing). ' +
  'Go back to Claimdesk, reload the page and try again.';

/** @param {string | null | undefined} value */
function hostOf(value) {
  if (!value || value === 'null') return null;
  try {
    return new URL(value).host;
  } catch {
    return null;
  }
}

/**
 * True when a state-changing request (anything but GET/HEAD/OPTIONS) does not
 * show that it came from a page on `host`: its Origin, or its Referer when a
 * browser sent no Origin, must name that host. "Origin: null" (sandboxed
 * frames, some redirects) is refused without looking at Referer. Hosts, not
 * schemes, are compared so a TLS-terminating proxy in front does not matter.
 *
 * @param {{ method: string, host: string | null | undefined, origin: string | null | undefined, referer: string | null | undefined }} request
 * @returns {boolean}
 */
export function isCrossSite({ method, host, origin, referer }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const from = origin !== null && origin !== undefined ? hostOf(origin) : hostOf(referer);
  return !host || from !== host;
}
