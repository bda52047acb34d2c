import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Attribution } from '../attribution/attribution.entity.js';
import { actorIdOfSlug } from '../actor/actor-by-slug.js';
import { ConnectionType, paginate, type Conditions } from '../common/connection.js';
import { LONG_LIST, checkFirst, firstArgOptions, firstArgType } from '../common/list.js';
import { checkSearchText, likeContains } from '../common/search.js';
import { overlaps } from '../common/date-range.js';
import type { Context } from '../common/context.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Relation } from '../relation/relation.entity.js';
import { EventsArgs } from './event.args.js';
import { Event } from './event.entity.js';
import { Participation } from './participation.entity.js';

@ObjectType({ description: 'A page of events (Relay cursor connection).' })
export class EventConnection extends ConnectionType(Event, 'events') {}

@Resolver(() => Event)
export class EventResolver extends WithEvidence(Event, 'event', 'The words that tell of the event.') {
  @Query(() => Event, { nullable: true, description: 'The event with this slug, or null.' })
  event(@Arg('slug', () => String, { description: 'The event’s slug.' }) slug: string, @Ctx() { loaders }: Context) {
    return loaders.oneBy(Event, 'slug').load(slug);
  }

  @Query(() => EventConnection, {
    description: 'Events filtered by participant, dates and words; each story’s events in date order.',
  })
  events(
    @Args(() => EventsArgs) { filter, ...page }: EventsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where: Conditions = [];
    const text = checkSearchText(filter?.text, 'text');
    if (filter?.participant) {
      // The participant's slug is resolved by the page's own statement; an unknown one matches no event.
      const participant = actorIdOfSlug(filter.participant);
      where.push({
        sql: `id in (select event_id from participation where actor_id = ${participant.sql})`,
        params: participant.params,
      });
    }
    if (filter?.from || filter?.to) where.push(overlaps('date', filter.from, filter.to));
    if (text) where.push({ sql: 'search_text like ?', params: [likeContains(text)] });
    return paginate(loaders.reader, Event, where, { id: 'asc' }, page, info);
  }

  @FieldResolver(() => [Participation], { description: 'Who took part, and in what role.' })
  participants(
    @Root() event: Event,
    @Arg('first', firstArgType, firstArgOptions(LONG_LIST, 'participations')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.childrenOf(Participation, 'event', { id: 'asc' }, checkFirst(first, LONG_LIST)).load(event.id);
  }

  @FieldResolver(() => [Relation], { description: 'Relations that took place at this event.' })
  relations(
    @Root() event: Event,
    @Arg('first', firstArgType, firstArgOptions(LONG_LIST, 'relations')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.childrenOf(Relation, 'event', { id: 'asc' }, checkFirst(first, LONG_LIST)).load(event.id);
  }

  @FieldResolver(() => Attribution, { description: 'Who says it happened.' })
  attribution(@Root() event: Event, @Ctx() { loaders }: Context) {
    return loaders.referenced(Attribution, event.attribution);
  }
}
