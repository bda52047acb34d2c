import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, isIn, paginate, type Conditions } from '../common/connection.js';
import { LONG_LIST, SHORT_LIST, checkFirst, firstArgOptions, firstArgType } from '../common/list.js';
import { checkSearchText, likeContains } from '../common/search.js';
import type { Context } from '../common/context.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Participation } from '../event/participation.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { figuresSourcedBy } from '../figure/figure.loaders.js';
import { Position } from '../position/position.entity.js';
import { Direction } from '../relation/relation-direction.js';
import { Relation } from '../relation/relation.entity.js';
import { relationsOfActor } from '../relation/relation.loaders.js';
import { Statement } from '../statement/statement.entity.js';
import { ActorRelationsArgs, ActorsArgs } from './actor.args.js';
import { Actor } from './actor.entity.js';

@ObjectType({ description: 'A page of actors (Relay cursor connection).' })
export class ActorConnection extends ConnectionType(Actor, 'actors') {}

@Resolver(() => Actor)
export class ActorResolver extends WithEvidence(Actor, 'actor', 'Where the sources name this actor.') {
  @Query(() => Actor, { nullable: true, description: 'The actor with this slug ("nicolas-maduro"), or null.' })
  actor(@Arg('slug', () => String, { description: 'The actor’s slug.' }) slug: string, @Ctx() { loaders }: Context) {
    return loaders.oneBy(Actor, 'slug').load(slug);
  }

  @Query(() => ActorConnection, { description: 'Actors by name, in slug order, a page at a time.' })
  actors(@Args(() => ActorsArgs) args: ActorsArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const where: Conditions = [];
    const search = checkSearchText(args.search, 'search');
    if (search) where.push({ sql: 'search_text like ?', params: [likeContains(search)] });
    if (args.kinds?.length) where.push(isIn('kind', args.kinds));
    return paginate(loaders.reader, Actor, where, { slug: 'asc' }, args, info);
  }

  @FieldResolver(() => [Position], { description: 'Titles this actor holds.' })
  positions(
    @Root() actor: Actor,
    @Arg('first', firstArgType, firstArgOptions(SHORT_LIST, 'titles')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.childrenOf(Position, 'holder', { id: 'asc' }, checkFirst(first, SHORT_LIST)).load(actor.id);
  }

  @FieldResolver(() => [Relation], {
    description: 'Relations this actor stands at either end of, filtered by direction, kind and category.',
  })
  relations(
    @Root() actor: Actor,
    @Args(() => ActorRelationsArgs) args: ActorRelationsArgs,
    @Ctx() { loaders }: Context,
  ) {
    const { direction, kinds, categories } = args;
    const first = checkFirst(args.first, LONG_LIST);
    return loaders
      .get(relationsOfActor)
      .load({ actorId: actor.id, direction: direction ?? Direction.BOTH, kinds, categories, first });
  }

  @FieldResolver(() => [Participation], { description: 'Events this actor took part in, with their role.' })
  participations(
    @Root() actor: Actor,
    @Arg('first', firstArgType, firstArgOptions(LONG_LIST, 'participations')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.childrenOf(Participation, 'actor', { id: 'asc' }, checkFirst(first, LONG_LIST)).load(actor.id);
  }

  @FieldResolver(() => [Statement], {
    description: 'What this actor said — including declining to comment and not replying.',
  })
  statements(
    @Root() actor: Actor,
    @Arg('first', firstArgType, firstArgOptions(LONG_LIST, 'statements')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.childrenOf(Statement, 'speaker', { id: 'asc' }, checkFirst(first, LONG_LIST)).load(actor.id);
  }

  @FieldResolver(() => [Figure], { description: 'Figures this actor is the source of (who estimates them).' })
  figures(
    @Root() actor: Actor,
    @Arg('first', firstArgType, firstArgOptions(LONG_LIST, 'figures')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    const size = checkFirst(first, LONG_LIST);
    return loaders.get(figuresSourcedBy(size), `figuresSourcedBy ${size}`).load(actor.id);
  }
}
