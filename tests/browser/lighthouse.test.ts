import { startServer, type RunningServer } from '@parley/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MEASURED_VIEWS, measureOnce, median, type ViewName } from '../lighthouse/lighthouse.js';
import { describeInBrowser } from '../support/environment.js';

/**
 * The quick form of `npm run lighthouse`: one run per view, and only a view that scores below its
 * bar gets two more, its median deciding. The target is 90 (the README has the full script's
 * medians of three), but the same build scored 66–80 on the overview while other suites ran on the
 * same two cores, so this bar only catches a collapse (a blocking script, a giant first chunk);
 * `LIGHTHOUSE_MIN_SCORE` raises it on a quiet machine. The reader shares the others' bar since its
 * spans no longer go through the client cache (that had cost it 300–500 ms of blocking time).
 */
const QUIET_MACHINE_BAR = Number(process.env.LIGHTHOUSE_MIN_SCORE ?? 0);
const BARS: Record<ViewName, number> = {
  overview: Math.max(QUIET_MACHINE_BAR, 60),
  network: Math.max(QUIET_MACHINE_BAR, 60),
  reader: Math.max(QUIET_MACHINE_BAR, 60),
};

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
