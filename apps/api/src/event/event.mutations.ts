import type { NewAttributionInput } from '../attribution/attribution.inputs.js';
import { chosenAttribution } from '../attribution/attribution-fields.js';
import { ref } from '@mikro-orm/core';
import { Resolver } from 'type-graphql';
import { chosenActor } from '../actor/actor-fields.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { searchable } from '../common/search.js';
import type { Document } from '../document/document.entity.js';
import { isStored, orNull, type Edit } from '../editing/edit.js';
import { NodeMutations, type NodeEditor } from '../editing/fact-mutations.js';
import { removeNode } from '../editing/references.js';
import { Event } from './event.entity.js';
import { CreateEventInput, UpdateEventInput, type ParticipantInput } from './event.inputs.js';
import { Participation } from './participation.entity.js';

type EventFields = Omit<UpdateEventInput, 'id' | 'version'> & { newAttribution?: NewAttributionInput | null };

/** Checks the participants and replaces the event's with them, each with its evidence. */
async function replaceParticipants(event: Event, inputs: ParticipantInput[], document: Document, edit: Edit) {
  if (isStored(event)) {
    for (const old of await edit.em.find(Participation, { event })) await removeNode(edit.em, old, false);
  }
  for (const [index, input] of inputs.entries()) {
    const path = `input.participants[${index}]`;
    const { role, outcome } = input;
    edit.fields('participants', Participation.name, { role, outcome }, path);
    const participation = new Participation();
    const actor = await chosenActor(edit, participation, document, input, ['actorId', 'newActor'], {
      required: true,
      path,
    });
    const attribution = await edit.link(Attribution, input.attributionId, `${path}.attributionId`, false);
    edit.sameDocument(document, attribution, `${path}.attributionId`);
    Object.assign(participation, { event: ref(event), role: role ?? undefined, outcome: outcome ?? undefined });
    if (actor) participation.actor = ref(actor);
    if (attribution) participation.attribution = ref(attribution);
    await edit.evidence('participants', 'participation', participation, document, input.evidence, `${path}.evidence`);
    edit.em.persist(participation);
  }
}

/** Checks what the input gives and sets it on the event (a new one, or one being updated). */
async function apply(event: Event, input: EventFields, document: Document, edit: Edit) {
  const { slug, kind, title, summary, location, secret } = input;
  edit.fields('events', Event.name, { slug, kind, title, summary, location, secret });
  if (slug && slug !== event.slug && (await edit.em.count(Event, { slug }))) {
    edit.report('input.slug', `"${slug}" is another event's slug`);
  }
  const attribution = await chosenAttribution(edit, event, document, input, input.evidence, { required: true });
  edit.sameDocument(document, attribution, 'input.attributionId');
  const date = edit.date(input.date, document, 'input.date');
  await edit.evidence('events', 'event', event, document, input.evidence);
  if (input.participants != null) await replaceParticipants(event, input.participants, document, edit);

  if (slug) event.slug = slug;
  if (kind) event.kind = kind;
  if (title) event.title = title;
  if (summary !== undefined) event.summary = orNull(summary);
  if (date !== undefined) event.date = orNull(date);
  if (location !== undefined) event.location = orNull(location);
  if (secret !== undefined) event.secret = secret ?? false;
  if (attribution) event.attribution = ref(attribution);
  event.searchText = searchable(event.title, event.summary, event.location);
}

/** How events are created and updated, for the event mutations and for accepting a suggested event. */
export const eventEditor: NodeEditor<Event, CreateEventInput, UpdateEventInput> = {
  entity: Event,
  field: 'event',
  referredTo: true,
  inputs: { create: CreateEventInput, update: UpdateEventInput },
  describe: {
    create: 'Records an event with its participants and evidence. For editors.',
    update:
      'Changes an event; `participants`, when given, replace the event’s wholesale. The version read must still be current. For editors.',
    delete:
      'Deletes an event with its participants and evidence. One that relations, statements or negotiations refer to is kept unless `cascade` is set (which clears those references). For editors.',
  },
  create(input, edit) {
    const event = new Event();
    return edit.create(event, input.documentId, (document) => apply(event, input, document, edit));
  },
  update: async (event, input, edit) => apply(event, input, await edit.documentOf(event), edit),
};

@Resolver()
export class EventMutations extends NodeMutations(eventEditor) {}
