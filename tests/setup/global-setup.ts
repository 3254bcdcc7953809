import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { findChromium } from '../helpers/chromium';

/** Builds the app once for the browser tests, or says loudly why they will be skipped. */
export default function setup() {
  mkdirSync('tmp', { recursive: true });
  const chromium = findChromium();
  if (!chromium) {
    const msg = 'BROWSER TESTS SKIPPED: no Chromium found (apt-get install -y chromium)';
    if (process.env.CLAIMDESK_REQUIRE_BROWSER) throw new Error(`${msg}; CLAIMDESK_REQUIRE_BROWSER is set`);
    console.warn(`\n${'!'.repeat(msg.length)}\n${msg}\n${'!'.repeat(msg.length)}\n`);
    return;
  }
  try {
    execSync('npx remix vite:build', { stdio: 'pipe' });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the app did not build for the browser tests:\n${err.stderr ?? ''}\n${err.stdout ?? ''}`);
  }
}
