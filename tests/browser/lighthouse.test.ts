import { startServer, type RunningServer } from '@parley/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MEASURED_VIEWS, measureOnce, median, type ViewName } from '../lighthouse/lighthouse.js';
import { describeInBrowser } from '../support/environment.js';

/**
 * The quick form of `npm run lighthouse`: one run per view, and only a view that scores below the
 * bar gets two more, its median deciding. Shared machines are noisy, so the bar is 85 here; the
 * target, and the figures in the README, are the full script's medians of three.
 */
const BAR = 85;

describeInBrowser('Lighthouse performance (mobile preset)', () => {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer('sqlite');
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const view of Object.keys(MEASURED_VIEWS) as ViewName[]) {
    it(`scores at least ${BAR} on the ${view}`, { timeout: 180_000 }, async () => {
      const url = new URL(MEASURED_VIEWS[view], server!.url).href;
      const scores = [(await measureOnce(url)).score];
      while (scores[0]! < BAR && scores.length < 3) scores.push((await measureOnce(url)).score);
      console.log(`Lighthouse ${view}: ${scores.join(', ')}`);
      expect(median(scores), `scores ${scores.join(', ')}`).toBeGreaterThanOrEqual(BAR);
    });
  }
});
