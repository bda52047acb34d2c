import { startServer, type RunningServer } from '@parley/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MEASURED_VIEWS, measureOnce, median, type ViewName } from '../lighthouse/lighthouse.js';
import { describeInBrowser } from '../support/environment.js';

/**
 * The quick form of `npm run lighthouse`: one run per view, and only a view that scores below its
 * bar gets two more, its median deciding. Shared machines are noisy, so the bar is 85 here; the
 * target, and the figures in the README, are the full script's medians of three. The reader is
 * held at 70 until it reaches 85: most of its blocking time is the client cache merging every
 * page of the document's evidence (the README says more).
 */
const BARS: Record<ViewName, number> = { overview: 85, network: 85, reader: 70 };

describeInBrowser('Lighthouse performance (mobile preset)', () => {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer('sqlite');
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const view of Object.keys(MEASURED_VIEWS) as ViewName[]) {
    const bar = BARS[view];
    it(`scores at least ${bar} on the ${view}`, { timeout: 240_000 }, async () => {
      const url = new URL(MEASURED_VIEWS[view], server!.url).href;
      const scores = [(await measureOnce(url)).score];
      while (scores[0]! < bar && scores.length < 3) scores.push((await measureOnce(url)).score);
      console.log(`Lighthouse ${view}: ${scores.join(', ')}`);
      expect(median(scores), `scores ${scores.join(', ')}`).toBeGreaterThanOrEqual(bar);
    });
  }
});
