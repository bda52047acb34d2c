import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { graphqlResponse } from '../support/browser.js';

/** Intent-level steps for the explorer specs: what a reader does, not which element they click. */
export function explorer(page: Page) {
  return {
    /**
     * Opens a route and waits for its title (views that load data show it once the data is there),
     * drawn by the app: a view the server rendered shows before the app has taken it over.
     */
    async open(path: string) {
      await page.goto(path);
      await this.appDrawn();
    },
    /** Waits until the app has drawn the view and its title (see open). */
    async appDrawn() {
      await page.waitForFunction(() => !document.querySelector('[data-rendered-by-server]'));
      // attached, not visible: the playground's title is for screen readers only.
      await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'attached' });
    },
    /**
     * Opens a route from within the app, as a link does (no new page): the view asks the API for
     * its data itself, where a page the server rendered brings its answers along.
     */
    async navigate(path: string) {
      await page.evaluate((to) => {
        window.history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
      await this.appDrawn();
    },
    async searchActors(text: string) {
      await page.getByLabel('Search actors by name').fill(text);
    },
    async expectActorListed(name: string) {
      await page.getByRole('link', { name, exact: true }).first().waitFor();
    },
    async openActor(slug: string) {
      await this.open(`/actors/${slug}`);
    },
    /** On an actor page: the incoming relation by `source` of `kind`, with the quoted words. */
    async expectPressuredBy(sourceName: string, kind: string, quotePart: RegExp) {
      const incoming = page.getByRole('region', { name: /^What was done to/ });
      const relation = incoming
        .locator('article.relation')
        .filter({ has: page.getByRole('link', { name: sourceName, exact: true }) })
        .filter({ hasText: kind });
      await relation.first().waitFor();
      const quote = relation.first().locator('.evidence q');
      expect(await quote.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(quotePart)]));
      return relation.first();
    },
    /** Follows the first quoted words of a fact to their place in the reader. The pointer then
     *  leaves the page's content, so that wherever the link sat, the reader does not open with
     *  some other passage under the pointer (hovering a passage shows its facts). */
    async followEvidence(fact: Locator) {
      await fact.locator('.evidence a').first().click();
      await page.mouse.move(0, 0);
      await page.waitForURL(/\/documents\/[^/#]+#\d+-\d+$/);
    },
    /** In the reader: the words from `start` to `end` are marked as the target, and scrolled into view. */
    async expectHighlighted(start: number, end: number) {
      const targets = page.locator('mark.target');
      await targets.first().waitFor();
      const spans = await targets.evaluateAll((marks) =>
        marks.map((mark) => [Number(mark.getAttribute('data-start')), Number(mark.getAttribute('data-end'))]),
      );
      expect([spans[0]?.[0], spans.at(-1)?.[1]]).toEqual([start, end]);
      const inView = await targets.first().evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);
    },
    /** On the network view: ticks exactly these categories and waits until the graph shows their relations. */
    async filterNetworkTo(categories: string[]) {
      for (const checkbox of await page.getByRole('group', { name: 'Categories' }).getByRole('checkbox').all()) {
        const label = (await checkbox.evaluate((element) => element.parentElement?.textContent ?? '')).trim();
        const want = categories.includes(label);
        if ((await checkbox.isChecked()) === want) continue;
        // Every tick is a new filter, and a new query; the view stays busy until its answer is drawn.
        const answered = graphqlResponse(page, 'NetworkQuery');
        await checkbox.click();
        await answered;
      }
      await page.locator('.network-layout[aria-busy="false"]').waitFor();
    },
    /** Opens the playground once GraphiQL can run a query: until both its editors exist, Execute does nothing. */
    async openPlayground(exampleOperation: string) {
      await this.open('/playground');
      await page.locator('.graphiql-query-editor .view-lines').getByText(exampleOperation).waitFor();
      await page.locator('.result-window .monaco-editor').waitFor({ state: 'attached' });
    },
    /** In the reader: the layers of the highlighted words, each once, sorted. */
    async highlightedLayers() {
      // The text shows plain while the evidence pages in; the highlights come with the last page.
      await page.locator('.article-text mark').first().waitFor();
      const layers = await page
        .locator('.article-text mark')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-category') ?? ''));
      return [...new Set(layers)].sort();
    },
    async toggleLayer(label: string) {
      await page.getByRole('group', { name: 'Highlight' }).getByRole('checkbox', { name: label }).click();
    },
    /** In the reader: the names of the layers ticked. */
    async tickedLayers() {
      const group = page.getByRole('group', { name: 'Highlight' });
      const ticked: string[] = [];
      for (const box of await group.getByRole('checkbox').all()) {
        if (await box.isChecked())
          ticked.push(
            (
              await box.evaluate((el) => el.closest('label')?.querySelector('.legend-sample')?.textContent ?? '')
            ).trim(),
          );
      }
      return ticked;
    },
    /** On /statements: who spoke (or did not), in the order listed, once the list is there. */
    async statementSpeakers() {
      await page.locator('.statement-list[aria-busy="false"] > li').first().waitFor();
      return page.locator('.statement-list > li .statement-head .actor-link').allTextContents();
    },
    async statementKinds() {
      await page.locator('.statement-list[aria-busy="false"] > li').first().waitFor();
      return page.locator('.statement-list > li .statement-head .kind-label').allTextContents();
    },
    async pickActor(label: string, typed: string, name: string) {
      await page.getByRole('combobox', { name: label }).fill(typed);
      await page
        .getByRole('option', { name: new RegExp(name) })
        .first()
        .click();
    },
  };
}
