import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where axe-core's browser build is, to inject into a page. */
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Intent-level steps for the header's search box: what a reader types, sees and picks. */
export function siteSearch(page: Page) {
  const box = page.getByRole('combobox', { name: 'Search Parley' });
  const results = page.getByRole('listbox', { name: 'Search results' });
  return {
    box,
    results,
    /** Types into the search box (as a reader would, key by key) and waits for the results. */
    async search(text: string) {
      await box.click();
      await box.fill('');
      await box.pressSequentially(text);
      await results.waitFor();
    },
    /** The group of results of one kind ("Figures"), as a locator. */
    group(label: string) {
      return results.getByRole('group', { name: label });
    },
    /** The words marked in each option of a group, option by option. */
    async markedWords(label: string): Promise<string[][]> {
      const options = await this.group(label).getByRole('option').all();
      return Promise.all(options.map((option) => option.locator('mark').allTextContents()));
    },
    /** The labels of the groups, top to bottom. */
    async groupLabels(): Promise<string[]> {
      return results.locator('[role="group"] > [role="presentation"]').allTextContents();
    },
    /** The option the keyboard points at (aria-activedescendant), by its text. */
    async activeOption(): Promise<string> {
      const id = await box.getAttribute('aria-activedescendant');
      expect(id, 'an active option').toBeTruthy();
      return page.locator(`[id="${id}"]`).innerText();
    },
    /** axe-core's serious and critical findings on the open search box and its results. */
    async accessibilityViolations(): Promise<AxeViolation[]> {
      // Evaluated through the browser's debugging protocol: the page's content security policy
      // (rightly) refuses a script tag that is not its own.
      await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> };
          }
        ).axe;
        return (await axe.run({ include: [['.site-search']] })).violations;
      });
      return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    },
  };
}
