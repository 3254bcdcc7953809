import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ADMIN, startAppServer, type AppServer } from './app-server';
import { launchBrowser, signIn } from './browser';

export interface SignedInBrowser {
  app: AppServer;
  browser: BrowserContext;
  page: Page;
  /** Uncaught errors thrown in the page, in order. */
  pageErrors: string[];
}

/**
 * Registers beforeAll/afterAll for a describe block: starts the built app on
 * its own database, opens Chromium and signs in as the admin. Read the fields
 * inside tests (they are set once beforeAll has run).
 */
export function useSignedInBrowser(options: { demoArticle?: boolean } = {}): SignedInBrowser {
  const session = { pageErrors: [] as string[] } as SignedInBrowser;
  beforeAll(async () => {
    session.app = await startAppServer(options);
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage();
    session.page.on('pageerror', (e) => session.pageErrors.push(e.message));
    await signIn(session.page, session.app.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.stop();
  });
  return session;
}
