// Production server: serves the Remix build with compression and security headers.
import compression from 'compression';
import express from 'express';
import { CROSS_SITE_MESSAGE, isCrossSite } from './app/utils/cross-site.js';
import { refuseDeclaredOversize } from './app/utils/body-limit.js';
import { createRequestHandler } from './app/utils/remix-express.js';
import { closeGracefully } from './app/utils/graceful-shutdown.js';
import { listeningUrl, logRequests } from './app/utils/request-log.js';

const build = await import('./build/server/index.js');
const app = express();
app.disable('x-powered-by');
// Behind a reverse proxy, TRUST_PROXY=1 (or the number of proxies) lets the app
// read X-Forwarded-For/-Proto/-Host; without it those headers are ignored.
const trustProxy = process.env.TRUST_PROXY;
if (trustProxy && !/^(0|false|no|off)$/i.test(trustProxy)) {
  app.set('trust proxy', Number.isInteger(Number(trustProxy)) ? Number(trustProxy) : 1);
}
app.use(logRequests());
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
// Bodies over 6 MB get a 413 (chunked ones as they are read: app/utils/remix-express.js).
app.use(refuseDeclaredOversize());
app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }));
app.use(express.static('build/client', { maxAge: '1h' }));
app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));
const remix = createRequestHandler({
  build,
  // The TCP peer's address, for login throttling (app/utils/client-ip.server.ts).
  getLoadContext: (req) => ({ clientAddress: req.socket.remoteAddress }),
});
app.all('*', remix);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const server = app.listen(port, host, () => console.log(`Claimdesk listening on ${listeningUrl(server.address())}`));
// SIGTERM: requests in flight finish (up to 20 s), then the database closes.
closeGracefully(server, { cleanup: () => build.entry.module.shutdown() });
