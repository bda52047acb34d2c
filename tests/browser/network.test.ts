import { parse as parseCsv } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { countLayoutShifts, graphqlResponse } from '../support/browser.js';
import { describeInBrowser } from '../support/environment.js';
import { useExplorer } from './explorer-suite.js';

/** Clicks a Save button or link and returns the file the browser was handed. */
async function saved(
  page: Page,
  name: string,
  role: 'button' | 'link' = 'button',
): Promise<{ name: string; content: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole(role, { name }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), content: await readFile(path) };
}

/**
 * Where the graph drew each actor (its model position), once the graph is settled: read from the
 * Cytoscape instance, which registers itself on the element it draws in.
 */
async function drawnPositions(page: Page): Promise<Record<string, [number, number]>> {
  await page.locator('.network-graph canvas').first().waitFor();
  await page.locator('.network-layout[aria-busy="false"]').waitFor();
  return page.locator('.network-graph').evaluate((element) => {
    interface Drawn {
      nodes(selector: string): {
        map<T>(each: (node: { id(): string; position(): { x: number; y: number } }) => T): T[];
      };
    }
    const { cy } = (element as unknown as { _cyreg: { cy: Drawn } })._cyreg;
    return Object.fromEntries(
      cy.nodes(':childless').map((node) => {
        const { x, y } = node.position();
        // A hundredth of a pixel: the picture's precision, and no float noise in the comparison.
        return [node.id(), [Math.round(x * 100) / 100, Math.round(y * 100) / 100]];
      }),
    );
  });
}

/** A relation as the view's query and the exported files both tell it: who did what to whom. */
interface Shown {
  kind: string;
  source: { slug: string };
  target: { slug: string };
}
const told = (source: string, kind: string, target: string) => `${source} ${kind} ${target}`;

/**
 * Saves the view's CSV and GraphML from their links and reads them back: the relations of the CSV
 * (one row a quote, so one relation per document and key), and the GraphML's edges and nodes.
 */
async function savedFiles(page: Page): Promise<{ csv: string[]; edges: string[]; nodes: string[] }> {
  const csv = parseCsv<Record<string, string>>((await saved(page, 'Save CSV', 'link')).content, { columns: true });
  const relations = new Map(csv.map((row) => [`${row.document}/${row.relation}`, row]));
  const graphml = (await saved(page, 'Save GraphML', 'link')).content.toString('utf8');
  const graph = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return {
      edges: Array.from(doc.getElementsByTagName('edge')).map((edge) => ({
        source: edge.getAttribute('source') ?? '',
        target: edge.getAttribute('target') ?? '',
        kind: edge.querySelector('data[key="edge_kind"]')?.textContent ?? '',
      })),
      nodes: Array.from(doc.getElementsByTagName('node')).map((node) => node.id),
    };
  }, graphml);
  expect(graph, 'the GraphML parses').not.toBeNull();
  return {
    csv: [...relations.values()].map((row) => told(row.source!, row.kind!, row.target!)).sort(),
    edges: graph!.edges.map((edge) => told(edge.source, edge.kind, edge.target)).sort(),
    nodes: graph!.nodes.sort(),
  };
}

/** What the files must hold for these relations of the view: each relation, and the actors at their ends. */
function expectedFiles(relations: Shown[]) {
  const each = relations.map((r) => told(r.source.slug, r.kind, r.target.slug)).sort();
  const ends = [...new Set(relations.flatMap((r) => [r.source.slug, r.target.slug]))].sort();
  return { csv: each, edges: each, nodes: ends };
}

/** The month labels under the time brush: their words and where each is drawn, left to right. */
async function monthLabels(page: Page): Promise<{ text: string; left: number; right: number }[]> {
  const axis = page.locator('.time-brush-axis');
  await axis.locator('span').first().waitFor();
  return axis.locator('span').evaluateAll((spans) =>
    spans.map((span) => {
      const box = span.getBoundingClientRect();
      return { text: span.textContent, left: box.left, right: box.right };
    }),
  );
}

/** The graph's zoom as its toolbar shows it ("85%"). */
async function zoomShown(page: Page): Promise<string> {
  return (await page.locator('.graph-zoom').textContent()) ?? '';
}

/** How many relations the view lists (the summary of its list), once the view has settled. */
async function relationsListed(page: Page): Promise<number> {
  await page.locator('.network-layout[aria-busy="false"]').waitFor();
  const summary = await page.getByText(/^All \d+ relations shown/).textContent();
  return Number(/\d+/.exec(summary ?? '')?.[0]);
}

describeInBrowser('the network view', () => {
  const suite = useExplorer({ acceptDownloads: true });

  // Positions, not pictures: the renderer paints on animation frames at its own pace on a busy
  // machine, but where the layout puts every actor must not depend on timing.
  it('draws every actor at the same place on every load', async () => {
    const { ui, session } = suite;
    await ui.open('/network?categories=PRESSURE,COERCION');
    const first = await drawnPositions(session.page);
    expect(Object.keys(first).length).toBeGreaterThan(3);
    expect(Object.values(first).flat().every(Number.isFinite)).toBe(true);
    await session.page.reload();
    expect(await drawnPositions(session.page)).toEqual(first);
  });

  it('narrows the relations to the months the time brush selects, and Back undoes it', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open('/network');
    const all = await relationsListed(page);
    const start = page.getByRole('slider', { name: 'First month shown' });
    const end = page.getByRole('slider', { name: 'Last month shown' });
    const last = await end.getAttribute('aria-valuetext');

    // From the keyboard: the first month moves up to the last one.
    await start.focus();
    let answered = graphqlResponse(page, 'NetworkQuery');
    await page.keyboard.press('End');
    await page.waitForURL(/from=\d{4}-\d{2}-01/);
    await answered;
    expect(await start.getAttribute('aria-valuetext')).toBe(last);
    const lastMonth = await relationsListed(page);
    expect(lastMonth).toBeGreaterThan(0);
    expect(lastMonth).toBeLessThan(all);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('from='));
    await page.getByText(`All ${all} relations shown`).waitFor();

    // With the pointer: the last month's handle dragged to the far left keeps the first month only.
    const handle = (await end.boundingBox())!;
    const track = (await page.locator('.time-brush-track').boundingBox())!;
    answered = graphqlResponse(page, 'NetworkQuery');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + 20, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.move(track.x - 10, handle.y + handle.height / 2, { steps: 2 });
    await page.mouse.up();
    await page.waitForURL(/to=\d{4}-\d{2}-\d{2}/);
    await answered;
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    const firstMonth = await relationsListed(page);
    expect(firstMonth).toBeGreaterThan(0);
    expect(firstMonth).toBeLessThan(all);
    expect(await end.getAttribute('aria-valuetext')).toBe(await start.getAttribute('aria-valuetext'));
  });

  it('groups actors by the organisation they hold titles in, when asked', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open('/network');
    const graph = page.locator('.network-graph');
    await graph.locator('canvas').first().waitFor();
    expect(await graph.getAttribute('aria-label')).not.toMatch(/organisation/);
    await page.getByRole('checkbox', { name: 'Group actors by organisation' }).check();
    await page.waitForURL(/group=organisation/);
    await page
      .getByRole('list', { name: 'Actors' })
      .getByText(/a box: the actors holding titles/)
      .waitFor();
    // The boxes come with the titles the grouped query adds: until that answer, the graph says 0.
    await expect
      .poll(() => graph.getAttribute('aria-label'), { timeout: 15_000 })
      .toMatch(/boxed by organisation \([1-9]\d* box(es)?\)/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('group='));
    expect(await page.getByRole('checkbox', { name: 'Group actors by organisation' }).isChecked()).toBe(false);
  });

  it('labels the months under the time brush, readable and apart, on a desktop and on a phone', async () => {
    const { ui, session } = suite;
    const { page } = session;
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await ui.open('/network');
      const track = (await page.locator('.time-brush-track').boundingBox())!;
      // The labels follow the track's width once it is measured.
      await expect
        .poll(async () => (await monthLabels(page)).at(-1)?.right ?? 0)
        .toBeLessThanOrEqual(track.x + track.width);
      const labels = await monthLabels(page);
      expect(labels.length).toBeGreaterThan(1);
      expect(labels.every((label) => /^([A-Z][a-z]{2} )?\d{4}$/.test(label.text))).toBe(true);
      expect(labels[0]!.left).toBeGreaterThanOrEqual(track.x - 1);
      for (let i = 1; i < labels.length; i += 1) expect(labels[i]!.left).toBeGreaterThan(labels[i - 1]!.right);
    }
  });

  it('fits the graph to its frame again when the frame is resized, unless the reader zoomed', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open('/network');
    await page.locator('.network-graph canvas').first().waitFor();
    await page.locator('.network-layout[aria-busy="false"]').waitFor();
    const wide = await zoomShown(page);
    await page.setViewportSize({ width: 820, height: 900 });
    await expect.poll(() => zoomShown(page), { timeout: 10_000 }).not.toBe(wide);
    const narrow = await zoomShown(page);

    // A zoom of the reader's own is kept through the next resize.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomShown(page)).not.toBe(narrow);
    const chosen = await zoomShown(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(1000);
    expect(await zoomShown(page)).toBe(chosen);

    // Fit hands the view back to the frame: the next resize fits it again.
    await page.getByRole('button', { name: 'Fit' }).click();
    const fitted = await zoomShown(page);
    await page.setViewportSize({ width: 820, height: 900 });
    await expect.poll(() => zoomShown(page), { timeout: 10_000 }).not.toBe(fitted);
  });

  it('boxes an actor with titles in several organisations with its first-listed one, and says so', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open('/network?group=organisation');
    await page.locator('.network-graph canvas').first().waitFor();
    // Jorge Rodríguez is first listed as the government's head negotiator, then as president of the
    // National Assembly (a title of Venezuela's).
    const note = page.getByRole('list', { name: 'Actors with titles in several organisations' });
    await note.getByText(/^Jorge Rodríguez:/).waitFor({ timeout: 15_000 });
    expect(await note.getByText(/^Jorge Rodríguez:/).textContent()).toBe(
      'Jorge Rodríguez: boxed with Venezuelan government (first-listed title); also holds titles in Venezuela.',
    );
    expect(await note.getByText(/^Nicolás Maduro:/).textContent()).toMatch(
      /boxed with Venezuela \(first-listed title\); also holds titles in Venezuelan government\.$/,
    );
  });

  it('shows the relation picked from the list with its quoted words, and Back closes it', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open('/network?categories=PRESSURE');
    await page.getByText(/^All \d+ relations shown/).click();
    const first = page.locator('details li button').first();
    const picked = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForURL(/relation=/);
    const panel = page.getByRole('complementary', { name: 'Selected relation' });
    await panel.locator('article.relation .evidence q').first().waitFor();
    expect(await panel.textContent()).toContain(picked.split(' ')[0]);
    await page.goBack();
    await panel.getByText(/^No relation selected/).waitFor();
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

  it("saves the relations shown, under a filter, as the API's CSV and GraphML, and the picture as PNG", async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open('/');
    const answered = graphqlResponse(page, 'NetworkQuery');
    await ui.navigate('/network?categories=PRESSURE,COERCION&from=2024-03-01');
    const { data } = (await (await answered).json()) as {
      data: { relations: { edges: { node: Shown }[]; pageInfo: { hasNextPage: boolean } } };
    };
    // Every relation the filter keeps is drawn: no more page to load, so the files hold what is shown.
    expect(data.relations.pageInfo.hasNextPage).toBe(false);
    const shown = data.relations.edges.map((edge) => edge.node);
    expect(shown.length).toBeGreaterThan(1);
    await page.locator('.network-graph canvas').first().waitFor();
    await page.getByText(/^All \d+ relations shown/).click();
    expect(await page.locator('details li').count()).toBe(shown.length);

    const link = await page.getByRole('link', { name: 'Save CSV' }).getAttribute('href');
    expect(link).toBe('/export/relations.csv?categories=PRESSURE%2CCOERCION&from=2024-03-01');
    expect(await savedFiles(page)).toEqual(expectedFiles(shown));

    const png = (await saved(page, 'Save PNG')).content;
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.length).toBeGreaterThan(5000);
  });

  it("saves the neighbourhood in focus as the API's CSV and GraphML of the same relations", async () => {
    const { ui, session } = suite;
    const { page } = session;
    await ui.open('/');
    const answered = graphqlResponse(page, 'NetworkNeighbourhoodQuery');
    await ui.navigate('/network?focus=nicolas-maduro&hops=2&direction=INCOMING&categories=PRESSURE,DIPLOMACY');
    const { data } = (await (await answered).json()) as { data: { neighbourhood: { relations: Shown[] } } };
    const shown = data.neighbourhood.relations;
    expect(shown.length).toBeGreaterThan(1);
    await page.locator('.network-graph canvas').first().waitFor();
    await page.locator('.network-layout[aria-busy="false"]').waitFor();
    expect(await savedFiles(page)).toEqual(expectedFiles(shown));
  });

  // On a phone the header wraps: the account links arriving after the page had painted pushed the
  // whole view down a line, and the loading screen did not match the one index.html paints.
  it('holds still while it loads on a phone-width screen', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await page.setViewportSize({ width: 375, height: 800 });
    const layoutShift = await countLayoutShifts(page);
    await ui.open('/network');
    await page.locator('.network-layout[aria-busy="false"]').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.getByRole('group', { name: 'Dates of the relations' }).waitFor();
    expect(await layoutShift()).toBeLessThan(0.005);
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
