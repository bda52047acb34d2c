import type { EntityClass } from '@mikro-orm/core';
import { Resolver } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { Document } from '../document/document.entity.js';
import { isStored, orNull, type Edit } from '../editing/edit.js';
import { NodeMutations } from '../editing/fact-mutations.js';
import { Event } from '../event/event.entity.js';
import { fieldProblems } from '../facts/fact-rules.js';
import { Negotiation } from './negotiation.entity.js';
import { CreateNegotiationInput, UpdateNegotiationInput } from './negotiation.inputs.js';

type NegotiationFields = Omit<UpdateNegotiationInput, 'id' | 'version'>;

/** The nodes a list of IDs names, each problem at its index. */
async function nodes<T extends object>(edit: Edit, entity: EntityClass<T>, ids: string[], path: string): Promise<T[]> {
  const found: T[] = [];
  for (const [index, id] of ids.entries()) {
    const node = await edit.reference(entity, id, `${path}[${index}]`);
    if (node) found.push(node);
  }
  return found;
}

/** Checks what the input gives and sets it on the negotiation (a new one, or one being updated). */
async function apply(negotiation: Negotiation, input: NegotiationFields, document: Document, edit: Edit) {
  const { slug, title, summary, issues } = input;
  // Read before anything changes: a query after a change would flush it, and count as an update of its own.
  if (isStored(negotiation)) {
    await negotiation.parties.init();
    await negotiation.rounds.init();
  }
  const parties = input.partyIds == null ? undefined : await nodes(edit, Actor, input.partyIds, 'input.partyIds');
  const rounds = input.roundIds == null ? undefined : await nodes(edit, Event, input.roundIds, 'input.roundIds');
  rounds?.forEach((round, index) => {
    edit.sameDocument(document, round, `input.roundIds[${index}]`);
  });
  edit.fields('negotiations', Negotiation.name, { slug, title, summary, issues });
  // The bundle format's rule for parties (at least one) holds for the actors the IDs name.
  const partySlugs = input.partyIds === null ? null : parties?.map((party) => party.slug);
  for (const problem of fieldProblems('negotiations', { parties: partySlugs }, 'input')) {
    edit.report(problem.path.replace('input.parties', 'input.partyIds'), problem.message);
  }
  if (slug && slug !== negotiation.slug && (await edit.em.count(Negotiation, { slug }))) {
    edit.report('input.slug', `"${slug}" is another negotiation's slug`);
  }
  const deadline = edit.date(input.deadline, document, 'input.deadline');
  await edit.evidence('negotiations', 'negotiation', negotiation, document, input.evidence);

  if (slug) negotiation.slug = slug;
  if (title) negotiation.title = title;
  if (summary !== undefined) negotiation.summary = orNull(summary);
  if (deadline !== undefined) negotiation.deadline = orNull(deadline);
  if (issues != null) negotiation.issues = issues;
  if (parties) negotiation.parties.set(parties);
  if (rounds) negotiation.rounds.set(rounds);
}

@Resolver()
export class NegotiationMutations extends NodeMutations<Negotiation, CreateNegotiationInput, UpdateNegotiationInput>({
  entity: Negotiation,
  field: 'negotiation',
  referredTo: false,
  inputs: { create: CreateNegotiationInput, update: UpdateNegotiationInput },
  describe: {
    create: 'Records a negotiation with its parties, rounds and evidence. For editors.',
    update: 'Changes a negotiation; the version read must still be current. For editors.',
    delete: 'Deletes a negotiation and its evidence (its parties and rounds stay). For editors.',
  },
  create(input, edit) {
    const negotiation = new Negotiation();
    return edit.create(negotiation, input.documentId, (document) => apply(negotiation, input, document, edit));
  },
  update: async (negotiation, input, edit) => apply(negotiation, input, await edit.documentOf(negotiation), edit),
}) {}
