import type { AppLoadContext } from '@remix-run/node';

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The TCP peer's address, from server.js (absent under Vite dev and in route tests). */
    clientAddress?: string;
  }
}

/** Used when no address is known (route tests, Vite dev): every such client shares one throttle. */
export const UNKNOWN_CLIENT = 'unknown';

/** How many proxies in front of us append to X-Forwarded-For: TRUST_PROXY=1 (or true), 2, …; unset means none. */
export function trustedProxyHops(value: string | undefined): number {
  if (!value || /^(0|false|no|off)$/i.test(value)) return 0;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * The address to throttle sign-ins by. X-Forwarded-For is read only when
 * TRUST_PROXY says how many proxies we stand behind, and then the entry our
 * own outermost proxy appended (counting from the right): anything further
 * left was written by the client and could be forged.
 */
export function clientIp(
  request: Request,
  context: AppLoadContext | undefined,
  trustProxy: string | undefined = process.env.TRUST_PROXY,
): string {
  const hops = trustedProxyHops(trustProxy);
  const forwarded = request.headers.get('X-Forwarded-For');
  if (hops > 0 && forwarded) {
    const chain = forwarded
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const ip = chain[Math.max(0, chain.length - hops)];
    if (ip) return ip;
  }
  return context?.clientAddress || UNKNOWN_CLIENT;
}
