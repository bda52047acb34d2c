import { ref } from '@mikro-orm/core';
import { Resolver } from 'type-graphql';
import { chosenActor } from '../actor/actor-fields.js';
import type { NewActorInput } from '../actor/actor.inputs.js';
import type { Document } from '../document/document.entity.js';
import { newKey, orNull, refOrNull, type Edit } from '../editing/edit.js';
import { NodeMutations, type NodeEditor } from '../editing/fact-mutations.js';
import { Event } from '../event/event.entity.js';
import { Statement } from './statement.entity.js';
import { CreateStatementInput, UpdateStatementInput } from './statement.inputs.js';

/** An update's fields, or a new statement's, which may also name a new speaker. */
type StatementFields = Omit<UpdateStatementInput, 'id' | 'version'> & { newSpeaker?: NewActorInput | null };

/** Checks what the input gives and sets it on the statement (a new one, or one being updated). */
async function apply(statement: Statement, input: StatementFields, document: Document, edit: Edit) {
  const { kind, text, setting } = input;
  edit.fields('statements', Statement.name, { kind, text, setting });
  const speaker = await chosenActor(edit, statement, document, input, ['speakerId', 'newSpeaker'], { required: true });
  const event = await edit.link(Event, input.eventId, 'input.eventId', false);
  edit.sameDocument(document, event, 'input.eventId');
  const date = edit.date(input.date, document, 'input.date');
  await edit.evidence('statements', 'statement', statement, document, input.evidence);
  if (kind) statement.kind = kind;
  if (speaker) statement.speaker = ref(speaker);
  if (text !== undefined) statement.text = orNull(text);
  if (setting !== undefined) statement.setting = orNull(setting);
  if (date !== undefined) statement.date = orNull(date);
  if (event !== undefined) statement.event = refOrNull(event);
}

/** How statements are created and updated, for the statement mutations and for accepting a suggested statement. */
export const statementEditor: NodeEditor<Statement, CreateStatementInput, UpdateStatementInput> = {
  entity: Statement,
  field: 'statement',
  referredTo: false,
  inputs: { create: CreateStatementInput, update: UpdateStatementInput },
  describe: {
    create: 'Records something an actor said (or declined to say), with its evidence. For editors.',
    update: 'Changes a statement; the version read must still be current. For editors.',
    delete: 'Deletes a statement and its evidence. For editors.',
  },
  create(input, edit) {
    const statement = Object.assign(new Statement(), { key: newKey('statement') });
    return edit.create(statement, input.documentId, (document) => apply(statement, input, document, edit));
  },
  update: async (statement, input, edit) => apply(statement, input, await edit.documentOf(statement), edit),
};

@Resolver()
export class StatementMutations extends NodeMutations(statementEditor) {}
