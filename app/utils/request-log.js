// One line per request, and the address the server really listens on. Plain
// JavaScript, like the other helpers server.js loads before the Remix build.

/**
 * Express middleware: when a response has been sent (or the client went
 * away), logs `METHOD path status ms`, e.g. `GET /claims/12 200 34ms`. The
 * query string is left out: search terms and filters are the desk's, not the log's.
 *
 * @param {{ log?: (line: string) => void, now?: () => number }} [options]
 * @returns {(req: import('express').Request, res: import('express').Response, next: () => void) => void}
 */
export function logRequests(options = {}) {
  const { log = (line) => console.log(line), now = () => performance.now() } = options;
  return (req, res, next) => {
    const start = now();
    let done = false;
    const line = (status) => {
      if (done) return;
      done = true;
      log(`${req.method} ${req.path} ${status} ${Math.round(now() - start)}ms`);
    };
    res.on('finish', () => line(res.statusCode));
    res.on('close', () => line(res.writableFinished ? res.statusCode : `${res.statusCode} (client closed)`));
    next();
  };
}

/**
 * The URL a listening server answers on, from the address it really bound
 * (`http://127.0.0.1:3000`, `http://[::1]:3000`; a wildcard host is named as
 * such: `http://0.0.0.0:3000 (all interfaces)`).
 *
 * @param {import('net').AddressInfo | string | null} address
 * @returns {string}
 */
export function listeningUrl(address) {
  if (!address || typeof address === 'string') return String(address);
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = address.family === 'IPv6' || address.family === 6 ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${wildcard ? ' (all interfaces)' : ''}`;
}
