import { startServer, type RunningServer } from '@parley/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  hostBenchmarkIndex,
  MEASURED_VIEWS,
  measureOnce,
  medianOfThreeDecided,
  type ViewName,
} from '../lighthouse/lighthouse.js';
import { describeInBrowser } from '../support/environment.js';

/**
 * The CI form of `npm run lighthouse`: each view's median of three runs must reach 85 (the target
 * is 90 on a quiet machine; shared CI machines are noisy). Two runs on the same side of the bar
 * decide the median, so the third runs only when they disagree; the host's CPU is measured once
 * per view, and a run during which it moved too far from that is taken again (see measureOnce).
 * `LIGHTHOUSE_MIN_SCORE` moves the bar.
 */
const BAR = Number(process.env.LIGHTHOUSE_MIN_SCORE ?? 85);

describeInBrowser('Lighthouse performance (mobile preset)', () => {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer('sqlite');
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const view of Object.keys(MEASURED_VIEWS) as ViewName[]) {
    it(`scores at least ${BAR} on the ${view} (median of three)`, { timeout: 480_000 }, async () => {
      const url = new URL(MEASURED_VIEWS[view], server!.url).href;
      const benchmarkIndex = await hostBenchmarkIndex(url);
      const scores: number[] = [];
      let retakes = 0;
      while (!medianOfThreeDecided(scores, BAR)) {
        const measurement = await measureOnce(url, undefined, benchmarkIndex);
        scores.push(measurement.score);
        retakes += measurement.retakes;
      }
      console.log(
        `Lighthouse ${view}: ${scores.join(', ')} (host benchmarkIndex ${Math.round(benchmarkIndex)}; ${retakes} run(s) taken again)`,
      );
      // The median of three reaches the bar exactly when two of the runs do.
      const reaching = scores.filter((score) => score >= BAR).length;
      expect(reaching, `scores ${scores.join(', ')}: median of three below ${BAR}`).toBeGreaterThanOrEqual(2);
    });
  }
});
