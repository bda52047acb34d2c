import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { ConnectionType, paginate } from '../common/connection.js';
import { PageArgs } from '../common/page.args.js';
import type { Context } from '../common/context.js';
import { LONG_LIST, SHORT_LIST, checkFirst, firstArgOptions, firstArgType } from '../common/list.js';
import { Event } from '../event/event.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Negotiation } from './negotiation.entity.js';

@ObjectType({ description: 'A page of negotiations (Relay cursor connection).' })
export class NegotiationConnection extends ConnectionType(Negotiation, 'negotiations') {}

@Resolver(() => Negotiation)
export class NegotiationResolver extends WithEvidence(Negotiation, 'negotiation', 'The words that tell of it.') {
  @Query(() => Negotiation, { nullable: true, description: 'The negotiation with this slug, or null.' })
  negotiation(
    @Arg('slug', () => String, { description: 'The negotiation’s slug.' }) slug: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.oneBy(Negotiation, 'slug').load(slug);
  }

  @Query(() => NegotiationConnection, { description: 'Negotiations, a page at a time.' })
  negotiations(@Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return paginate(loaders.reader, Negotiation, [], { id: 'asc' }, page, info);
  }

  @FieldResolver(() => [Actor], { description: 'The sides at the table.' })
  parties(
    @Root() negotiation: Negotiation,
    @Arg('first', firstArgType, firstArgOptions(SHORT_LIST, 'parties')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .linkedTo(
        Actor,
        { table: 'negotiation_party', parentColumn: 'negotiation_id', childColumn: 'actor_id' },
        checkFirst(first, SHORT_LIST),
      )
      .load(negotiation.id);
  }

  @FieldResolver(() => [Event], { description: 'Its rounds (meetings), in order.' })
  rounds(
    @Root() negotiation: Negotiation,
    @Arg('first', firstArgType, firstArgOptions(LONG_LIST, 'rounds')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .linkedTo(
        Event,
        { table: 'negotiation_round', parentColumn: 'negotiation_id', childColumn: 'event_id' },
        checkFirst(first, LONG_LIST),
      )
      .load(negotiation.id);
  }
}
