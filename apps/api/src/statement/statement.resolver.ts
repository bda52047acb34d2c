import type { FilterQuery } from '@mikro-orm/core';
import { ArgsType, Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { ConnectionType, PageArgs, paginate } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Event } from '../event/event.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { StatementKind } from './statement-kind.js';
import { Statement } from './statement.entity.js';

@ObjectType({ description: 'A page of statements (Relay cursor connection).' })
export class StatementConnection extends ConnectionType(Statement, 'statements') {}

@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Slug of the speaker.' })
  speaker?: string | null;

  @Field(() => [StatementKind], {
    nullable: true,
    description: 'Only these kinds (DECLINED_TO_COMMENT and NO_REPLY list the non-responses).',
  })
  kinds?: StatementKind[] | null;
}

@Resolver(() => Statement)
export class StatementResolver extends WithEvidence(Statement, 'statement', 'The words that report it.') {
  @Query(() => StatementConnection, { description: 'What actors said, or declined to say.' })
  statements(@Args(() => StatementsArgs) { speaker, kinds, ...page }: StatementsArgs, @Ctx() { em }: Context) {
    const where: FilterQuery<Statement> = {};
    if (speaker) where.speaker = { slug: speaker };
    if (kinds?.length) where.kind = { $in: kinds };
    return paginate(em, Statement, where, { id: 'asc' }, page);
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
