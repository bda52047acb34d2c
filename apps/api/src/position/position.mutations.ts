import { ref } from '@mikro-orm/core';
import { Resolver } from 'type-graphql';
import { chosenActor } from '../actor/actor-fields.js';
import type { NewActorInput } from '../actor/actor.inputs.js';
import type { Document } from '../document/document.entity.js';
import { newKey, orNull, refOrNull, type Edit } from '../editing/edit.js';
import { NodeMutations, type NodeEditor } from '../editing/fact-mutations.js';
import { Position } from './position.entity.js';
import { CreatePositionInput, UpdatePositionInput } from './position.inputs.js';

/** An update's fields, or a new position's, which may also name a new holder or organisation. */
type PositionFields = Omit<UpdatePositionInput, 'id' | 'version'> & {
  newHolder?: NewActorInput | null;
  newOrganization?: NewActorInput | null;
};

/** Checks what the input gives and sets it on the position (a new one, or one being updated). */
async function apply(position: Position, input: PositionFields, document: Document, edit: Edit) {
  const { title, acting, basis } = input;
  edit.fields('positions', Position.name, { title, acting, basis });
  const holder = await chosenActor(edit, position, document, input, ['holderId', 'newHolder'], { required: true });
  const organization = await chosenActor(edit, position, document, input, ['organizationId', 'newOrganization'], {
    required: false,
  });
  await edit.evidence('positions', 'position', position, document, input.evidence);
  if (holder) position.holder = ref(holder);
  if (organization !== undefined) position.organization = refOrNull(organization);
  if (title) position.title = title;
  if (acting !== undefined) position.acting = acting ?? false;
  if (basis !== undefined) position.basis = orNull(basis);
}

/** How positions are created and updated, for the position mutations and for accepting a suggested position. */
export const positionEditor: NodeEditor<Position, CreatePositionInput, UpdatePositionInput> = {
  entity: Position,
  field: 'position',
  referredTo: false,
  inputs: { create: CreatePositionInput, update: UpdatePositionInput },
  describe: {
    create: 'Records a title an actor holds, with its evidence. For editors.',
    update: 'Changes a position; the version read must still be current. For editors.',
    delete: 'Deletes a position and its evidence. For editors.',
  },
  create(input, edit) {
    const position = Object.assign(new Position(), { key: newKey('position') });
    return edit.create(position, input.documentId, (document) => apply(position, input, document, edit));
  },
  update: async (position, input, edit) => apply(position, input, await edit.documentOf(position), edit),
};

@Resolver()
export class PositionMutations extends NodeMutations(positionEditor) {}
