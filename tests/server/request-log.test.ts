import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { listeningUrl, logRequests } from '../../app/utils/request-log.js';

function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('request log', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('logs one line per request: method, path without the query, status, milliseconds', async () => {
    const lines: string[] = [];
    const logged = new Promise<void>((resolve) => {
      const app = express();
      let t = 0;
      app.use(logRequests({ log: (l) => { lines.push(l); if (lines.length === 2) resolve(); }, now: () => (t += 7) }));
      app.get('/claims/:id', (_req, res) => res.status(200).send('ok'));
      app.use((_req, res) => res.status(404).send('no'));
      server = createServer(app).listen(0, '127.0.0.1');
    });
    await new Promise<void>((r) => server!.once('listening', () => r()));
    const { port } = server!.address() as AddressInfo;
    expect(await get(port, '/claims/12?q=secret')).toBe(200);
    expect(await get(port, '/nowhere')).toBe(404);
    await logged;
    expect(lines).toEqual(['GET /claims/12 200 7ms', 'GET /nowhere 404 7ms']);
  });

  it('names the address the server is bound to', () => {
    expect(listeningUrl({ address: '127.0.0.1', family: 'IPv4', port: 3000 })).toBe('http://127.0.0.1:3000');
    expect(listeningUrl({ address: '::1', family: 'IPv6', port: 8080 })).toBe('http://[::1]:8080');
    expect(listeningUrl({ address: '0.0.0.0', family: 'IPv4', port: 3000 })).toBe('http://0.0.0.0:3000 (all interfaces)');
  });
});
