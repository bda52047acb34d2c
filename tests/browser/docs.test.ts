import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { useExplorer } from './explorer-suite.js';

// The suite fails any test whose page logged a console error (a CSP refusal is one) or sent a
// request anywhere but the server under test.
describeInBrowser('the reference at /docs', () => {
  const suite = useExplorer();

  it('loads from the server alone, with its guides in the navigation and its styles applied', async () => {
    const { page } = suite.session;
    const response = await page.goto('/docs');
    expect(response?.status()).toBe(200);
    expect(page.url()).toMatch(/\/docs\/$/);
    await expect.poll(() => page.title()).toBe('Parley API reference');
    const navigation = page.getByRole('navigation');
    for (const guide of ['Getting started', 'Authentication', 'Global IDs', 'Pagination', 'Filtering', 'Errors']) {
      await expect
        .poll(() => navigation.getByRole('link', { name: guide, exact: true }).count(), { message: guide })
        .toBe(1);
    }
    // The stylesheet applied: the navigation is a sidebar beside the content, not above it.
    const sidebar = await page.locator('#sidebar').boundingBox();
    const content = await page.locator('#docs').boundingBox();
    expect(sidebar && content && sidebar.x + sidebar.width <= content.x + 1).toBe(true);
  });

  it('opens a guide from the navigation, and a type from the reference of a query', async () => {
    const { page } = suite.session;
    await page.goto('/docs/');
    await page.getByRole('navigation').getByRole('link', { name: 'Pagination', exact: true }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#pagination');
    await expect.poll(() => page.getByRole('heading', { name: 'Pagination' }).isVisible()).toBe(true);

    await page.goto('/docs/#query-relations');
    await page.locator('#query-relations').getByRole('link', { name: 'RelationFilter' }).first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#definition-RelationFilter');
    await expect.poll(() => page.locator('#definition-RelationFilter').isVisible()).toBe(true);
  });
});
