// Production server: serves the Remix build with compression and security headers.
import compression from 'compression';
import express from 'express';
import { createRequestHandler } from '@remix-run/express';
import { CROSS_SITE_MESSAGE, isCrossSite } from './app/utils/cross-site.js';

const build = await import('./build/server/index.js');
const app = express();
app.disable('x-powered-by');
// Behind a reverse proxy, TRUST_PROXY=1 (or the number of proxies) lets the app
// read X-Forwarded-For/-Proto/-Host; without it those headers are ignored.
const trustProxy = process.env.TRUST_PROXY;
if (trustProxy && !/^(0|false|no|off)$/i.test(trustProxy)) {
  app.set('trust proxy', Number.isInteger(Number(trustProxy)) ? Number(trustProxy) : 1);
}
app.use(compression());
app.use((_req, res, next) => {
  res.set({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  });
  next();
});
// Cross-site form posts are refused here, before Remix, for every route: a
// clear 403 rather than the 500 of Remix's own Origin check.
app.use((req, res, next) => {
  const forwardedHost = app.get('trust proxy') ? req.get('X-Forwarded-Host')?.split(',')[0]?.trim() : undefined;
  const crossSite = isCrossSite({
    method: req.method,
    host: forwardedHost || req.get('Host'),
    origin: req.get('Origin'),
    referer: req.get('Referer'),
  });
  if (crossSite) return res.status(403).type('text/plain').send(CROSS_SITE_MESSAGE);
  next();
});
// No form in Claimdesk needs more than an article (5 MB) plus its fields:
// refuse larger bodies before anything reads them.
const MAX_BODY_BYTES = 6 * 1024 * 1024;
app.use((req, res, next) => {
  if (Number(req.get('Content-Length') ?? 0) > MAX_BODY_BYTES) {
    return res.status(413).type('text/plain').send('The request is larger than 6 MB; articles may be at most 5 MB.');
  }
  next();
});
app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }));
app.use(express.static('build/client', { maxAge: '1h' }));
app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));
app.all(
  '*',
  createRequestHandler({
    build,
    // The TCP peer's address, for login throttling (app/utils/client-ip.server.ts).
    getLoadContext: (req) => ({ clientAddress: req.socket.remoteAddress }),
  }),
);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
app.listen(port, host, () => console.log(`Claimdesk listening on http://localhost:${port}`));
