// The Express ↔ Remix adapter of server.js. It replaces @remix-run/express's
// createRequestHandler for two things that one cannot do:
// - a malformed Host header gets a 400 (the stock adapter's `new URL` threw: 500);
// - the body is counted as it is read, so a chunked body over 6 MB gets a 413;
// - responses are written with backpressure: the next chunk is read only when
//   the socket (or gzip) has room, so a slow client of a large export holds
//   one chunk in memory, not the whole file, and the export's own pace is
//   the client's. A client that goes away cancels the body, ending the export.
import { createRequestHandler as createRemixHandler } from '@remix-run/node';
import { countedBody } from './body-limit.js';

export const BAD_HOST_MESSAGE = 'The Host header of this request is not a valid host name.';

/**
 * The host the browser asked for: X-Forwarded-Host behind a trusted proxy,
 * else Host; null when it is missing or not a plain host[:port].
 *
 * @param {import('express').Request} req
 * @returns {string | null}
 */
export function requestHost(req) {
  const forwarded = req.app.get('trust proxy') ? req.get('X-Forwarded-Host')?.split(',')[0]?.trim() : undefined;
  const host = forwarded || req.get('Host');
  if (!host || !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host)) return null;
  try {
    return new URL(`http://${host}`).host ? host : null;
  } catch {
    return null;
  }
}

/** @param {import('http').IncomingHttpHeaders} requestHeaders */
function remixHeaders(requestHeaders) {
  const headers = new Headers();
  for (const [key, values] of Object.entries(requestHeaders)) {
    if (!values) continue;
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else headers.set(key, values);
  }
  return headers;
}

/**
 * An Express handler that serves the Remix build.
 *
 * @param {{ build: any, getLoadContext?: (req: import('express').Request, res: import('express').Response) => any, mode?: string }} options
 */
export function createRequestHandler({ build, getLoadContext, mode = process.env.NODE_ENV }) {
  const handle = createRemixHandler(build, mode);
  /** @type {import('express').RequestHandler} */
  return async (req, res, next) => {
    try {
      const host = requestHost(req);
      if (!host) return void res.status(400).type('text/plain').send(BAD_HOST_MESSAGE);
      const controller = new AbortController();
      // Abort loaders and actions once no response can be written.
      res.on('close', () => res.writableFinished || controller.abort());
      /** @type {RequestInit & { duplex?: 'half' }} */
      const init = { method: req.method, headers: remixHeaders(req.headers), signal: controller.signal };
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        init.body = countedBody(req, res);
        init.duplex = 'half';
      }
      const request = new Request(new URL(req.originalUrl, `${req.protocol}://${host}`).href, init);
      const response = await handle(request, await getLoadContext?.(req, res));
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * Writes a Fetch Response to a Node response, reading the next chunk only
 * after the last one was taken (write() returned true, or 'drain').
 *
 * @param {import('express').Response} res
 * @param {Response} response
 */
export async function sendResponse(res, response) {
  // Already answered (a 413 for the body): the app's late answer is dropped.
  if (res.headersSent) return void (await response.body?.cancel());
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  /** @type {(() => void) | null} */
  let wake = null;
  // Persistent listeners (compression moves 'drain' listeners onto its gzip
  // stream, where once() could not remove them).
  const resume = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  res.on('drain', resume);
  res.on('close', resume);
  try {
    for (;;) {
      if (res.destroyed) {
        await reader.cancel();
        return;
      }
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) {
        await reader.cancel();
        return;
      }
      const room = res.write(value);
      // compression buffers; flushing sends what a streamed page has so far.
      /** @type {any} */ (res).flush?.();
      if (!room && !res.destroyed) await new Promise((r) => (wake = () => r(undefined)));
    }
    res.end();
  } catch (error) {
    res.destroy(/** @type {Error} */ (error));
  }
}
