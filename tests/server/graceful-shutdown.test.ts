import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeGracefully } from '../../app/utils/graceful-shutdown.js';

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('graceful shutdown', () => {
  let server: Server;
  afterEach(() => {
    server?.closeAllConnections();
    server?.close();
  });

  /** A server whose one response is written in two halves, the second when the test says so. */
  async function slowServer() {
    let inFlight!: () => void;
    const started = new Promise<void>((r) => (inFlight = r));
    let finish!: () => void;
    const finished = new Promise<void>((r) => (finish = r));
    server = createServer(async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first half, ');
      inFlight();
      await finished;
      res.end('second half');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { port: (server.address() as AddressInfo).port, started, finish };
  }

  it('finishes the request in flight, refuses new ones, cleans up, then exits 0', async () => {
    const { port, started, finish } = await slowServer();
    const events: string[] = [];
    let exited: number | null = null;
    const stop = closeGracefully(server, {
      signals: [],
      log: () => {},
      cleanup: async () => void events.push('cleanup'),
      exit: (code) => void (exited = code),
    });
    const inFlight = get(port);
    await started;
    const stopping = stop('SIGTERM');
    await expect(get(port)).rejects.toThrow(/ECONNREFUSED/);
    expect(events).toEqual([]);
    finish();
    expect(await inFlight).toEqual({ status: 200, body: 'first half, second half' });
    await stopping;
    expect(events).toEqual(['cleanup']);
    expect(exited).toBe(0);
  });

  it('cuts what is still open at the deadline and still exits', async () => {
    const { port, started } = await slowServer();
    let exited: number | null = null;
    const stop = closeGracefully(server, { signals: [], log: () => {}, deadlineMs: 1, exit: (code) => void (exited = code) });
    const inFlight = get(port).catch((e: Error) => e);
    await started;
    await stop('SIGTERM');
    expect(exited).toBe(0);
    expect(await inFlight).toBeInstanceOf(Error);
  });
});
