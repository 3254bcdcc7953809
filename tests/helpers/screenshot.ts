import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Saves a full-page PNG under tmp/screenshots for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('tmp/screenshots', { recursive: true });
  await page.screenshot({ path: `tmp/screenshots/${name}.png`, fullPage: false });
}
