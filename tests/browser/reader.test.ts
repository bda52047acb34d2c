import { seedStoryPath } from '@parley/story';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { useExplorer } from './explorer-suite.js';

const READER = '/documents/us-venezuela-talks-2024-04-11';

/** The finder's count ("3 of 9"), once it says one. */
async function findCount(page: Page): Promise<string> {
  const status = page.getByRole('search', { name: 'Find in the article' }).getByRole('status');
  await status.filter({ hasText: /\S/ }).waitFor();
  return (await status.textContent())!.trim();
}

/** The words the finder marks as the current match, and whether they are on screen. */
function currentMatch(page: Page) {
  return page.evaluate(() => {
    const ranges: AbstractRange[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name === 'find-current') highlight.forEach((range) => ranges.push(range));
    });
    const current = ranges[0] instanceof Range ? ranges[0] : null;
    const box = current?.getBoundingClientRect();
    return {
      words: ranges.map((range) => (range instanceof Range ? range.toString() : '')),
      onScreen: Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight),
    };
  });
}

/** Waits until the window has scrolled to about `y` (the router restores it after a render). */
async function expectScrolledTo(page: Page, y: number) {
  await page.waitForFunction((want) => Math.abs(window.scrollY - want) <= 2, y);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThanOrEqual(2);
}

describeInBrowser('the reader', () => {
  const suite = useExplorer();

  it('highlights only the layers ticked, the relations at first', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open(READER);
    expect(await ui.highlightedLayers()).toEqual(['COERCION', 'DIPLOMACY', 'PRESSURE', 'SUPPORT']);
    await ui.toggleLayer('Statements');
    expect(await ui.highlightedLayers()).toContain('STATEMENTS');
    await ui.toggleLayer('Pressure');
    expect(await ui.highlightedLayers()).not.toContain('PRESSURE');
    // The choice is in the address, so a link or a reload keeps it.
    await page.reload();
    await page.locator('mark').first().waitFor();
    expect(await ui.highlightedLayers()).not.toContain('PRESSURE');
    expect(await ui.highlightedLayers()).toContain('STATEMENTS');
  });

  it('opens on the layer a link came for, with the whole quote of the fact in the panel', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.openActor('nicolas-maduro');
    const relation = await ui.expectPressuredBy('Colombia', 'criticized', /criticizing Maduro/);
    const quote = (await relation.locator('.evidence q').first().textContent())!;
    await ui.followEvidence(relation);
    await page.locator('mark.target').first().waitFor();
    expect(await ui.tickedLayers()).toEqual(['Pressure']);
    const panel = page.getByRole('complementary', { name: /Facts supported/ });
    expect(await panel.locator('.fact-quote').allTextContents()).toContain(quote);

    // Pointing at other words previews nothing while a passage is pinned.
    await page.locator('mark:not(.target)').first().hover();
    expect(await panel.locator('.fact-quote').allTextContents()).toContain(quote);

    // Its place in the rest of the explorer: the relation on Colombia's page.
    await panel
      .getByRole('link', { name: /See it on Colombia’s page/ })
      .first()
      .click();
    await page.waitForURL(/\/actors\/colombia#relation-/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.locator(`[id="${anchor}"]`).waitFor();
    expect(await page.locator(`[id="${anchor}"]`).textContent()).toMatch(/criticized/);
  });

  it('finds a phrase in the article, counts its matches and steps through them', async () => {
    const { ui, session } = suite;
    const { page } = session;
    const story = JSON.parse(await readFile(seedStoryPath, 'utf8')) as { document: { textFile: string } };
    const article = await readFile(join(dirname(seedStoryPath), story.document.textFile), 'utf8');
    const times = article.match(/maduro/gi)?.length ?? 0;
    expect(times).toBeGreaterThan(2);

    await page.setViewportSize({ width: 1000, height: 500 });
    await ui.open(READER);
    await page.locator('.article-text mark').first().waitFor();
    const find = page.getByRole('searchbox', { name: 'Find in the article' });
    await find.fill('maduro');
    expect(await findCount(page)).toBe(`1 of ${times}`);
    await find.press('Enter');
    await find.press('Enter');
    await page.getByRole('status').getByText(`3 of ${times}`).waitFor();
    await find.press('Shift+Enter');
    await page.getByRole('status').getByText(`2 of ${times}`).waitFor();
    expect(await currentMatch(page)).toEqual({ words: ['Maduro'], onScreen: true });
    // Backwards past the first goes round to the last.
    await find.press('Shift+Enter');
    await find.press('Shift+Enter');
    await page.getByRole('status').getByText(`${times} of ${times}`).waitFor();
    expect((await currentMatch(page)).onScreen).toBe(true);
    await find.fill('no such words here');
    expect(await findCount(page)).toBe('no match');
  });

  it('comes Back to the reader where it was left, and to the page it was opened from', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await page.setViewportSize({ width: 1000, height: 500 });

    // From a long page: the actor's relations, scrolled down to the one followed.
    await ui.openActor('nicolas-maduro');
    const relation = await ui.expectPressuredBy('Colombia', 'criticized', /criticizing Maduro/);
    const link = relation.locator('.evidence a').first();
    await link.scrollIntoViewIfNeeded();
    const onActorPage = await page.evaluate(() => window.scrollY);
    expect(onActorPage).toBeGreaterThan(0);
    await ui.followEvidence(relation);
    await page.locator('mark.target').first().waitFor();

    // In the reader: further down, then away through the facts panel.
    await page.locator('.article-text mark').last().scrollIntoViewIfNeeded();
    const inReader = await page.evaluate(() => window.scrollY);
    const marks = page.locator('.article-text mark');
    const visible = await marks.evaluateAll((all) =>
      all.findIndex((mark) => {
        const box = mark.getBoundingClientRect();
        return box.top > 0 && box.bottom < window.innerHeight;
      }),
    );
    await marks.nth(visible).click();
    expect(await page.evaluate(() => window.scrollY)).toBe(inReader);
    await page
      .getByRole('complementary', { name: /Facts supported/ })
      .locator('.fact-place')
      .first()
      .click();
    await page.waitForURL((url) => !url.pathname.startsWith('/documents/'));

    await page.goBack();
    await page.waitForURL(/\/documents\//);
    await page.locator('.article-text mark').first().waitFor();
    await expectScrolledTo(page, inReader);

    await page.goBack();
    await page.waitForURL(/\/actors\/nicolas-maduro/);
    await expectScrolledTo(page, onActorPage);
  });
});
