import { OptimisticLockError, type EntityClass } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../common/context.js';
import { versionConflict } from '../common/errors.js';
import type { VersionedEntity } from '../common/versioned.entity.js';
import { runChange } from '../history/run-change.js';
import { acceptEdited, acceptedSummary, suggestionIdOf } from '../suggestions/suggestion-decision.js';
import { Edit } from './edit.js';
import { deleteInput, deletePayload, nodePayload, type UpdateNodeInput } from './payloads.js';
import { removeNode } from './references.js';

/** How one type of node is created and updated; deleting is the same for every type (see removeNode). */
export interface NodeEditor<T extends VersionedEntity<string>, C extends object, U extends UpdateNodeInput> {
  entity: EntityClass<T> & ClassType<T>;
  /** Its payload field ("relation"). */
  field: string;
  /** Whether other facts may refer to it (its delete then takes `cascade`). */
  referredTo: boolean;
  inputs: { create: ClassType<C>; update: ClassType<U> };
  describe: { create: string; update: string; delete: string };
  /** Checks the input (reporting problems to `edit`) and creates the node. */
  create(input: C, edit: Edit): Promise<T>;
  /** Checks the input and applies it to the node. */
  update(node: T, input: U, edit: Edit): Promise<void>;
  /** Work after a create has committed, whose failure must not undo the create (it logs its own). */
  afterCreate?(node: T, ctx: Context): Promise<void>;
}

/** The node as the read path sees it now: the request's loader forgets what it read before the change. */
export async function readFresh<T extends { id: number }>(ctx: Context, entity: EntityClass<T>, id: number) {
  const loader = ctx.loaders.oneBy<T, number>(entity, 'id');
  return loader.clear(id).load(id);
}

/**
 * Runs a mutation's work as one change: problems the work reports are thrown before anything is
 * written, and a versioned UPDATE that finds the row changed since (OptimisticLockError) is a
 * CONFLICT with the version to read again.
 */
export async function change<R>(ctx: Context, summary: string, work: (edit: Edit) => Promise<R>): Promise<R> {
  try {
    return await runChange(ctx, summary, async (em) => {
      const edit = new Edit(em);
      const result = await work(edit);
      edit.check();
      return result;
    });
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    const stale = error.getEntity() as VersionedEntity<string> | undefined;
    const current = stale
      ? await readFresh(ctx, stale.constructor as EntityClass<VersionedEntity<string>>, stale.id)
      : null;
    throw versionConflict(
      `${stale?.constructor.name ?? 'The node'} changed while this change was written: read it again and reapply the change.`,
      current?.version ?? null,
    );
  }
}

/**
 * The create, update and delete mutations of one type of node, named `create<Type>`,
 * `update<Type>`, `delete<Type>`; each for editors, each one change (see `change`).
 */
export function NodeMutations<T extends VersionedEntity<string>, C extends object, U extends UpdateNodeInput>(
  editor: NodeEditor<T, C, U>,
) {
  const name = editor.entity.name;
  const CreatePayload = nodePayload(editor.entity, name, editor.field, 'Create');
  const UpdatePayload = nodePayload(editor.entity, name, editor.field, 'Update');
  const DeleteInput = deleteInput(name, editor.referredTo);
  const DeletePayload = deletePayload(name);
  type Deleting = InstanceType<typeof DeleteInput>;

  @Resolver()
  abstract class Mutations {
    @Authorized('editor')
    @Mutation(() => CreatePayload, { name: `create${name}`, description: editor.describe.create })
    async create(
      @Arg('input', () => editor.inputs.create, { description: `The new ${name}.` }) input: C,
      @Ctx() ctx: Context,
    ): Promise<InstanceType<typeof CreatePayload>> {
      const suggestionId = suggestionIdOf(input);
      const summary = suggestionId ? acceptedSummary(name, true) : `create ${name}`;
      const node: T = await change(ctx, summary, async (edit) => {
        const created = await editor.create(input, edit);
        if (suggestionId) await acceptEdited(edit, suggestionId, created, input, ctx.viewer);
        return created;
      });
      await editor.afterCreate?.(node, ctx);
      return Object.assign(new CreatePayload(), { node: await readFresh<T>(ctx, editor.entity, node.id) });
    }

    @Authorized('editor')
    @Mutation(() => UpdatePayload, { name: `update${name}`, description: editor.describe.update })
    async update(
      @Arg('input', () => editor.inputs.update, {
        description: `Which ${name}, the version read, and the fields to change (a field left out stays as it is; null clears an optional one).`,
      })
      input: U,
      @Ctx() ctx: Context,
    ): Promise<InstanceType<typeof UpdatePayload>> {
      const node: T = await change(ctx, `update ${name}`, async (edit) => {
        const target = await edit.target<T>(editor.entity, input.id, input.version);
        await editor.update(target, input, edit);
        target.markEdited();
        return target;
      });
      return Object.assign(new UpdatePayload(), { node: await readFresh<T>(ctx, editor.entity, node.id) });
    }

    @Authorized('editor')
    @Mutation(() => DeletePayload, { name: `delete${name}`, description: editor.describe.delete })
    async delete(
      @Arg('input', () => DeleteInput, { description: `Which ${name}, and the version read.` }) input: Deleting,
      @Ctx() ctx: Context,
    ): Promise<InstanceType<typeof DeletePayload>> {
      const deletedIds = await change(ctx, `delete ${name}`, async (edit) => {
        const target = await edit.target<T>(editor.entity, input.id, input.version, { lock: true });
        return removeNode(edit.em, target, input.cascade);
      });
      return Object.assign(new DeletePayload(), { deletedId: input.id, deletedIds });
    }
  }
  return Mutations;
}
