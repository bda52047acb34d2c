import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import { CHROMIUM_PATH } from '../support/environment.js';

/** The views the explorer is measured on: the first page, the graph, and the reader. */
export const MEASURED_VIEWS = {
  overview: '/',
  network: '/network',
  reader: '/documents/us-venezuela-talks-2024-04-11',
} as const;

export type ViewName = keyof typeof MEASURED_VIEWS;

/** One Lighthouse run of one view: the performance score (0–100) and the metrics it is made of. */
export interface Measurement {
  score: number;
  /** The host's CPU power as Lighthouse measured it, and the CPU slowdown the run applied. */
  benchmarkIndex: number;
  cpuSlowdown: number;
  /** How many times the run was taken again because the host's power moved during it. */
  retakes: number;
  /** First and largest contentful paint, speed index and total blocking time in ms; CLS unitless. */
  fcp: number;
  lcp: number;
  speedIndex: number;
  tbt: number;
  cls: number;
}

/** What a view scored over its runs: the median run (by score) and every score. */
export interface ViewResult {
  view: ViewName;
  path: string;
  median: Measurement;
  scores: number[];
}

/**
 * Lighthouse's default configuration is its mobile preset: a Moto G Power sized screen, 4× slower
 * CPU and a slow 4G link, both simulated, so figures compare across machines better than timed ones.
 * Only the performance category runs, and nothing leaves this machine: the browser's background
 * traffic is off and every request goes to the server under test.
 */
const FLAGS: Flags = { onlyCategories: ['performance'], output: 'json', logLevel: 'error' };

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
];

/**
 * Lighthouse's default 4× CPU slowdown is meant to turn a high-end desktop (benchmarkIndex
 * 1500–2000) into a mid-tier phone; on a weaker or busy host it emulates a far slower phone than
 * that, and Lighthouse warns so. Its throttling guide says to calibrate the multiplier from the
 * host's benchmarkIndex; this is that calibration: the slowdown that brings the host to the phone
 * the default aims at (1750 / 4 ≈ 440), never above the default and never below 1×.
 */
const TARGET_BENCHMARK_INDEX = 1750 / 4;
const DEFAULT_CPU_SLOWDOWN = 4;

export function calibratedSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return DEFAULT_CPU_SLOWDOWN;
  const slowdown = benchmarkIndex / TARGET_BENCHMARK_INDEX;
  return Math.round(Math.min(DEFAULT_CPU_SLOWDOWN, Math.max(1, slowdown)) * 10) / 10;
}

/**
 * How far the host's CPU power may move between the calibration and the run itself (Lighthouse
 * measures it again at the start of every run) before the run is taken again. On a shared machine
 * the load changes within seconds: a run that found the host at a third of the power its slowdown
 * was set for emulated a phone three times slower than the one aimed at, and measured the machine,
 * not the page.
 */
const CALIBRATION_TOLERANCE = 0.25;
const MAX_RECALIBRATIONS = 2;

/**
 * Whether the slowdown a run applied is close enough to the one the host called for during it (so
 * a host strong enough for the default 4× both times passes, whatever its exact power).
 */
export function calibrationHeld(appliedSlowdown: number, runIndex: number): boolean {
  if (!Number.isFinite(runIndex) || runIndex <= 0) return true;
  return Math.abs(calibratedSlowdown(runIndex) / appliedSlowdown - 1) <= CALIBRATION_TOLERANCE;
}

/**
 * Whether the median of three runs is already decided by the scores so far: two on the same side
 * of the bar decide it, whatever the third would be.
 */
export function medianOfThreeDecided(scores: readonly number[], bar: number): boolean {
  const above = scores.filter((score) => score >= bar).length;
  return above >= 2 || scores.length - above >= 2 || scores.length >= 3;
}

/**
 * Runs Lighthouse on a page in a browser of its own (no cache carried between runs). On a busy
 * host Lighthouse now and then fails to record its trace (NO_NAVSTART and the like): such a run
 * is tried twice more before it counts as a failure.
 */
async function runLighthouse(url: string, flags: Flags, attempts = 3) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  let lhr;
  try {
    const result = await lighthouse(url, { ...FLAGS, ...flags, port: chrome.port });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    lhr = result.lhr;
  } finally {
    // kill() only signals the browser; a later launch gets a fresh one on a new port.
    chrome.kill();
  }
  if (!lhr.runtimeError) return lhr;
  if (attempts > 1) return runLighthouse(url, flags, attempts - 1);
  throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
}

/**
 * Measures the host's CPU power as Lighthouse does (its benchmarkIndex), with a run that audits
 * nearly nothing: the host's load changes from minute to minute, so each measurement calibrates anew.
 */
export async function hostBenchmarkIndex(url: string): Promise<number> {
  const lhr = await runLighthouse(url, { onlyAudits: ['viewport'] });
  return lhr.environment.benchmarkIndex;
}

/**
 * Runs Lighthouse once on a page, with the CPU slowdown calibrated to the host (see
 * calibratedSlowdown; measured now unless a recent measurement is given), or the one given (`4`:
 * Lighthouse's own fixed default, whatever the host). A calibrated run during which the host's
 * power moved too far (see calibrationHeld) is taken again, calibrated on what that run found.
 */
export async function measureOnce(
  url: string,
  fixedSlowdown?: number,
  knownBenchmarkIndex?: number,
): Promise<Measurement> {
  let benchmarkIndex = knownBenchmarkIndex ?? (await hostBenchmarkIndex(url));
  let cpuSlowdown = fixedSlowdown ?? calibratedSlowdown(benchmarkIndex);
  let lhr = await runLighthouse(url, { throttling: { cpuSlowdownMultiplier: cpuSlowdown } });
  let retakes = 0;
  for (; fixedSlowdown === undefined && retakes < MAX_RECALIBRATIONS; retakes += 1) {
    const runIndex = lhr.environment.benchmarkIndex;
    if (calibrationHeld(cpuSlowdown, runIndex)) break;
    benchmarkIndex = runIndex;
    cpuSlowdown = calibratedSlowdown(benchmarkIndex);
    lhr = await runLighthouse(url, { throttling: { cpuSlowdownMultiplier: cpuSlowdown } });
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    benchmarkIndex,
    cpuSlowdown,
    retakes,
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    speedIndex: metric('speed-index'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}

/** Measures a view `runs` times and keeps the median run. */
export async function measureView(
  baseUrl: string,
  view: ViewName,
  runs: number,
  fixedSlowdown?: number,
): Promise<ViewResult> {
  const path = MEASURED_VIEWS[view];
  const measurements: Measurement[] = [];
  for (let run = 0; run < runs; run += 1)
    measurements.push(await measureOnce(new URL(path, baseUrl).href, fixedSlowdown));
  const byScore = [...measurements].sort((a, b) => a.score - b.score);
  return {
    view,
    path,
    median: byScore[Math.floor(byScore.length / 2)]!,
    scores: measurements.map((m) => m.score),
  };
}

/** A result as one line of a Markdown table. */
export function tableRow({ view, path, median: m, scores }: ViewResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `| ${view} (\`${path}\`) | **${m.score}** | ${scores.join(', ')} | ${s(m.fcp)} | ${s(m.lcp)} | ${s(m.speedIndex)} | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ${Math.round(m.benchmarkIndex)} → ${m.cpuSlowdown}× |`;
}

export const TABLE_HEAD = [
  '| view | median score | runs | FCP | LCP | speed index | TBT | CLS | host benchmarkIndex → CPU slowdown |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
