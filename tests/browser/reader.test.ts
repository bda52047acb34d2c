import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { useExplorer } from './explorer-suite.js';

const READER = '/documents/us-venezuela-talks-2024-04-11';

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
});
