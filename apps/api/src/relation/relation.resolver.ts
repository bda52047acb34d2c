import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { ConnectionType, NOTHING, isIn, paginate, type Conditions } from '../common/connection.js';
import { overlaps } from '../common/date-range.js';
import type { Context } from '../common/context.js';
import { readsForField } from '../common/read-selection.js';
import { Event } from '../event/event.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { RelationKind } from './relation-kind.js';
import { RelationKindInfo } from './relation-kind.type.js';
import { RelationsArgs } from './relation.args.js';
import { Relation } from './relation.entity.js';

@ObjectType({ description: 'A page of relations (Relay cursor connection).' })
export class RelationConnection extends ConnectionType(Relation, 'relations') {}

// `kindInfo` describes the relation's kind.
readsForField('Relation', 'kindInfo', { Relation: ['kind'] });

@Resolver(() => Relation)
export class RelationResolver extends WithEvidence(Relation, 'relation', 'The words that tell of it.') {
  @Query(() => RelationConnection, {
    description: 'Relations between actors, filtered by kind, category, actors and dates.',
  })
  async relations(
    @Args(() => RelationsArgs) { filter, ...page }: RelationsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Slugs are resolved to ids first: on an id the planner knows how many rows to expect and
    // walks the (actor, category, id) indexes in page order.
    const [source, target, actor] = await Promise.all(
      [filter?.source, filter?.target, filter?.actor].map((slug) =>
        slug ? loaders.oneBy(Actor, 'slug').load(slug) : Promise.resolve(null),
      ),
    );
    const where: Conditions = [];
    if (filter?.kinds?.length) where.push(isIn('kind', filter.kinds));
    if (filter?.categories?.length) where.push(isIn('category', filter.categories));
    if (filter?.source) where.push(source ? { sql: 'source_id = ?', params: [source.id] } : NOTHING);
    if (filter?.target) where.push(target ? { sql: 'target_id = ?', params: [target.id] } : NOTHING);
    if (filter?.actor)
      where.push(actor ? { sql: 'source_id = ? or target_id = ?', params: [actor.id, actor.id] } : NOTHING);
    if (filter?.from || filter?.to) where.push(overlaps('date', filter.from, filter.to));
    return paginate(loaders.reader, Relation, where, { id: 'asc' }, page, info);
  }

  @Query(() => [RelationKindInfo], {
    description: 'The relation vocabulary: every kind with its category, PLOVER mapping and score.',
  })
  relationKinds(): RelationKindInfo[] {
    return Object.values(RelationKind).map((kind) => RelationKindInfo.of(kind));
  }

  @FieldResolver(() => RelationKindInfo, {
    description: 'The kind’s place in the vocabulary: PLOVER mapping and score.',
  })
  kindInfo(@Root() relation: Relation): RelationKindInfo {
    return RelationKindInfo.of(relation.kind);
  }

  @FieldResolver(() => Actor, { description: 'Who acted.' })
  source(@Root() relation: Relation, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, relation.source);
  }

  @FieldResolver(() => Actor, { description: 'Who was acted upon.' })
  target(@Root() relation: Relation, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, relation.target);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it happened at, if any.' })
  event(@Root() relation: Relation, @Ctx() { loaders }: Context) {
    return loaders.referenced(Event, relation.event);
  }

  @FieldResolver(() => Attribution, { description: 'Who says so.' })
  attribution(@Root() relation: Relation, @Ctx() { loaders }: Context) {
    return loaders.referenced(Attribution, relation.attribution);
  }
}
