import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { actorIdOfSlug } from '../actor/actor-by-slug.js';
import { ConnectionType, isIn, paginate, type Conditions } from '../common/connection.js';
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
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where: Conditions = [];
    if (speaker) {
      // The speaker's slug is resolved by the page's own statement; an unknown one matches no statement.
      const actor = actorIdOfSlug(speaker);
      where.push({ sql: `speaker_id = ${actor.sql}`, params: actor.params });
    }
    if (kinds?.length) where.push(isIn('kind', kinds));
    return paginate(loaders.reader, Statement, where, { id: 'asc' }, page, info);
  }

  @FieldResolver(() => Actor, { description: 'Who spoke (or did not).' })
  speaker(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, statement.speaker);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it was said at, if any (an interview).' })
  event(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    return loaders.referenced(Event, statement.event);
  }
}
