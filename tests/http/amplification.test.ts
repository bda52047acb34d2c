import { postGraphQL, startServer, type RunningServer } from '@parley/test-support';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadPublicSchema, nestedListQueries, seededRandom, type KnownSlugs } from '../support/schema-queries.js';

/** The server's defaults (REQUEST_DEADLINE_MS, MAX_RESPONSE_BYTES): every answer must fit both. */
const DEADLINE_MS = 10_000;
const MAX_RESPONSE_BYTES = 10_000_000;

/** How many of the four-deep chains to send (they are refused if their three-deep prefix is). */
const FOUR_DEEP_SAMPLE = 150;

describeEachDatabase('nested list amplification', (database) => {
  let server: RunningServer | undefined;
  let slugs: KnownSlugs;
  beforeAll(async () => {
    server = await startServer(database);
    const { json } = await postGraphQL(server.url, { query: '{ actors(first: 5) { nodes { slug } } }' });
    const actors = (json?.data?.actors as { nodes: { slug: string }[] } | undefined)?.nodes ?? [];
    slugs = { actors: actors.map((actor) => actor.slug) };
  });
  afterAll(async () => {
    await server?.stop();
  });

  /**
   * Every nested list pair and triple the schema allows (walked from the committed SDL, so a new
   * list field is covered the day it appears), and a sample of the four-deep chains, each asking
   * for the most items every level permits: each must be refused as too complex, or answered
   * within the deadline and the size cap, while /healthz keeps answering.
   */
  it('refuses or bounds every nested list chain, and stays live', async () => {
    const { url } = server!;
    const schema = loadPublicSchema();
    const random = seededRandom(20_260_101);
    const fourDeep = nestedListQueries(schema, 4, slugs).filter((chain) => chain.path.split(' > ').length >= 4);
    const sample = Array.from({ length: FOUR_DEEP_SAMPLE }, () => fourDeep[Math.floor(random() * fourDeep.length)]!);
    const chains = [...nestedListQueries(schema, 3, slugs), ...sample];

    // Liveness probes all along, every 100 ms.
    const probeLatencies: number[] = [];
    const probing = { on: true };
    const probes = (async () => {
      while (probing.on) {
        const started = performance.now();
        const response = await fetch(`${url}/healthz`);
        probeLatencies.push(response.status === 200 ? performance.now() - started : Infinity);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    const outcomes = new Map<string, number>();
    const failures: string[] = [];
    let slowestMs = 0;
    let largestBytes = 0;
    for (const chain of chains) {
      const started = performance.now();
      const { status, json, text } = await postGraphQL(url, { query: chain.query });
      const tookMs = performance.now() - started;
      const codes = [...new Set(json?.errors?.map((error) => error.extensions?.code))];
      const outcome = codes.length ? codes.join('+') : 'answered';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (outcome === 'answered') {
        slowestMs = Math.max(slowestMs, tookMs);
        largestBytes = Math.max(largestBytes, Buffer.byteLength(text));
        if (tookMs > DEADLINE_MS) failures.push(`${chain.path}: answered after ${Math.round(tookMs)} ms`);
      } else if (outcome !== 'QUERY_TOO_COMPLEX' && outcome !== 'UNAUTHENTICATED') {
        // Refused up front: too costly, or lists only signed-in users may read (users, history).
        failures.push(`${chain.path}: ${status} ${outcome}`);
      }
    }
    probing.on = false;
    await probes;

    console.log(
      `nested lists [${database}]: ${chains.length} chains (${FOUR_DEEP_SAMPLE} of ${fourDeep.length} four-deep, seed 20260101): ` +
        `${[...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(', ')}; slowest answer ` +
        `${Math.round(slowestMs)} ms, largest ${largestBytes} bytes; /healthz answered ${probeLatencies.length} probes, ` +
        `slowest in ${Math.round(Math.max(...probeLatencies))} ms`,
    );
    expect(failures).toEqual([]);
    expect(outcomes.get('answered')).toBeGreaterThan(0);
    expect(outcomes.get('QUERY_TOO_COMPLEX')).toBeGreaterThan(0);
    expect(largestBytes).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    expect(probeLatencies.length).toBeGreaterThan(0);
    expect(probeLatencies.every((latency) => latency < DEADLINE_MS)).toBe(true);
    expect(server!.logs()).not.toMatch(/"level":(50|60)/);
  }, 120_000);
});
