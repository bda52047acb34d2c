import { expect, it } from 'vitest';
import { countLayoutShifts, launchBrowser, openPage } from '../support/browser.js';
import { describeInBrowser } from '../support/environment.js';
import { useExplorer } from './explorer-suite.js';

const READER = '/documents/us-venezuela-talks-2024-04-11';
const PHONE = { width: 375, height: 800 };

/**
 * The story's views come with their content in the page the server sends, so a phone shows them
 * before the app's script has arrived and run; the app then takes the view over from the same
 * answers, without asking the API again and without moving anything.
 */
describeInBrowser('the first paint', () => {
  const suite = useExplorer();

  it("shows the story views' content from the page alone, before any script runs", async () => {
    const browser = await launchBrowser();
    try {
      const session = await openPage(browser, suite.server.url, PHONE, { javaScriptEnabled: false });
      const { page } = session;
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: /^Who pressured whom/ }).waitFor();
      await page.getByRole('link', { name: /^US officials met secretly with Maduro/ }).waitFor();
      expect(await page.title()).toBe('Overview · Parley');

      await page.goto(READER);
      await page.getByRole('heading', { level: 1, name: /^US officials met secretly with Maduro/ }).waitFor();
      expect(await page.title()).toMatch(/^US officials met secretly .* · Parley$/);

      await page.goto('/statements?kinds=DECLINED_TO_COMMENT,NO_REPLY');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.locator('main').textContent()).toMatch(/declined to comment/i);
      await session.close();
    } finally {
      await browser.close();
    }
  });

  it('takes the view over without asking the API again or moving anything, on a phone', async () => {
    const { ui, session } = suite;
    const { page } = session;
    await page.setViewportSize(PHONE);
    const layoutShift = await countLayoutShifts(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') asked.push(request.postData() ?? '');
    });
    await ui.open('/');
    await page.getByRole('heading', { name: 'Key actors' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(asked, 'GraphQL requests while the overview opened').toEqual([]);
    expect(await layoutShift()).toBeLessThan(0.01);
  });
});
