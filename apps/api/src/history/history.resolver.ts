import { readsForField } from '../common/read-selection.js';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  ConnectionType,
  PageInfo,
  checkPageArgs,
  cursorList,
  encodeCursor,
  isIn,
  paginate,
  type ConnectionShape,
} from '../common/connection.js';
import type { Context } from '../common/context.js';
import { badUserInput } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import { PageArgs } from '../common/page.args.js';
import { Change, ChangeRow } from './change.entity.js';
import { HistoryArgs, RevertInput, RevertPayload } from './history.args.js';
import { historyTables } from './history-tables.js';
import { revertChange } from './revert.js';

// What these fields read beyond their own columns, for the reads that fetch only selected columns.
readsForField('Change', 'rows', { Change: ['rowCount'] });
readsForField('Change', 'revertedBy', { Change: ['revertedByChangeId'] });
readsForField('Change', 'reverts', { Change: ['revertsChangeId'] });
readsForField('ChangeRow', 'entityType', { ChangeRow: ['entity'] });
readsForField('ChangeRow', 'nodeId', { ChangeRow: ['entity', 'rowId'] });

@ObjectType({ description: 'A page of changes, newest first (Relay cursor connection).' })
export class ChangeConnection extends ConnectionType(Change, 'changes') {}

@ObjectType({ description: 'A page of the rows one change wrote (Relay cursor connection).' })
export class ChangeRowConnection extends ConnectionType(ChangeRow, 'rows') {}

/** The database id of a change's global ID; any other ID is a client error. */
function changeIdOf(id: string, argumentName: string): number {
  const { typeName, id: key } = fromGlobalId(id);
  if (typeName !== 'Change') throw badUserInput(`"${id.slice(0, 80)}" is not the ID of a change.`, argumentName);
  return key;
}

/**
 * The change history: what was written, by whom, and the undoing of it. Editors and admins only:
 * a change's rows hold whole records, deleted ones included.
 */
@Resolver(() => Change)
export class HistoryResolver {
  @Authorized('editor')
  @Query(() => ChangeConnection, {
    description:
      'The changes that wrote a node, newest first: its own row, or one of its lists of links (a negotiation’s parties). Works for deleted nodes too. Editors and admins only.',
  })
  history(
    @Args(() => HistoryArgs) args: HistoryArgs,
    @Ctx() { em, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { typeName, id } = fromGlobalId(args.id);
    const lists = historyTables(em).listsOf.get(typeName) ?? [];
    const entities = [typeName, ...lists.map((list) => list.name)];
    const touching = isIn('entity', entities);
    return paginate(
      loaders.reader,
      Change,
      [
        {
          sql: `id in (select change_id from change_row where ${touching.sql} and row_id = ?)`,
          params: [...touching.params, id],
        },
      ],
      { id: 'desc' },
      args,
      info,
    );
  }

  @Authorized('editor')
  @Query(() => ChangeConnection, {
    description: 'Every recorded change (edits, imports, reverts), newest first. Editors and admins only.',
  })
  recentChanges(@Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return paginate(loaders.reader, Change, [], { id: 'desc' }, args, info);
  }

  @FieldResolver(() => ChangeRowConnection, {
    description: 'The rows the change wrote, in the order it wrote them, a page at a time.',
  })
  async rows(
    @Root() change: Change,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<ChangeRow>> {
    const order = { id: 'asc' } as const;
    if (args.after != null) {
      return paginate(loaders.reader, ChangeRow, [{ sql: 'change_id = ?', params: [change.id] }], order, args, info);
    }
    // First pages of a list of changes: one statement for all of them, counted by the header.
    const first = checkPageArgs(args);
    const rows = await loaders.childrenOf(ChangeRow, 'changeId', order, first + 1).load(change.id);
    const nodes = rows.slice(0, first);
    const list = cursorList(ChangeRow, order);
    const edges = nodes.map((node) => ({ cursor: encodeCursor(list, [node.id]), node }));
    const pageInfo = Object.assign(new PageInfo(), {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    });
    return { edges, nodes, pageInfo, totalCount: change.rowCount };
  }

  @FieldResolver(() => Change, { nullable: true, description: 'The change that undid this one; null while it stands.' })
  revertedBy(@Root() change: Change, @Ctx() { loaders }: Context) {
    return change.revertedByChangeId == null ? null : loaders.byId(Change, change.revertedByChangeId);
  }

  @FieldResolver(() => Change, { nullable: true, description: 'For a revert, the change it undid; null otherwise.' })
  reverts(@Root() change: Change, @Ctx() { loaders }: Context) {
    return change.revertsChangeId == null ? null : loaders.byId(Change, change.revertsChangeId);
  }

  @Authorized('editor')
  @Mutation(() => RevertPayload, {
    description:
      'Undoes a change as a new change of kind REVERT: what it created is deleted, what it deleted is put back with the same ID, what it updated is set back (with a new `version`). Reverting a revert applies the change again. Fails with CONFLICT (naming the change in `extensions.conflictingChangeId`) when the change is already reverted or a later change wrote any of the same rows; nothing is written then. Editors and admins only.',
  })
  async revert(
    @Arg('input', () => RevertInput, { description: 'Which change to undo.' }) input: RevertInput,
    @Ctx() ctx: Context,
  ): Promise<RevertPayload> {
    const { changeId, revertedId } = await revertChange(ctx, changeIdOf(input.changeId, 'changeId'));
    const read = (id: number) => ctx.em.fork().findOneOrFail(Change, { id });
    return Object.assign(new RevertPayload(), {
      change: await read(changeId),
      reverted: await read(revertedId),
      clientMutationId: input.clientMutationId,
    });
  }
}
