import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { searchable } from '../common/search.js';
import { Document } from '../document/document.entity.js';
import type { Edit } from '../editing/edit.js';
import { NodeMutations, change, readFresh, type NodeEditor } from '../editing/fact-mutations.js';
import { repoint } from '../editing/references.js';
import { applyActorFields } from './actor-fields.js';
import { Actor } from './actor.entity.js';
import { CreateActorInput, MergeActorsInput, MergeActorsPayload, UpdateActorInput } from './actor.inputs.js';

/** Checks what the input gives and sets it on the actor (a new one, or one being updated). */
async function apply(actor: Actor, input: Omit<UpdateActorInput, 'id' | 'version'>, edit: Edit): Promise<void> {
  await applyActorFields(actor, input, edit);
  const document = await edit.link(Document, input.documentId, 'input.documentId', input.evidence != null);
  if (input.evidence != null && !input.documentId) edit.report('input.documentId', 'is needed with evidence');
  if (document) await edit.evidence('actors', 'actor', actor, document, input.evidence);
}

/** How actors are created and updated, for the actor mutations and for accepting a suggested actor. */
export const actorEditor: NodeEditor<Actor, CreateActorInput, UpdateActorInput> = {
  entity: Actor,
  field: 'actor',
  referredTo: true,
  inputs: { create: CreateActorInput, update: UpdateActorInput },
  describe: {
    create: 'Adds an actor, with the words of a document that name it. For editors.',
    update: 'Changes an actor; the version read must still be current. For editors.',
    delete:
      'Deletes an actor and its evidence. An actor other facts refer to (relations, participations, positions, statements…) is kept unless `cascade` is set. For editors.',
  },
  async create(input, edit) {
    const actor = new Actor();
    await apply(actor, input, edit);
    edit.check();
    edit.em.persist(actor);
    return actor;
  },
  update: apply,
};

@Resolver()
export class ActorMutations extends NodeMutations(actorEditor) {
  @Authorized('editor')
  @Mutation(() => MergeActorsPayload, {
    description:
      'Merges two records of the same actor: every fact of the merged one (relations at both ends, participations, positions, statements, figures, attributions, documents, negotiations, evidence) moves to the kept one, its name and aliases become the kept one’s aliases, and it is deleted. Both versions read must still be current. For editors.',
  })
  async mergeActors(
    @Arg('input', () => MergeActorsInput, { description: 'Which actor stays, which goes, and the versions read.' })
    input: MergeActorsInput,
    @Ctx() ctx: Context,
  ): Promise<MergeActorsPayload> {
    const kept = await change(ctx, 'merge actors', async (edit) => {
      if (input.keepId === input.mergeId) {
        edit.report('input.mergeId', 'is the kept actor: an actor cannot be merged with itself');
        edit.check();
      }
      const keep = await edit.target(Actor, input.keepId, input.keepVersion, {
        lock: true,
        paths: { id: 'input.keepId', version: 'input.keepVersion' },
      });
      const merge = await edit.target(Actor, input.mergeId, input.mergeVersion, {
        lock: true,
        paths: { id: 'input.mergeId', version: 'input.mergeVersion' },
      });
      await repoint(edit.em, merge, keep);
      keep.aliases = [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter(
        (alias) => alias !== keep.name,
      );
      keep.searchText = searchable(keep.name, ...keep.aliases, keep.slug);
      keep.markEdited();
      // Nothing refers to it any more: everything that did now refers to the kept actor.
      edit.em.remove(merge);
      return keep;
    });
    return Object.assign(new MergeActorsPayload(), {
      actor: await readFresh(ctx, Actor, kept.id),
      mergedId: input.mergeId,
    });
  }
}
