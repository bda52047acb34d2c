/**
 * `npm run bench:memory [-- options]`: does the built server's memory stay flat under a long run
 * of requests? Starts the server (SQLite and PostgreSQL by default) with its memory probe, sends
 * a request mix from two clients at once, and every `--every` requests prints the heap used right
 * after a full collection (what stays alive) and the resident set (what the process holds). With
 * `--snapshots DIR` it writes a heap snapshot after the first report and at the end; compare them
 * with `node --import @swc-node/register/esm-register bench/heap-diff.ts A B`.
 *
 * Mixes: `fuzz` is the HTTP suite's fuzz run (thousands of distinct query texts, random bodies);
 * `repeat` cycles the typed documents of @parley/schema with fixed variables (the same few texts).
 */
import { postGraphQL, startServer, type DatabaseName, type ServerMemory } from '@parley/test-support';
import {
  ActorPathsQueryDocument,
  ActorProfileQueryDocument,
  DocumentReaderQueryDocument,
  EventsInRangeQueryDocument,
  FiguresQueryDocument,
  StatementsQueryDocument,
  WhoPressuredWhomQueryDocument,
} from '@parley/schema';
import { print } from 'graphql';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzBody } from '../support/fuzz-requests.js';
import { loadPublicSchema, seededRandom, type KnownSlugs } from '../support/schema-queries.js';

const { values: options } = parseArgs({
  options: {
    databases: { type: 'string', default: 'sqlite,postgresql' },
    mixes: { type: 'string', default: 'fuzz,repeat' },
    requests: { type: 'string', default: '20000' },
    every: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    snapshots: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log(`npm run bench:memory -- [--databases sqlite,postgresql] [--mixes fuzz,repeat]
  [--requests 20000] [--every 1000] [--seed 1] [--snapshots DIR]`);
  process.exit(0);
}

const REQUESTS = Number(options.requests);
const EVERY = Number(options.every);
type Mix = 'fuzz' | 'repeat';

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1).padStart(7);

/** The bodies of the `repeat` mix: every typed document of the contract, with real slugs. */
function repeatedBodies(slugs: KnownSlugs, documentSlug: string): object[] {
  const [first = 'nicolas-maduro', second = first] = slugs.actors;
  return [
    { query: print(ActorProfileQueryDocument), variables: { slug: first } },
    { query: print(WhoPressuredWhomQueryDocument), variables: {} },
    { query: print(EventsInRangeQueryDocument), variables: { from: '2023-01-01', to: '2024-12-31' } },
    { query: print(ActorPathsQueryDocument), variables: { from: first, to: second } },
    { query: print(StatementsQueryDocument), variables: {} },
    { query: print(FiguresQueryDocument), variables: {} },
    { query: print(DocumentReaderQueryDocument), variables: { slug: documentSlug } },
  ];
}

async function run(database: DatabaseName, mix: Mix): Promise<void> {
  const server = await startServer(database, {}, { memoryProbe: true });
  try {
    const { json } = await postGraphQL(server.url, {
      query: '{ actors(first: 5) { nodes { slug } } documents(first: 1) { nodes { slug } } }',
    });
    const data = json?.data as
      { actors: { nodes: { slug: string }[] }; documents: { nodes: { slug: string }[] } } | undefined;
    const slugs: KnownSlugs = { actors: data?.actors.nodes.map((actor) => actor.slug) ?? [] };
    const schema = loadPublicSchema();
    const random = seededRandom(Number(options.seed));
    const repeated = repeatedBodies(slugs, data?.documents.nodes[0]?.slug ?? '');

    let sent = 0;
    let errors = 0;
    const next = (): string | object =>
      mix === 'fuzz' ? fuzzBody(schema, random, slugs) : repeated[sent % repeated.length]!;
    const send = async () => {
      const body = next();
      sent++;
      const { status } = await postGraphQL(server.url, body);
      if (status >= 500) errors++;
    };

    console.log(`\n${database}, ${mix} mix: ${REQUESTS} requests, two clients`);
    console.log('requests  heap after GC (MB)  heap reserved (MB)  RSS (MB)  external (MB)  5xx');
    const report = (memory: ServerMemory) =>
      console.log(
        `${String(sent).padStart(8)}  ${mb(memory.heapUsed).padStart(18)}  ${mb(memory.heapTotal).padStart(18)}  ` +
          `${mb(memory.rss).padStart(8)}  ` +
          `${mb(memory.external).padStart(13)}  ${errors}`,
      );
    report(await server.memory());
    let firstSnapshot: string | undefined;
    const snapshotDir = options.snapshots ? resolve(options.snapshots) : undefined;
    if (snapshotDir) mkdirSync(snapshotDir, { recursive: true });
    while (sent < REQUESTS) {
      const stop = Math.min(REQUESTS, sent + EVERY);
      await Promise.all(
        [0, 1].map(async () => {
          while (sent < stop) await send();
        }),
      );
      if (snapshotDir && !firstSnapshot) {
        firstSnapshot = join(snapshotDir, `${database}-${mix}-${sent}.heapsnapshot`);
        report(await server.memory({ heapSnapshot: firstSnapshot }));
      } else report(await server.memory());
    }
    if (snapshotDir) {
      const last = join(snapshotDir, `${database}-${mix}-${sent}.heapsnapshot`);
      await server.memory({ heapSnapshot: last });
      console.log(`heap snapshots: ${firstSnapshot} ${last}`);
    }
  } finally {
    await server.stop();
  }
}

for (const database of options.databases.split(',') as DatabaseName[]) {
  for (const mix of options.mixes.split(',') as Mix[]) await run(database, mix);
}
