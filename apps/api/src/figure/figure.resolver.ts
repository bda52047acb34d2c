import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { ConnectionType, paginate } from '../common/connection.js';
import { PageArgs } from '../common/page.args.js';
import type { Context } from '../common/context.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Figure } from './figure.entity.js';

@ObjectType({ description: 'A page of figures (Relay cursor connection).' })
export class FigureConnection extends ConnectionType(Figure, 'figures') {}

@Resolver(() => Figure)
export class FigureResolver extends WithEvidence(Figure, 'figure', 'The words that give it.') {
  @Query(() => FigureConnection, { description: 'Amounts the sources give, each with who estimates it.' })
  figures(@Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return paginate(loaders.reader, Figure, [], { id: 'asc' }, page, info);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who or what the amount concerns (earned or lost by).' })
  subject(@Root() figure: Figure, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, figure.subject);
  }

  @FieldResolver(() => Attribution, { description: 'Who estimates it.' })
  attribution(@Root() figure: Figure, @Ctx() { loaders }: Context) {
    return loaders.referenced(Attribution, figure.attribution);
  }
}
