import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { createEditor, editing, PASSWORD } from './editing.js';
import { useExplorer } from './explorer-suite.js';

/** A paragraph the reader proposes nothing for: it puts the article's facts a screen or more apart. */
const QUIET = 'Nothing else of note happened that afternoon, and the streets stayed calm.\n\n'.repeat(12);

/**
 * A short wire story with a meeting, a relation, a statement and a figure for the reader to
 * propose; the wire's name opening it is who reports them.
 */
const MEETING = 'Gustavo Petro met Nicolás Maduro in Caracas on Tuesday';
const URGING = 'United States urged Venezuela';
/** The relation's own words: the reader also proposes the actors it names, whose names it shares. */
const URGED = ' urged ';
const QUOTE = 'We will not be pressured';
const FIGURE = 'Oil sales brought $2 billion last year';
const ARTICLE =
  `(Bloomberg) -- ${MEETING}.\n\n${QUIET}The ${URGING} to hold a fair vote.\n\n${QUIET}` +
  `Jorge Rodríguez said: “${QUOTE}.”\n\n${FIGURE}, according to officials.`;
const SLUG = 'petro-meets-maduro';

/** Steps of an editor reviewing suggested facts in the reader. */
function reviewing(page: Page) {
  const layers = page.getByRole('group', { name: 'Highlight' });
  const queue = page.getByRole('listbox', { name: /^Pending suggestions/ });
  const article = page.locator('.article-text');
  return {
    queue,
    /** The highlighted run that starts where `words` start in the article (`within` them, if given). */
    markAt: (words: string, within = '') =>
      article.locator(`mark[data-start="${ARTICLE.indexOf(words) + words.indexOf(within)}"]`),
    /** The suggestions layer's checkbox, named by its label and count. */
    suggestionsLayer: () => layers.getByRole('checkbox', { name: /^Suggestions/ }),
    /** The number the legend gives for a layer. */
    async count(label: string) {
      const text = await layers.locator('label').filter({ hasText: label }).locator('.muted').textContent();
      return Number(/\((\d+)\)/.exec(text ?? '')?.[1]);
    },
    /** The queue's option for the suggestion quoting `words`. */
    option: (words: string) => queue.getByRole('option').filter({ hasText: words }),
    /** The option the keys act on. */
    current: () => queue.getByRole('option', { selected: true }),
    /** The highlighted runs marked as the words of the suggestion under review. */
    currentMarks: () => article.locator('mark[aria-current="true"]'),
    /** Whether `words`' run is on screen. */
    async onScreen(words: string) {
      return this.markAt(words).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    },
    async press(key: string) {
      await queue.focus();
      await page.keyboard.press(key);
    },
  };
}

describeInBrowser('reviewing suggested facts in the reader', () => {
  const suite = useExplorer({ bypassCSP: true });

  it(
    'shows an editor the suggestions as a layer of their own, accepts, rejects and edits them from the keyboard, and shows a reader none',
    { timeout: 120_000 },
    async () => {
      const { session, server, ui } = suite;
      const { page } = session;
      const editor = editing(page);
      const review = reviewing(page);
      await createEditor(server.databaseUrl, 'carla');
      await ui.open('/');
      await editor.signIn('carla', PASSWORD);

      // A new article: the reader proposes its facts as it is saved.
      await page.getByRole('banner').getByRole('link', { name: 'New article' }).click();
      await page.getByRole('heading', { level: 1, name: 'New article' }).waitFor();
      await page.getByLabel('Title').fill('Petro meets Maduro');
      await page.getByLabel('Published').fill('2024-05-02');
      await page.getByLabel('Text', { exact: true }).fill(ARTICLE);
      await page.getByRole('button', { name: 'Save and open in the reader' }).click();
      await page.waitForURL(new RegExp(`/documents/${SLUG}$`));

      // The suggestions layer is listed, ticked, and outlines each suggestion's words; the queue lists them.
      await review.queue.waitFor();
      expect(await review.suggestionsLayer().isChecked()).toBe(true);
      for (const words of [MEETING, URGING, QUOTE, FIGURE]) {
        await review.option(words).waitFor();
        expect(await review.markAt(words).getAttribute('data-category')).toBe('SUGGESTIONS');
        expect(await review.markAt(words).getAttribute('class')).toMatch(/\bsuggested\b/);
      }
      const highlighted = await review.count('Suggestions');
      expect(highlighted).toBeGreaterThanOrEqual(4);
      expect(await review.count('Pressure')).toBe(0);

      // Accessible with the queue open.
      expect(await editor.accessibilityViolations()).toEqual([]);

      // Clicking suggested words makes their suggestion the queue's current one, and marks them so.
      await review.markAt(URGING, URGED).click();
      await review.current().filter({ hasText: URGING }).waitFor();
      expect(await review.markAt(URGING, URGED).getAttribute('aria-current')).toBe('true');
      await editor.panel
        .locator('.suggested-here li[aria-current="true"]')
        .filter({ hasText: /^relation:/ })
        .waitFor();

      // `a` accepts it (with the wire's attribution it names, suggested too): its words leave the
      // suggestions layer for the relations', and the count drops.
      await review.press('a');
      // What the key did is announced.
      await page
        .getByRole('status')
        .filter({ hasText: /^Accepted:/ })
        .waitFor({ state: 'attached' });
      await review.option(URGING).waitFor({ state: 'detached' });
      await expect.poll(() => review.markAt(URGING, URGED).getAttribute('data-category')).toBe('PRESSURE');
      expect(await review.markAt(URGING, URGED).getAttribute('class')).not.toMatch(/\bsuggested\b/);
      expect(await review.count('Pressure')).toBe(1);
      expect(await review.count('Suggestions')).toBe(highlighted - 2);
      await review.markAt(URGING, URGED).click();
      await editor.factWithSummary('United States urged Venezuela').waitFor();

      // Clicking an option in the queue brings its words into view and marks them as current.
      await review.option(FIGURE).click();
      await review.current().filter({ hasText: FIGURE }).waitFor();
      expect(await review.markAt(FIGURE).getAttribute('aria-current')).toBe('true');
      await expect.poll(() => review.onScreen(FIGURE)).toBe(true);
      // `r` rejects it: its words are no longer highlighted.
      await review.press('r');
      await review.option(FIGURE).waitFor({ state: 'detached' });
      expect(await review.markAt(FIGURE).count()).toBe(0);
      expect(await review.count('Suggestions')).toBe(highlighted - 3);

      // The keys move through the queue; the reader follows, scrolling to the current suggestion's words.
      const queued = await review.queue.getByRole('option').allTextContents();
      const meetingAt = queued.findIndex((text) => text.includes(MEETING));
      const quoteAt = queued.findIndex((text) => text.includes(QUOTE));
      expect(meetingAt).toBeGreaterThanOrEqual(0);
      expect(quoteAt).toBeGreaterThanOrEqual(0);
      await review.option(QUOTE).click();
      const step = meetingAt > quoteAt ? 'j' : 'k';
      for (let moved = 0; moved < Math.abs(meetingAt - quoteAt); moved++) await review.press(step);
      await review.current().filter({ hasText: MEETING }).waitFor();
      expect(await review.currentMarks().first().getAttribute('data-start')).toBe(String(ARTICLE.indexOf(MEETING)));
      await expect.poll(() => review.onScreen(MEETING)).toBe(true);
      expect(await review.onScreen(QUOTE)).toBe(false);

      // `e` opens a suggested event in the event form, filled in from the suggestion.
      await review.press('e');
      await editor.dialog.getByRole('heading', { name: 'Edit the suggested fact' }).waitFor();
      expect(await editor.dialog.getByLabel('Title').inputValue()).toBe(MEETING);
      expect(await editor.dialog.getByLabel('Kind of event').inputValue()).toBe('MEETING');
      expect(await editor.dialog.getByLabel('Place (optional)').inputValue()).toBe('Caracas');
      expect(await editor.dialog.getByLabel('Date, in the article’s words (optional)').inputValue()).toBe('Tuesday');
      await editor.dialog.getByRole('combobox', { name: 'Participant 2' }).waitFor();
      await editor.dialog.getByRole('button', { name: 'Cancel' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await review.option(MEETING).waitFor();

      // `e` on the suggested statement: the statement form, filled in; corrected and saved, it is accepted.
      await review.option(QUOTE).click();
      await review.press('e');
      await editor.dialog.getByRole('heading', { name: 'Edit the suggested fact' }).waitFor();
      const said = editor.dialog.getByLabel('What was said');
      expect(await said.inputValue()).toBe(QUOTE);
      expect(await editor.dialog.getByLabel('Kind of statement').inputValue()).toBe('QUOTE');
      const preview = editor.dialog.getByRole('region', { name: 'Preview' });
      await preview.getByText('Jorge Rodríguez').waitFor();
      expect(await editor.accessibilityViolations()).toEqual([]);
      await said.fill(`${QUOTE}.`);
      await editor.dialog.getByRole('button', { name: 'Save statement' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await review.option(QUOTE).waitFor({ state: 'detached' });
      expect(await review.count('Suggestions')).toBe(highlighted - 4);
      await ui.toggleLayer('Statements');
      await expect.poll(() => review.markAt(QUOTE).getAttribute('data-category')).toBe('STATEMENTS');
      await review.markAt(QUOTE).click();
      await editor.panel.getByText(`Statement (quote) by Jorge Rodríguez: ${QUOTE}.`).waitFor();

      // Signed out, the reader shows no suggestion: no layer, no outlined words, no queue.
      await editor.signOut();
      await ui.open(`/documents/${SLUG}`);
      await review.markAt(URGING).waitFor();
      expect(await review.suggestionsLayer().count()).toBe(0);
      expect(await page.locator('.article-text mark.suggested').count()).toBe(0);
      expect(await review.markAt(MEETING).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Suggestions to review' }).count()).toBe(0);
    },
  );
});
