/**
 * What the execution deadline costs a request: the built server with REQUEST_DEADLINE_MS at its
 * default and at 0 (off), under the same autocannon load, in alternating rounds.
 *
 *   npm run bench:limits [-- --seconds 5 --rounds 3]
 */
import autocannon from 'autocannon';
import { startServer, type RunningServer } from '@parley/test-support';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, rounds: { type: 'string', default: '3' } },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);

/** A field with no database work, one list (two statements), and lists three deep (four rounds of loading). */
const shapes = {
  'plain field': '{ __typename }',
  'one list': '{ actors(first: 20) { nodes { slug name kind } } }',
  'nested lists': '{ actors(first: 20) { nodes { slug relations(first: 10) { kind target { slug name } } } } }',
};

async function load(server: RunningServer, query: string) {
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: 10,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const servers = {
  'deadline on (10 s)': await startServer('sqlite', { LOG_LEVEL: 'warn' }),
  'deadline off (0)': await startServer('sqlite', { LOG_LEVEL: 'warn', REQUEST_DEADLINE_MS: '0' }),
};
try {
  console.log(`autocannon, 10 connections, ${seconds} s × ${rounds} alternating rounds, SQLite seed story`);
  console.log('| shape | deadline | req/s | p50 ms | p99 ms |\n| --- | --- | --- | --- | --- |');
  for (const [shape, query] of Object.entries(shapes)) {
    const figures: Record<string, { rps: number[]; p50: number[]; p99: number[] }> = {};
    for (let round = 0; round < rounds; round++) {
      const order = Object.entries(servers);
      if (round % 2) order.reverse();
      for (const [name, server] of order) {
        const { rps, p50, p99 } = await load(server, query);
        const entry = (figures[name] ??= { rps: [], p50: [], p99: [] });
        entry.rps.push(rps);
        entry.p50.push(p50);
        entry.p99.push(p99);
      }
    }
    for (const [name, entry] of Object.entries(figures)) {
      console.log(
        `| ${shape} | ${name} | ${median(entry.rps).toFixed(0)} | ${median(entry.p50)} | ${median(entry.p99)} |`,
      );
    }
  }
} finally {
  await Promise.all(Object.values(servers).map((server) => server.stop()));
}
