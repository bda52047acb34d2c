import type { NewAttributionInput } from '../attribution/attribution.inputs.js';
import { chosenAttribution } from '../attribution/attribution-fields.js';
import { ref } from '@mikro-orm/core';
import { Resolver } from 'type-graphql';
import { chosenActor } from '../actor/actor-fields.js';
import type { NewActorInput } from '../actor/actor.inputs.js';
import { Modality } from '../common/modality.js';
import type { Document } from '../document/document.entity.js';
import { newKey, orNull, refOrNull, type Edit } from '../editing/edit.js';
import { NodeMutations, type NodeEditor } from '../editing/fact-mutations.js';
import { Event } from '../event/event.entity.js';
import { relationKindProblems } from '../facts/fact-rules.js';
import { categoryOf } from './relation-kind.js';
import { Relation } from './relation.entity.js';
import { CreateRelationInput, UpdateRelationInput } from './relation.inputs.js';

/** An update's fields, or a new relation's, which may also name new actors at either end. */
type RelationFields = Omit<UpdateRelationInput, 'id' | 'version'> & {
  newSource?: NewActorInput | null;
  newTarget?: NewActorInput | null;
  newAttribution?: NewAttributionInput | null;
};

/** Checks what the input gives and sets it on the relation (a new one, or one being updated). */
async function apply(relation: Relation, input: RelationFields, document: Document, edit: Edit): Promise<void> {
  const { kind, summary, modality, demand, lever } = input;
  edit.fields('relations', Relation.name, { kind, summary, modality, demand, lever });
  if (kind) edit.add(relationKindProblems(kind, 'input'));
  const source = await chosenActor(edit, relation, document, input, ['sourceId', 'newSource'], { required: true });
  const target = await chosenActor(edit, relation, document, input, ['targetId', 'newTarget'], { required: true });
  const event = await edit.link(Event, input.eventId, 'input.eventId', false);
  const attribution = await chosenAttribution(edit, relation, document, input, input.evidence, { required: true });
  edit.sameDocument(document, event, 'input.eventId');
  edit.sameDocument(document, attribution, 'input.attributionId');
  const date = edit.date(input.date, document, 'input.date');
  await edit.evidence('relations', 'relation', relation, document, input.evidence);

  if (kind) Object.assign(relation, { kind, category: categoryOf(kind) });
  if (summary) relation.summary = summary;
  if (modality !== undefined) relation.modality = modality ?? Modality.ACTUAL;
  if (source) relation.source = ref(source);
  if (target) relation.target = ref(target);
  if (event !== undefined) relation.event = refOrNull(event);
  if (attribution) relation.attribution = ref(attribution);
  if (date !== undefined) relation.date = orNull(date);
  if (demand !== undefined) relation.demand = orNull(demand);
  if (lever !== undefined) relation.lever = orNull(lever);
}

/** How relations are created and updated, for the relation mutations and for accepting a suggested relation. */
export const relationEditor: NodeEditor<Relation, CreateRelationInput, UpdateRelationInput> = {
  entity: Relation,
  field: 'relation',
  referredTo: false,
  inputs: { create: CreateRelationInput, update: UpdateRelationInput },
  describe: {
    create: 'Records a relation between two actors, with its evidence in its document. For editors.',
    update: 'Changes a relation; the version read must still be current. For editors.',
    delete: 'Deletes a relation and its evidence. For editors.',
  },
  create(input, edit) {
    const relation = Object.assign(new Relation(), { key: newKey('relation') });
    return edit.create(relation, input.documentId, (document) => apply(relation, input, document, edit));
  },
  async update(relation, input, edit) {
    await apply(relation, input, await edit.documentOf(relation), edit);
  },
};

@Resolver()
export class RelationMutations extends NodeMutations(relationEditor) {}
