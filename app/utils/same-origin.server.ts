import { CROSS_SITE_MESSAGE, isCrossSite } from './cross-site.js';

export { CROSS_SITE_MESSAGE };

/**
 * Refuses (403) a state-changing request that did not come from one of our
 * own pages, so a form on another site cannot post here with the user's
 * cookie. requireUser calls it for every action; /login and /logout call it
 * themselves. In production server.js applies the same rule before Remix.
 */
export function requireSameOrigin(request: Request): void {
  const crossSite = isCrossSite({
    method: request.method,
    host: new URL(request.url).host,
    origin: request.headers.get('Origin'),
    referer: request.headers.get('Referer'),
  });
  if (crossSite) {
    throw new Response(CROSS_SITE_MESSAGE, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
