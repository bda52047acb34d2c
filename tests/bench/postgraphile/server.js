// PostGraphile 4 over the corpus database, for the benchmark: every table of the public schema as
// GraphQL with its default inflection (allActors, actorBySlug, relationsByTargetId, …), the
// connection filter plugin for `includes` text search, no mutations. DATABASE_URL and PORT come
// from the bench.
import { createServer } from 'node:http';
import postgraphilePackage from 'postgraphile';
import ConnectionFilterPlugin from 'postgraphile-plugin-connection-filter';

const { postgraphile } = postgraphilePackage;

const middleware = postgraphile(process.env.DATABASE_URL, 'public', {
  appendPlugins: [ConnectionFilterPlugin],
  disableDefaultMutations: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  disableQueryLog: true,
  graphiql: false,
  retryOnInitFail: false,
});

createServer(middleware).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
