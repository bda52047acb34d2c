import { postGraphQL, startServer, type RunningServer } from '@parley/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fuzzBody } from '../support/fuzz-requests.js';
import { loadPublicSchema, seededRandom, type KnownSlugs } from '../support/schema-queries.js';

/** How long the fuzz runs (FUZZ_SECONDS, default 25) and from which seed (FUZZ_SEED, default random). */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

/**
 * How much the heap left after a full collection may grow over the second half of the run. What
 * the server keeps across requests is bounded (parsed documents, prepared statements, compiled
 * code) and the first half fills it: the growth seen over the second half is under 1 MB. Even on
 * a busy machine that half sends a few hundred requests, so a leak of 10 KB per request fails;
 * Apollo's default document store grew the heap by about 30 MB per thousand distinct queries.
 */
const MAX_HEAP_GROWTH_MB = 3;

/**
 * The server's cache of parsed documents, kept small here (16 Ki characters of query text, about
 * 1 MB) so that the warm-up fills it however few requests a busy machine sends; its default
 * bound is measured by `npm run bench:memory`.
 */
const SERVER_ENV = { DOCUMENT_CACHE_CHARACTERS: String(16 * 1024) };

const mb = (bytes: number) => bytes / 2 ** 20;

let server: RunningServer | undefined;
let slugs: KnownSlugs;
beforeAll(async () => {
  server = await startServer('sqlite', SERVER_ENV, { memoryProbe: true });
  const { json } = await postGraphQL(server.url, { query: '{ actors(first: 5) { nodes { slug } } }' });
  const actors = (json?.data?.actors as { nodes: { slug: string }[] } | undefined)?.nodes ?? [];
  slugs = { actors: actors.map((actor) => actor.slug) };
});
afterAll(async () => {
  await server?.stop();
});

/**
 * A seeded fuzz run against the built server: queries generated from the schema with random
 * arguments (inline and in variables: wrong types, huge numbers, NULs, lone surrogates, forged
 * cursors), and bodies of random bytes. No answer may be a 5xx or INTERNAL_SERVER_ERROR, and the
 * process's memory must not grow with the number of requests: the heap left after a full
 * collection, asked of the server at each quarter of the run, stays flat over its second half.
 * Rerun a failure with FUZZ_SEED.
 */
it(`survives ${SECONDS} s of random requests`, async () => {
  const running = server!;
  const { url } = running;
  const schema = loadPublicSchema();
  const random = seededRandom(SEED);
  console.log(`fuzz seed ${SEED} (rerun with FUZZ_SEED=${SEED})`);

  const outcomes = new Map<string, number>();
  const failures: string[] = [];
  let tried = 0;
  const send = async () => {
    const body = fuzzBody(schema, random, slugs);
    const { status, json } = await postGraphQL(url, body);
    const code = json?.errors?.[0]?.extensions?.code ?? (json?.data ? 'data' : 'no body');
    const outcome = `${status} ${code}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    if (status >= 500 || code === 'INTERNAL_SERVER_ERROR') {
      failures.push(`${outcome}: ${JSON.stringify(body).slice(0, 500)}`);
    }
    tried++;
  };

  // Warm up: the first requests compile code and fill the server's caches.
  for (let i = 0; i < 50; i++) await send();
  const started = Date.now();
  const readings = [{ requests: tried, memory: await running.memory() }];
  for (let quarter = 1; quarter <= 4; quarter++) {
    const until = started + (SECONDS * 1000 * quarter) / 4;
    // Two clients at once, as a server usually has.
    await Promise.all(
      [0, 1].map(async () => {
        while (Date.now() < until && failures.length < 20) await send();
      }),
    );
    readings.push({ requests: tried, memory: await running.memory() });
  }
  const health = await fetch(`${url}/healthz`);

  console.log(
    `fuzz: ${tried} requests in ${SECONDS} s; outcomes: ` +
      [...outcomes]
        .sort((a, b) => b[1] - a[1])
        .map(([outcome, count]) => `${outcome} ×${count}`)
        .join(', ') +
      '; server heap after GC / RSS (MB) after warm-up and each quarter: ' +
      readings
        .map(({ requests, memory }) => `${requests}: ${mb(memory.heapUsed).toFixed(1)} / ${mb(memory.rss).toFixed(0)}`)
        .join(', '),
  );
  expect(failures).toEqual([]);
  expect(tried).toBeGreaterThan(100);
  expect(outcomes.get('200 data') ?? 0).toBeGreaterThan(0);
  expect(health.status).toBe(200);
  const [, , halfway, , end] = readings;
  expect(end!.memory.collected).toBe(true);
  expect(mb(end!.memory.heapUsed - halfway!.memory.heapUsed)).toBeLessThan(MAX_HEAP_GROWTH_MB);
  // Memory outside the heap (native buffers, SQLite's statements) is not in the figure above:
  // this only catches a runaway there.
  expect(mb(end!.memory.rss)).toBeLessThan(1024);
  expect(server!.logs()).not.toMatch(/"level":(50|60)/);
}, 120_000);
