import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorMutations } from '../actor/actor.mutations.js';
import { ActorResolver } from '../actor/actor.resolver.js';
import { ApiTokenResolver } from '../auth/api-token.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { UserResolver } from '../auth/user.resolver.js';
import { AttributionMutations } from '../attribution/attribution.mutations.js';
import { AttributionResolver } from '../attribution/attribution.resolver.js';
import { DocumentMutations } from '../document/document.mutations.js';
import { DocumentResolver } from '../document/document.resolver.js';
import { EventMutations } from '../event/event.mutations.js';
import { EventResolver } from '../event/event.resolver.js';
import { ParticipationResolver } from '../event/participation.resolver.js';
import { EvidenceResolver } from '../evidence/evidence.resolver.js';
import { FigureMutations } from '../figure/figure.mutations.js';
import { FigureResolver } from '../figure/figure.resolver.js';
import { NegotiationMutations } from '../negotiation/negotiation.mutations.js';
import { HistoryResolver } from '../history/history.resolver.js';
import { NegotiationResolver } from '../negotiation/negotiation.resolver.js';
import { NeighbourhoodResolver } from '../neighbourhood/neighbourhood.resolver.js';
import { PathResolver } from '../path/path.resolver.js';
import { PositionMutations } from '../position/position.mutations.js';
import { PositionResolver } from '../position/position.resolver.js';
import { RelationResolver } from '../relation/relation.resolver.js';
import { RelationMutations } from '../relation/relation.mutations.js';
import { SearchResolver } from '../search/search.resolver.js';
import { StatementMutations } from '../statement/statement.mutations.js';
import { StatementResolver } from '../statement/statement.resolver.js';
import { DocumentSuggestionsResolver, SuggestionResolver } from '../suggestions/suggestion.resolver.js';
import { authChecker } from '../common/viewer.js';
import { NodeResolver } from './node.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process (type-graphql metadata is global). */
export function buildParleySchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      ActorResolver,
      ApiTokenResolver,
      AuthResolver,
      ActorMutations,
      AttributionResolver,
      AttributionMutations,
      DocumentResolver,
      DocumentMutations,
      EventResolver,
      EventMutations,
      EvidenceResolver,
      FigureResolver,
      FigureMutations,
      HistoryResolver,
      NegotiationResolver,
      NegotiationMutations,
      NeighbourhoodResolver,
      NodeResolver,
      ParticipationResolver,
      PathResolver,
      PositionResolver,
      PositionMutations,
      RelationResolver,
      RelationMutations,
      SearchResolver,
      StatementResolver,
      UserResolver,
      StatementMutations,
      SuggestionResolver,
      DocumentSuggestionsResolver,
    ],
    authChecker,
    // Inputs are checked in resolvers with messages a reader can act on; no class-validator.
    validate: false,
  }).then((built) => {
    // type-graphql has no option for the root type's description; the playground shows it first.
    const query = built.getQueryType();
    if (!query) throw new Error('The schema has no Query type.');
    query.description =
      'Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets.';
    const mutation = built.getMutationType();
    if (mutation) {
      mutation.description =
        'Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes.';
    }
    return built;
  });
  return schema;
}

/** The printed contract: sorted, with a do-not-edit header. */
export async function printParleySchema(): Promise<string> {
  const header = [
    '# Parley public GraphQL contract.',
    '# GENERATED FILE — do not edit. Regenerate with `npm run generate` after changing the API.',
    '',
  ].join('\n');
  return `${header}${printSchema(lexicographicSortSchema(await buildParleySchema()))}\n`;
}
