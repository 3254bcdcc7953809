import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { findChromium } from '../helpers/chromium';

/**
 * Builds the app once for the tests that run the real server (HTTP and
 * browser), and says loudly when the browser tests will be skipped.
 */
export default function setup() {
  mkdirSync('tmp', { recursive: true });
  if (!findChromium()) {
    const msg = 'BROWSER TESTS SKIPPED: no Chromium found (apt-get install -y chromium)';
    if (process.env.CLAIMDESK_REQUIRE_BROWSER) throw new Error(`${msg}; CLAIMDESK_REQUIRE_BROWSER is set`);
    console.warn(`\n${'!'.repeat(msg.length)}\n${msg}\n${'!'.repeat(msg.length)}\n`);
  }
  try {
    // Vitest sets NODE_ENV=test; the server under test must be the production build users get.
    execSync('npx remix vite:build', { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the app did not build for the server tests:\n${err.stderr ?? ''}\n${err.stdout ?? ''}`);
  }
}
