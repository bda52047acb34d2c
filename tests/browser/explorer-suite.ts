import { startServer, type RunningServer } from '@parley/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, openPage, type PageSession } from '../support/browser.js';
import { explorer } from './explorer.js';

export interface ExplorerSuite {
  session: PageSession;
  ui: ReturnType<typeof explorer>;
  /** The server under test (its database, for specs that add users). */
  server: RunningServer;
}

/**
 * One server and one browser for a spec file; each test gets a page of its own, a screenshot
 * afterwards (FAILED-… when it failed), and the checks every test keeps: no request left the
 * server under test and the console stayed free of errors. Read `suite.session` and `suite.ui`
 * inside tests.
 */
export function useExplorer(options: { bypassCSP?: boolean; acceptDownloads?: boolean } = {}): ExplorerSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const suite = {} as ExplorerSuite;
  beforeAll(async () => {
    server = await startServer('sqlite');
    suite.server = server;
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    suite.session = await openPage(browser!, server!.url, undefined, options);
    suite.ui = explorer(suite.session.page);
  });
  afterEach(async ({ task }) => {
    const { session } = suite;
    try {
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await session.screenshot(`${task.result?.state === 'fail' ? 'FAILED-' : ''}${name}`);
    } finally {
      await session.close();
    }
    expect(session.foreignRequests, 'requests that left the server under test').toEqual([]);
    expect(session.consoleErrors, 'console errors').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return suite;
}
