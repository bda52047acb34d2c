import { Resolver } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { Document } from '../document/document.entity.js';
import { newKey, orNull, refOrNull, type Edit } from '../editing/edit.js';
import { NodeMutations, type NodeEditor } from '../editing/fact-mutations.js';
import { Attribution } from './attribution.entity.js';
import { CreateAttributionInput, UpdateAttributionInput } from './attribution.inputs.js';

type AttributionFields = Omit<UpdateAttributionInput, 'id' | 'version'>;

/** Checks what the input gives and sets it on the attribution (a new one, or one being updated). */
export async function applyAttributionFields(
  attribution: Attribution,
  input: AttributionFields,
  document: Document,
  edit: Edit,
  path = 'input',
) {
  const { kind, text } = input;
  edit.fields('attributions', Attribution.name, { kind, text }, path);
  const source = await edit.link(Actor, input.sourceId, `${path}.sourceId`, false);
  await edit.evidence('attributions', 'attribution', attribution, document, input.evidence, `${path}.evidence`);
  if (kind) attribution.kind = kind;
  if (source !== undefined) attribution.source = refOrNull(source);
  if (text !== undefined) attribution.text = orNull(text);
}

/** How attributions are created and updated, for the attribution mutations and for accepting a suggested attribution. */
export const attributionEditor: NodeEditor<Attribution, CreateAttributionInput, UpdateAttributionInput> = {
  entity: Attribution,
  field: 'attribution',
  referredTo: true,
  inputs: { create: CreateAttributionInput, update: UpdateAttributionInput },
  describe: {
    create: 'Adds an attribution ("says who") to a document. For editors.',
    update: 'Changes an attribution; the version read must still be current. For editors.',
    delete:
      'Deletes an attribution and its evidence. One that relations, events or figures cite is kept unless `cascade` is set. For editors.',
  },
  create(input, edit) {
    const attribution = Object.assign(new Attribution(), { key: newKey('attribution') });
    return edit.create(attribution, input.documentId, (document) =>
      applyAttributionFields(attribution, input, document, edit),
    );
  },
  update: async (attribution, input, edit) =>
    applyAttributionFields(attribution, input, await edit.documentOf(attribution), edit),
};

@Resolver()
export class AttributionMutations extends NodeMutations(attributionEditor) {}
