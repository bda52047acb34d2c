import { startServer, type RunningServer } from '@parley/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { launchBrowser, openPage, type PageSession } from '../support/browser.js';
import { describeInBrowser } from '../support/environment.js';
import { explorer } from './explorer.js';
import { siteSearch } from './site-search.js';

describeInBrowser('the search box in Chromium', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let session: PageSession;
  let ui: ReturnType<typeof explorer>;
  let search: ReturnType<typeof siteSearch>;

  beforeAll(async () => {
    server = await startServer('sqlite');
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    session = await openPage(browser!, server!.url);
    ui = explorer(session.page);
    search = siteSearch(session.page);
  });
  afterEach(async ({ task }) => {
    try {
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await session.screenshot(`${task.result?.state === 'fail' ? 'FAILED-' : ''}search-${name}`);
    } finally {
      await session.close();
    }
    expect(session.foreignRequests, 'requests that left the server under test').toEqual([]);
    expect(session.consoleErrors, 'console errors').toEqual([]);
  });
  /** The words the reader marks as the deep link's target, joined. */
  async function targetText(): Promise<string> {
    return (await session.page.locator('mark.target').allTextContents()).join('');
  }

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('focuses the search box when "/" is pressed anywhere on a page, without typing it', async () => {
    await ui.open('/timeline');
    await session.page.keyboard.press('/');
    await expect.poll(() => search.box.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await search.box.inputValue()).toBe('');
  });

  it('finds the $2 billion figure, marks its words and opens the reader at them', async () => {
    await ui.open('/');
    await search.search('$2 billion');
    // The box asks as it is typed in: wait for the answer to the whole text, not a shorter one.
    await expect.poll(() => search.markedWords('Figures')).toEqual([['2', 'billion']]);
    const figure = search.group('Figures').getByRole('option');
    expect(await figure.innerText()).toMatch(/\$2 billion in oil revenues/);
    await figure.click();
    await session.page.waitForURL(/\/documents\/[^/#]+#\d+-\d+$/);
    const [start, end] = new URL(session.page.url()).hash.slice(1).split('-').map(Number);
    await ui.expectHighlighted(start!, end!);
    expect(await targetText()).toMatch(/\$2 billion/);
  });

  it('finds the statements that "declined", and reaches them with the keyboard alone', async () => {
    await ui.open('/');
    await session.page.keyboard.press('/');
    await session.page.keyboard.type('declined');
    await search.results.waitFor();
    // The box searches as the user types: the list may still show an earlier prefix's results.
    await expect.poll(() => search.markedWords('Statements')).toEqual([['declined'], ['declined']]);
    expect(await search.groupLabels()).toEqual(expect.arrayContaining(['Statements', 'In the article text']));
    // Walk down to the first statement: the arrows move the active option, the focus stays in the box.
    const firstStatement = await search.group('Statements').getByRole('option').first().innerText();
    for (let step = 0; step < 20 && (await search.activeOption()) !== firstStatement; step++) {
      await session.page.keyboard.press('ArrowDown');
    }
    expect(await search.activeOption()).toBe(firstStatement);
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/\/documents\/[^/#]+#\d+-\d+$/);
    await session.page.locator('mark.target').first().waitFor();
    expect(await targetText()).toMatch(/declined to comment/);
  });

  it('finds the Mexico City meeting first, among the events', async () => {
    await ui.open('/');
    await search.search('Mexico City');
    await expect.poll(async () => (await search.groupLabels())[0]).toBe('Events');
    const meeting = search.group('Events').getByRole('option').first();
    expect(await meeting.innerText()).toMatch(/Secret US–Venezuela meeting in Mexico City/);
    expect(await meeting.locator('mark').allTextContents()).toEqual(['Mexico', 'City', 'Mexico', 'City']);
    // Escape closes the list, and leaves what was typed.
    await session.page.keyboard.press('Escape');
    await expect.poll(() => search.box.getAttribute('aria-expanded')).toBe('false');
    expect(await search.box.inputValue()).toBe('Mexico City');
  });

  it('has no serious or critical accessibility violation with its results open', async () => {
    await ui.open('/');
    await search.search('Venezuela');
    expect(await search.box.getAttribute('aria-expanded')).toBe('true');
    expect(await search.accessibilityViolations()).toEqual([]);
  });
});
