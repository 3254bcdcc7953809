import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PageHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A local web server on 127.0.0.1 for fetch tests: `pages` maps a path to
 * what it answers, and can be changed between requests (a page, then the
 * same page edited). `hostPort` is what CLAIMDESK_FETCH_ALLOW must name.
 */
export async function startPageServer(pages: Map<string, PageHandler> = new Map()) {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const handler = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    pages,
    requests,
    port,
    hostPort: `127.0.0.1:${port}`,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    /** Serves `body` at `path` with this content type. */
    page(path: string, body: string | Buffer, type = 'text/html; charset=utf-8', status = 200) {
      pages.set(path, (_req, res) => res.writeHead(status, { 'Content-Type': type }).end(body));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
