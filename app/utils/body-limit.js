// Request body limit of server.js. Plain JavaScript (like cross-site.js) so the
// production server applies it before Remix reads a byte.

/** No form in Claimdesk needs more than an article (5 MB) plus its fields. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/** After a 413, this much more of the body is read and dropped (so the client sees the answer), then the connection is cut. */
const DISCARD_BYTES = 64 * 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = 'The request is larger than 6 MB; articles may be at most 5 MB.';

/**
 * Express middleware: a body whose Content-Length is over the limit gets a
 * 413 before anything reads it (Node drops the unread body).
 *
 * @param {number} [maxBytes]
 * @returns {import('express').RequestHandler}
 */
export function refuseDeclaredOversize(maxBytes = MAX_BODY_BYTES) {
  return (req, res, next) => {
    if (Number(req.get('Content-Length') ?? 0) > maxBytes) return void refuse(res);
    next();
  };
}

/**
 * The request body as a Web stream for the app, counting the bytes as they
 * are actually read: chunked bodies carry no Content-Length. Past `maxBytes`
 * it answers 413 itself, errors the stream (so the app stores nothing), and
 * reads and drops the rest so the client gets the answer; a body that goes
 * on past that as well has its connection cut.
 *
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 * @param {number} [maxBytes]
 * @returns {ReadableStream<Uint8Array>}
 */
export function countedBody(req, res, maxBytes = MAX_BODY_BYTES) {
  let read = 0;
  let dropping = false;
  return new ReadableStream(
    {
      start(controller) {
        req.on('data', (/** @type {Buffer} */ chunk) => {
          read += chunk.length;
          if (dropping) {
            if (read > maxBytes + DISCARD_BYTES) req.socket.destroy();
            return;
          }
          if (read > maxBytes) {
            dropping = true;
            refuse(res);
            controller.error(Object.assign(new Error(BODY_TOO_LARGE_MESSAGE), { status: 413 }));
            req.resume();
            return;
          }
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once('end', () => dropping || controller.close());
        req.once('error', (error) => dropping || controller.error(error));
      },
      pull() {
        if (!dropping) req.resume();
      },
      cancel() {
        // The app stopped reading: drop the rest rather than cut the connection its answer goes out on.
        dropping = true;
        req.resume();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

/** @param {import('express').Response} res */
function refuse(res) {
  if (res.headersSent) return;
  res.status(413).type('text/plain').send(BODY_TOO_LARGE_MESSAGE);
}
