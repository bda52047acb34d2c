import { startServer, type RunningServer } from '@parley/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { launchBrowser, openPage, type PageSession } from '../support/browser.js';
import { describeInBrowser } from '../support/environment.js';
import { explorer } from './explorer.js';

describeInBrowser('the explorer in Chromium', () => {
  // One server and one browser for the file; each test gets a page of its own.
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let session: PageSession;
  let ui: ReturnType<typeof explorer>;

  beforeAll(async () => {
    server = await startServer('sqlite');
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    session = await openPage(browser!, server!.url);
    ui = explorer(session.page);
  });
  afterEach(async ({ task }) => {
    try {
      // Keep a picture of every view, and of any failure, as a build artefact.
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await session.screenshot(`${task.result?.state === 'fail' ? 'FAILED-' : ''}${name}`);
    } finally {
      await session.close();
    }
    // Whatever a test did, it kept every request on the server and the console free of errors.
    expect(session.foreignRequests, 'requests that left the server under test').toEqual([]);
    expect(session.consoleErrors, 'console errors').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('searches actors by name from the first page', async () => {
    await ui.open('/');
    await ui.searchActors('maduro');
    await ui.expectActorListed('Nicolás Maduro');
    await session.page.getByRole('heading', { name: 'Negotiations' }).waitFor();
  });

  it('finds Colombia among those who pressured Maduro, with the quoted words', async () => {
    await ui.openActor('nicolas-maduro');
    const relation = await ui.expectPressuredBy('Colombia', 'criticized', /criticizing Maduro/);
    expect(await relation.textContent()).toMatch(/Says who/);
  });

  it('follows that evidence to the reader and sees the span highlighted', async () => {
    await ui.openActor('nicolas-maduro');
    const relation = await ui.expectPressuredBy('Colombia', 'criticized', /criticizing Maduro/);
    await ui.followEvidence(relation);
    await session.page.waitForURL(/\/documents\/us-venezuela-talks-2024-04-11#\d+-\d+$/);
    const [start, end] = new URL(session.page.url()).hash.slice(1).split('-').map(Number);
    await ui.expectHighlighted(start!, end!);
    expect(await session.page.getByRole('complementary', { name: /Facts supported/ }).textContent()).toMatch(
      /criticized/,
    );
  });

  it('filters the network to pressure only', async () => {
    await ui.open('/network');
    await ui.filterNetworkTo(['Pressure']);
    expect(session.page.url()).toMatch(/categories=PRESSURE$/);
    await session.page.locator('.network-graph canvas').first().waitFor();
    await session.page.getByText(/^All \d+ relations shown/).click();
    const listed = await session.page.locator('details li').allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.join('\n')).not.toMatch(/ met with | barred /);
    expect(listed.join('\n')).toMatch(/criticized/);
  });

  it('focuses the network on one actor, with the neighbourhood the server computes', async () => {
    await ui.open('/network?focus=nicolas-maduro');
    await session.page.locator('.network-graph canvas').first().waitFor();
    await session.page.getByText(/^All \d+ relations shown/).click();
    const listed = await session.page.locator('details li').allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    for (const line of listed) expect(line).toMatch(/Nicolás Maduro/);
  });

  it('finds a path from Petro to Machado', async () => {
    await ui.open('/paths');
    await ui.pickActor('From', 'petro', 'Gustavo Petro');
    await ui.pickActor('To', 'machado', 'Maria Corina Machado');
    await session.page
      .getByRole('heading', { name: /hops?: Gustavo Petro → .* → Maria Corina Machado/ })
      .first()
      .waitFor();
    expect(session.page.url()).toMatch(/from=gustavo-petro/);
    expect(await session.page.locator('.path .evidence q').count()).toBeGreaterThan(0);
  });

  it('reloads a deep link', async () => {
    await ui.open('/timeline#mexico-city-meeting-2024-04-09');
    await session.page.reload();
    const item = session.page.locator('#mexico-city-meeting-2024-04-09');
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Secret US–Venezuela meeting in Mexico City/);
    expect(await item.textContent()).toMatch(/9 Apr 2024/);
  });

  it('shows the who-pressured-whom matrix and the timeline precision honestly', async () => {
    await ui.open('/pressure');
    await session.page.getByRole('button', { name: /Colombia criticized Nicolás Maduro/ }).click();
    await session.page.getByRole('heading', { name: 'Evidence' }).waitFor();
    await ui.open('/timeline');
    const text = await session.page.locator('.timeline').textContent();
    expect(text).toMatch(/week of 8 Apr 2024/);
    expect(text).toMatch(/Oct 2023/);
    expect(text).toMatch(/by end of 2024/);
  });

  it('runs the example query in the playground', async () => {
    await ui.openPlayground('WhoPressuredMaduro');
    await session.page.getByRole('button', { name: /Execute query/i }).click();
    await session.page.locator('.result-window').getByText('"Nicolás Maduro"').waitFor({ timeout: 15_000 });
  });

  it('renders every view, at desktop and phone width, keeping a picture of each', async () => {
    const views = {
      overview: '/',
      network: '/network',
      pressure: '/pressure',
      actor: '/actors/nicolas-maduro',
      timeline: '/timeline',
      statements: '/statements',
      figures: '/figures',
      documents: '/documents',
      reader: '/documents/us-venezuela-talks-2024-04-11',
      paths: '/paths?from=gustavo-petro&to=maria-corina-machado',
      playground: '/playground',
      'not-found': '/no/such/page',
    };
    for (const [width, suffix] of [
      [1280, 'desktop'],
      [375, 'phone'],
    ] as const) {
      await session.page.setViewportSize({ width, height: 900 });
      for (const [name, path] of Object.entries(views)) {
        await ui.open(path);
        await session.page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'attached' });
        await session.screenshot(`view-${name}-${suffix}`);
      }
    }
  });

  it('is readable on a phone-width screen', async () => {
    await session.page.setViewportSize({ width: 375, height: 800 });
    await ui.openActor('nicolas-maduro');
    const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
