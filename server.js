// Production server: serves the Remix build with compression and security headers.
import compression from 'compression';
import express from 'express';
import { createRequestHandler } from '@remix-run/express';

const build = await import('./build/server/index.js');
const app = express();
app.disable('x-powered-by');
app.use(compression());
app.use((_req, res, next) => {
  res.set({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  });
  next();
});
app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }));
app.use(express.static('build/client', { maxAge: '1h' }));
app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));
app.all('*', createRequestHandler({ build }));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
app.listen(port, host, () => console.log(`Claimdesk listening on http://localhost:${port}`));
