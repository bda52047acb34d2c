import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { ConnectionType, paginate } from '../common/connection.js';
import { overlaps } from '../common/date-range.js';
import type { Context } from '../common/context.js';
import { Event } from '../event/event.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { RelationKind } from './relation-kind.js';
import { RelationKindInfo } from './relation-kind.type.js';
import { RelationsArgs } from './relation.args.js';
import { Relation } from './relation.entity.js';

@ObjectType({ description: 'A page of relations (Relay cursor connection).' })
export class RelationConnection extends ConnectionType(Relation, 'relations') {}

@Resolver(() => Relation)
export class RelationResolver extends WithEvidence(Relation, 'relation', 'The words that tell of it.') {
  @Query(() => RelationConnection, {
    description: 'Relations between actors, filtered by kind, category, actors and dates.',
  })
  relations(
    @Args(() => RelationsArgs) { filter, ...page }: RelationsArgs,
    @Ctx() { em }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where: FilterQuery<Relation>[] = [];
    if (filter?.kinds?.length) where.push({ kind: { $in: filter.kinds } });
    if (filter?.categories?.length) where.push({ category: { $in: filter.categories } });
    if (filter?.source) where.push({ source: { slug: filter.source } });
    if (filter?.target) where.push({ target: { slug: filter.target } });
    if (filter?.actor) where.push({ $or: [{ source: { slug: filter.actor } }, { target: { slug: filter.actor } }] });
    if (filter?.from || filter?.to) where.push(overlaps('date', filter.from, filter.to));
    return paginate(em, Relation, { $and: where }, { id: 'asc' }, page, info);
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
  source(@Root() relation: Relation) {
    return relation.source.load();
  }

  @FieldResolver(() => Actor, { description: 'Who was acted upon.' })
  target(@Root() relation: Relation) {
    return relation.target.load();
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it happened at, if any.' })
  event(@Root() relation: Relation) {
    return relation.event?.load() ?? null;
  }

  @FieldResolver(() => Attribution, { description: 'Who says so.' })
  attribution(@Root() relation: Relation) {
    return relation.attribution.load();
  }
}
