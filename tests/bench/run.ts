/**
 * `npm run bench`: starts the real server on a fresh SQLite database (and on PostgreSQL when it
 * answers), then measures throughput and latency of typical explorer queries with autocannon,
 * and the server's memory. Prints figures; asserts nothing.
 */
import { postgresAnswers, startServer } from '@parley/test-support';
import autocannon from 'autocannon';

const QUERIES: Record<string, string> = {
  'actor page (relations, evidence)': `{ actor(slug: "nicolas-maduro") { name positions { title } relations { kind source { name } target { name } attribution { kind text } evidence { quote } } statements { kind } } }`,
  'relations, 100 per page': `{ relations(first: 100) { totalCount nodes { kind category source { slug } target { slug } date { start precision } evidence { start end } } } }`,
  'reader (document + every span)': `{ document(slug: "us-venezuela-talks-2024-04-11") { text evidence { start end supports { id } } } }`,
  'paths Petro → Machado': `{ paths(from: "gustavo-petro", to: "maria-corina-machado", maxLength: 4) { length steps { from { slug } to { slug } via { id } } } }`,
};

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

async function bench(database: 'sqlite' | 'postgresql') {
  const server = await startServer(database);
  try {
    console.log(`\n## ${database} — ${DURATION_SECONDS}s per query, 10 connections`);
    console.log('| query | req/s | p50 ms | p99 ms | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [name, query] of Object.entries(QUERIES)) {
      const result = await autocannon({
        url: `${server.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        connections: 10,
        duration: DURATION_SECONDS,
      });
      console.log(
        `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx} |`,
      );
    }
  } finally {
    await server.stop();
  }
}

await bench('sqlite');
if (await postgresAnswers()) await bench('postgresql');
else console.log('\n(PostgreSQL does not answer on 127.0.0.1:5432: skipped)');
