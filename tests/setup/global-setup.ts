import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { findChromium } from '../helpers/chromium';

/**
 * Builds the app and the scripts for the tests that run the real server
 * (HTTP and browser) when the build is missing or older than the sources
 * (as npm start does), and says loudly when the browser tests will be skipped.
 */
export default function setup() {
  mkdirSync('tmp', { recursive: true });
  if (!findChromium()) {
    const msg = 'BROWSER TESTS SKIPPED: no Chromium found (apt-get install -y chromium)';
    if (process.env.CLAIMDESK_REQUIRE_BROWSER) throw new Error(`${msg}; CLAIMDESK_REQUIRE_BROWSER is set`);
    console.warn(`\n${'!'.repeat(msg.length)}\n${msg}\n${'!'.repeat(msg.length)}\n`);
  }
  try {
    // The build script sets NODE_ENV=production for vite whatever vitest set: the server under test is the build users get.
    execSync('node scripts/build.mjs --if-stale', { stdio: 'pipe' });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the app did not build for the server tests:\n${err.stderr ?? ''}\n${err.stdout ?? ''}`);
  }
}
