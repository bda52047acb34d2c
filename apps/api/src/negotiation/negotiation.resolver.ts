import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { ConnectionType, paginate } from '../common/connection.js';
import { PageArgs } from '../common/page.args.js';
import type { Context } from '../common/context.js';
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
    @Ctx() { em }: Context,
  ) {
    return em.findOne(Negotiation, { slug });
  }

  @Query(() => NegotiationConnection, { description: 'Negotiations, a page at a time.' })
  negotiations(@Args(() => PageArgs) page: PageArgs, @Ctx() { em }: Context) {
    return paginate(em, Negotiation, {}, { id: 'asc' }, page);
  }

  @FieldResolver(() => [Actor], { description: 'The sides at the table.' })
  async parties(@Root() negotiation: Negotiation) {
    return (await negotiation.parties.load()).getItems();
  }

  @FieldResolver(() => [Event], { description: 'Its rounds (meetings), in order.' })
  async rounds(@Root() negotiation: Negotiation) {
    return (await negotiation.rounds.load()).getItems();
  }
}
