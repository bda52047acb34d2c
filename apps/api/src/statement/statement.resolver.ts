import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { ConnectionType, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Event } from '../event/event.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { StatementsArgs } from './statement.args.js';
import { Statement } from './statement.entity.js';

@ObjectType({ description: 'A page of statements (Relay cursor connection).' })
export class StatementConnection extends ConnectionType(Statement, 'statements') {}

@Resolver(() => Statement)
export class StatementResolver extends WithEvidence(Statement, 'statement', 'The words that report it.') {
  @Query(() => StatementConnection, { description: 'What actors said, or declined to say.' })
  statements(
    @Args(() => StatementsArgs) { speaker, kinds, ...page }: StatementsArgs,
    @Ctx() { em }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where: FilterQuery<Statement> = {};
    if (speaker) where.speaker = { slug: speaker };
    if (kinds?.length) where.kind = { $in: kinds };
    return paginate(em, Statement, where, { id: 'asc' }, page, info);
  }

  @FieldResolver(() => Actor, { description: 'Who spoke (or did not).' })
  speaker(@Root() statement: Statement) {
    return statement.speaker.load();
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it was said at, if any (an interview).' })
  event(@Root() statement: Statement) {
    return statement.event?.load() ?? null;
  }
}
