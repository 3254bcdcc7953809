/**
 * Fetches a web page for import or archiving, guarded against server-side
 * request forgery (ADR 020). Each hop (at most 5 redirects, followed here,
 * not by the HTTP client) is resolved with DNS first; every address the name
 * resolves to must be public (app/domain/fetch/address.ts) unless the
 * `host:port` is in CLAIMDESK_FETCH_ALLOW, and the connection is then made to
 * the very address that was checked (a `lookup` hook on node:http/https), so
 * a second DNS answer cannot point it elsewhere (DNS rebinding). A time limit
 * covers the whole fetch, and the body is counted as it arrives and cut off
 * past the size limit.
 */
import { createHash } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { classifyAddress, hostPortOf, parseAllowList } from '../domain/fetch/address';
import { MAX_ARTICLE_BYTES } from '../domain/articles/import-input';
import { RuleError } from './errors';

/** A page as fetched: the evidence a snapshot keeps. */
export interface FetchedPage {
  requestedUrl: string;
  /** The address the page came from after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
  sha256: string;
  fetchedAt: Date;
}

/** A fetch that was refused or failed, in words for the user; `field` is the form field ('url'). */
export class FetchRefusedError extends RuleError {
  constructor(message: string) {
    super(message, 'url');
    this.name = 'FetchRefusedError';
  }
}

/** Limits of one fetch; each has a default. */
export interface FetchOptions {
  /** Milliseconds for the whole fetch, redirects included; default 15,000. */
  timeoutMs?: number;
  /** Bytes of body accepted (after decompression); default MAX_ARTICLE_BYTES. */
  maxBytes?: number;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  /** `host:port` entries let through to non-public addresses; default CLAIMDESK_FETCH_ALLOW. */
  allow?: Set<string>;
  /** DNS resolution (all addresses); tests replace it to play a resolver. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
  now?: () => Date;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'Claimdesk/0.1 (fact-checking snapshot; +https://github.com/claimdesk)';

function systemResolve(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))),
  );
}

/**
 * Fetches `url` (http or https only) and returns its bytes and metadata.
 *
 * @throws FetchRefusedError with a message for the user: an address that is
 *   not http(s), carries credentials, cannot be resolved or resolves to a
 *   non-public address; a failed connection, a timeout, too many redirects,
 *   an answer that is not 2xx, or a body over the size limit.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  const allow = options.allow ?? parseAllowList(process.env.CLAIMDESK_FETCH_ALLOW);
  const resolve = options.resolve ?? systemResolve;
  const deadline = Date.now() + timeoutMs;

  let current = parseHttpUrl(url);
  for (let hop = 0; ; hop++) {
    const address = await checkedAddress(current, allow, resolve);
    const answer = await request(current, address, { deadline, maxBytes, timeoutMs });
    if (REDIRECTS.has(answer.status)) {
      const location = answer.location;
      if (!location) throw new FetchRefusedError(`${current.host} answered ${answer.status} (a redirect) without saying where to`);
      if (hop >= maxRedirects) throw new FetchRefusedError(`The page redirected more than ${maxRedirects} times; nothing was imported`);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new FetchRefusedError(`${current.host} redirected to an address that is not valid`);
      }
      current = parseHttpUrl(next.toString(), 'redirected to');
      continue;
    }
    if (answer.status < 200 || answer.status > 299) {
      throw new FetchRefusedError(`${current.host} answered ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}; nothing was imported`);
    }
    const bytes = answer.body!;
    return {
      requestedUrl: url,
      finalUrl: current.toString(),
      status: answer.status,
      contentType: answer.contentType,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fetchedAt: options.now?.() ?? new Date(),
    };
  }
}

function parseHttpUrl(value: string, how = 'The address'): URL {
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw new FetchRefusedError('The URL is not a valid web address');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FetchRefusedError(how === 'The address' ? 'Only http:// and https:// links can be fetched' : `The page ${how} ${u.protocol} which is not fetched`);
  }
  if (u.username || u.password) throw new FetchRefusedError('Links with a user name or password in them are not fetched');
  u.hash = '';
  return u;
}

/** Resolves the host and returns the address to connect to, or refuses. */
async function checkedAddress(
  url: URL,
  allow: Set<string>,
  resolve: (hostname: string) => Promise<LookupAddress[]>,
): Promise<LookupAddress> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(hostname);
  } catch {
    throw new FetchRefusedError(`${url.hostname} could not be found (DNS); check the address`);
  }
  if (addresses.length === 0) throw new FetchRefusedError(`${url.hostname} could not be found (DNS); check the address`);
  if (!allow.has(hostPortOf(url))) {
    // Every answer must be public: a name that also resolves inside the network is refused outright.
    for (const a of addresses) {
      const kind = classifyAddress(a.address);
      if (kind !== 'public') {
        throw new FetchRefusedError(
          `Refused to fetch ${url.host}: it resolves to ${a.address}, ${kind === 'not an IP address' ? 'not an IP address' : `a ${kind} address`}. ` +
            'Claimdesk only fetches public web pages (an administrator can allow an intranet host with CLAIMDESK_FETCH_ALLOW).',
        );
      }
    }
  }
  return addresses[0]!;
}

interface Answer {
  status: number;
  statusText: string;
  location: string | null;
  contentType: string | null;
  body: Buffer | null;
}

function request(url: URL, address: LookupAddress, limits: { deadline: number; maxBytes: number; timeoutMs: number }): Promise<Answer> {
  // The connection goes to the checked address, whatever DNS says by now.
  const pinned: LookupFunction = (_hostname, opts, callback) => {
    if ((opts as { all?: boolean }).all) (callback as (e: null, a: LookupAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const remaining = limits.deadline - Date.now();
    if (remaining <= 0) return reject(timedOut(limits.timeoutMs));
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(e);
    };
    const timer = setTimeout(() => fail(timedOut(limits.timeoutMs)), remaining);
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup: pinned,
        agent: false,
        headers: {
          'User-Agent': USER_AGENT,
          Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5',
          'Accept-Encoding': 'gzip, deflate, br',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const head = {
          status,
          statusText: res.statusMessage ?? '',
          location: typeof res.headers.location === 'string' ? res.headers.location : null,
          contentType: res.headers['content-type'] ?? null,
        };
        if (REDIRECTS.has(status) || status < 200 || status > 299) {
          res.resume();
          settled = true;
          clearTimeout(timer);
          req.destroy();
          return resolve({ ...head, body: null });
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > limits.maxBytes) return fail(tooLarge(limits.maxBytes));
        const stream = decoded(res, String(res.headers['content-encoding'] ?? '').toLowerCase().trim());
        if (!stream) return fail(new FetchRefusedError(`${url.host} sent the page in an encoding Claimdesk cannot read (${res.headers['content-encoding']})`));
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            fail(tooLarge(limits.maxBytes));
            stream.destroy();
            return;
          }
          chunks.push(chunk);
        });
        stream.on('error', () => fail(new FetchRefusedError(`The page from ${url.host} could not be read to its end`)));
        res.on('aborted', () => fail(new FetchRefusedError(`${url.host} closed the connection before the page ended`)));
        stream.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ ...head, body: Buffer.concat(chunks, size) });
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => fail(new FetchRefusedError(connectionMessage(url, e))));
    req.end();
  });
}

function decoded(res: http.IncomingMessage, encoding: string): NodeJS.ReadableStream & { destroy(): void } | null {
  if (encoding === '' || encoding === 'identity') return res;
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return null;
}

function timedOut(ms: number): FetchRefusedError {
  return new FetchRefusedError(`The page took longer than ${Math.round(ms / 1000)} seconds to arrive; nothing was imported`);
}

function tooLarge(max: number): FetchRefusedError {
  return new FetchRefusedError(`The page is larger than the ${Math.round(max / 1024 / 1024)} MB limit; nothing was imported`);
}

function connectionMessage(url: URL, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ECONNREFUSED':
      return `${url.host} refused the connection`;
    case 'ECONNRESET':
      return `${url.host} closed the connection`;
    case 'ETIMEDOUT':
      return `${url.host} did not answer in time`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `${url.host} has a certificate that cannot be trusted (${e.code})`;
    default:
      return `${url.host} could not be reached (${e.code ?? e.message})`;
  }
}
