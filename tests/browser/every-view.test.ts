import type { AxeResults } from 'axe-core';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { useExplorer } from './explorer-suite.js';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The explorer's views, each at an address that shows it with data. */
const VIEWS = {
  overview: '/',
  network: '/network',
  'network, dates brushed and grouped': '/network?from=2024-01-01&to=2024-03-31&group=organisation',
  pressure: '/pressure',
  actor: '/actors/nicolas-maduro',
  timeline: '/timeline',
  statements: '/statements',
  figures: '/figures',
  documents: '/documents',
  reader: '/documents/us-venezuela-talks-2024-04-11',
  'reader at a passage': '/documents/us-venezuela-talks-2024-04-11?layers=PRESSURE,STATEMENTS,NAMES',
  'reader finding a phrase': '/documents/us-venezuela-talks-2024-04-11',
  paths: '/paths?from=gustavo-petro&to=maria-corina-machado',
  playground: '/playground',
  'not found': '/no/such/page',
  // Served beside the explorer: the reference and guides built by SpectaQL (apps/docs).
  reference: '/docs/',
};

/**
 * Left out of the check: GraphiQL's tab strip, whose tabs (role="tab") hold their own buttons
 * (axe's nested-interactive). It is the playground library's markup, not ours to change.
 */
const THIRD_PARTY = ['.graphiql-tabs'];

/** The serious and critical accessibility violations axe-core finds on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (exclude) =>
      (window as unknown as { axe: { run(context: { exclude: string[][] }): Promise<AxeResults> } }).axe.run({
        exclude: exclude.map((selector) => [selector]),
      }),
    THIRD_PARTY,
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describeInBrowser('every view', () => {
  // axe-core is added to each page as a script: the server's content security policy would refuse it.
  const suite = useExplorer({ bypassCSP: true });

  for (const [width, screen] of [
    [1280, 'desktop'],
    [375, 'phone'],
  ] as const) {
    it(
      `has no serious or critical accessibility violations on a ${screen}-width screen`,
      { timeout: 240_000 },
      async () => {
        const { ui, session } = suite;
        await session.page.setViewportSize({ width, height: 900 });
        const found: Record<string, string[]> = {};
        for (const [name, path] of Object.entries(VIEWS)) {
          await ui.open(path);
          await session.page.locator('[aria-busy="true"], .state-loading').first().waitFor({ state: 'detached' });
          if (name === 'reader at a passage') await session.page.locator('mark').first().click();
          if (name === 'reader finding a phrase') {
            await session.page.getByRole('searchbox', { name: 'Find in the article' }).fill('Maduro');
            await session.page
              .getByRole('status')
              .getByText(/^1 of \d+$/)
              .waitFor();
          }
          if (name.startsWith('network')) await session.page.getByRole('slider').first().waitFor();
          const violations = await seriousViolations(session.page);
          if (violations.length) found[name] = violations;
        }
        expect(found).toEqual({});
      },
    );
  }

  it('answers an unknown address with 404 and the not-found page', async () => {
    const { session } = suite;
    const response = await session.page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await session.page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    await session.page.getByRole('main').getByRole('link', { name: 'overview' }).click();
    await session.page.getByRole('heading', { level: 1, name: /Who pressured whom/ }).waitFor();
  });
});
