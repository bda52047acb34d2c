import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { CHROMIUM_PATH } from './environment.js';

/** Screenshots of every view (and of failures) are kept here as build artefacts; git ignores it. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

// One run's pictures only: stale failures from an earlier run would mislead.
rmSync(SCREENSHOT_DIR, { recursive: true, force: true });

/** Debian's Chromium, headless, with the background traffic a closed network refuses turned off. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One page in a browser context of its own: no cookies, cache or viewport left by another test. */
export interface PageSession {
  context: BrowserContext;
  page: Page;
  /** Requests that went anywhere but the server under test. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  consoleErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  serverUrl: string,
  viewport = { width: 1280, height: 900 },
  /**
   * bypassCSP lets a test add its own scripts (axe-core) despite the server's content security
   * policy; javaScriptEnabled false shows a page as its HTML alone draws it.
   */
  {
    bypassCSP = false,
    acceptDownloads = false,
    javaScriptEnabled = true,
  }: { bypassCSP?: boolean; acceptDownloads?: boolean; javaScriptEnabled?: boolean } = {},
): Promise<PageSession> {
  const context = await browser.newContext({
    baseURL: serverUrl,
    viewport,
    bypassCSP,
    acceptDownloads,
    javaScriptEnabled,
  });
  const page = await context.newPage();
  const origin = new URL(serverUrl).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  // Pages that answered 404 on purpose (an unknown address): Chromium logs their status as an error.
  const notFoundPages = new Set<string>();
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().isNavigationRequest()) notFoundPages.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/^Failed to load resource: .* 404/.test(message.text()) && notFoundPages.has(message.location().url)) return;
    consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    page,
    foreignRequests,
    consoleErrors,
    async screenshot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => context.close(),
  };
}

/** The answer to the next GraphQL operation of that name the page sends (start waiting before it is sent). */
export function graphqlResponse(page: Page, operationName: string): Promise<Response> {
  return page.waitForResponse((response) => {
    const request = response.request();
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return false;
    const body = request.postDataJSON() as { operationName?: unknown } | null;
    return body?.operationName === operationName;
  });
}

/**
 * Starts counting the page's layout shifts from its first paint on (call before it loads); the
 * returned function gives their sum so far, as Cumulative Layout Shift adds them up.
 */
export async function countLayoutShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () =>
    page.evaluate(() =>
      (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0),
    );
}
