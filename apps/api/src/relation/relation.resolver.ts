import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { ConnectionType, paginate } from '../common/connection.js';
import { loadWithRows } from '../common/loaders.js';
import type { Context } from '../common/context.js';
import { readsForField } from '../common/read-selection.js';
import { Event } from '../event/event.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { relationFilterConditions } from './relation-filter.conditions.js';
import { RelationKind } from './relation-kind.js';
import { RelationKindInfo } from './relation-kind.type.js';
import { RelationsArgs } from './relation.args.js';
import { Relation } from './relation.entity.js';

@ObjectType({ description: 'A page of relations (Relay cursor connection).' })
export class RelationConnection extends ConnectionType(Relation, 'relations') {}

// `kindInfo` describes the relation's kind.
readsForField('Relation', 'kindInfo', { Relation: ['kind'] });
// A page of relations names both ends of each: loaded with the page, they answer without a promise per end.
loadWithRows(Relation, ['source', 'target']);

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
    const [source, target, actor] = await Promise.all(
      [filter?.source, filter?.target, filter?.actor].map((slug) =>
        slug ? loaders.oneBy(Actor, 'slug').load(slug) : Promise.resolve(null),
      ),
    );
    const where = relationFilterConditions(filter, { source, target, actor });
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
