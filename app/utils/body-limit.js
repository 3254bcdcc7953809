// Request body limit for server.js. Plain JavaScript (like cross-site.js) so the
// production server applies it to every request before Remix reads a byte.

/** No form in Claimdesk needs more than an article (5 MB) plus its fields. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = 'The request is larger than 6 MB; articles may be at most 5 MB.';

/**
 * Express middleware that answers 413 for bodies over `maxBytes`: at once
 * when Content-Length says so, and otherwise (chunked bodies, which carry no
 * length) by counting the bytes as they are actually read. Past the limit
 * it answers 413 with "Connection: close", stops the body the app is
 * reading with an error, and lets no later response overwrite the 413.
 *
 * @param {number} [maxBytes]
 * @returns {(req: import('express').Request, res: import('express').Response, next: () => void) => void}
 */
export function bodyLimit(maxBytes = MAX_BODY_BYTES) {
  return (req, res, next) => {
    // Node reads and discards a declared body the app never reads; no need to cut the connection.
    if (Number(req.get('Content-Length') ?? 0) > maxBytes) return refuse(res, false);
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    let read = 0;
    // Paused first, so counting does not start the flow before the app reads:
    // both listeners then see every chunk the app pulls.
    req.pause();
    req.on('data', function count(chunk) {
      read += chunk.length;
      if (read <= maxBytes) return;
      req.off('data', count);
      refuse(res, true);
      const error = Object.assign(new Error(BODY_TOO_LARGE_MESSAGE), { status: 413 });
      if (req.listenerCount('error') > 0) req.emit('error', error);
      // The rest of the body is never read: the connection closes after the 413.
      req.pause();
    });
    next();
  };
}

/**
 * @param {import('express').Response} res
 * @param {boolean} close
 */
function refuse(res, close) {
  if (res.headersSent) return;
  if (close) res.set('Connection', 'close');
  res.status(413).type('text/plain').send(BODY_TOO_LARGE_MESSAGE);
}
