import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Intent-level steps for the explorer specs: what a reader does, not which element they click. */
export function explorer(page: Page) {
  return {
    async open(path: string) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    },
    async searchActors(text: string) {
      await page.getByLabel('Search actors by name').fill(text);
    },
    async expectActorListed(name: string) {
      await page.getByRole('link', { name, exact: true }).first().waitFor();
    },
    async openActor(slug: string) {
      await this.open(`/actors/${slug}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
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
    async expectHighlighted(start: number, end: number) {
      const mark = page.locator(`mark[data-start="${start}"]`);
      await mark.waitFor();
      expect(await mark.getAttribute('class')).toMatch(/\btarget\b/);
      const inView = await mark.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);
    },
    async filterNetworkTo(categories: string[]) {
      for (const checkbox of await page.getByRole('group', { name: 'Categories' }).getByRole('checkbox').all()) {
        const label = (await checkbox.evaluate((element) => element.parentElement?.textContent ?? '')).trim();
        const want = categories.includes(label);
        if ((await checkbox.isChecked()) !== want) await checkbox.click();
      }
      await page.waitForLoadState('networkidle');
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
