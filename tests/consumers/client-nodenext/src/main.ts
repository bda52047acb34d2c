// A program that asks a running Parley server with @parley/client: a ready document of
// @parley/schema, an operation of its own typed by the codegen preset, a connection paged to its
// end, and an error recognised by its code. PARLEY_URL names the server's endpoint.
import { createClient, ParleyError } from '@parley/client';
import { ActorProfileQueryDocument, ErrorCode } from '@parley/schema';
import { graphql } from './gql/index.js';

const MetWithQuery = graphql(`
  query MetWithQuery($slug: String!) {
    actor(slug: $slug) {
      relations(kinds: [MET_WITH]) {
        target {
          name
        }
      }
    }
  }
`);

const ActorSlugsPageQuery = graphql(`
  query ActorSlugsPageQuery($first: Int, $after: String) {
    actors(first: $first, after: $after) {
      nodes {
        slug
        kind
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PathFromNobodyQuery = graphql(`
  query PathFromNobodyQuery($from: String!, $to: String!) {
    paths(from: $from, to: $to) {
      length
    }
  }
`);

const url = process.env.PARLEY_URL;
if (!url) throw new Error('PARLEY_URL is not set');
const parley = createClient({ url });

const profile = await parley.request(ActorProfileQueryDocument, { slug: 'nicolas-maduro' });
const met = await parley.request(MetWithQuery, { slug: 'nicolas-maduro' });

const slugs: string[] = [];
for await (const actor of parley.paginate(ActorSlugsPageQuery, { first: 7 }, { connection: (data) => data.actors })) {
  slugs.push(actor.slug);
}

let notFound: string | undefined;
try {
  await parley.request(PathFromNobodyQuery, { from: 'nobody-at-all', to: 'nicolas-maduro' });
} catch (error) {
  if (error instanceof ParleyError && error.code === ErrorCode.NOT_FOUND) notFound = error.code;
  else throw error;
}

console.log(
  JSON.stringify({
    ready: profile.actor?.name,
    own: met.actor?.relations.map((relation) => relation.target.name).sort(),
    paged: slugs,
    notFound,
  }),
);
