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
import { Figure } from './figure.entity.js';
import { CreateFigureInput, UpdateFigureInput } from './figure.inputs.js';

/** An update's fields, or a new figure's, which may also name a new subject. */
type FigureFields = Omit<UpdateFigureInput, 'id' | 'version'> & {
  newSubject?: NewActorInput | null;
  newAttribution?: NewAttributionInput | null;
};

/** Checks what the input gives and sets it on the figure (a new one, or one being updated). */
async function apply(figure: Figure, input: FigureFields, document: Document, edit: Edit) {
  const { amount, currency, summary, measure, modality, condition } = input;
  edit.fields('figures', Figure.name, { amount, currency, summary, measure, modality, condition });
  if (amount != null && !Number.isFinite(amount)) edit.report('input.amount', 'must be a finite number');
  const subject = await chosenActor(edit, figure, document, input, ['subjectId', 'newSubject'], { required: false });
  const attribution = await chosenAttribution(edit, figure, document, input, input.evidence, { required: true });
  edit.sameDocument(document, attribution, 'input.attributionId');
  const period = edit.date(input.period, document, 'input.period');
  await edit.evidence('figures', 'figure', figure, document, input.evidence);
  if (amount != null) figure.amount = amount;
  if (currency) figure.currency = currency;
  if (summary) figure.summary = summary;
  if (measure !== undefined) figure.measure = orNull(measure);
  if (modality !== undefined) figure.modality = modality ?? Modality.ACTUAL;
  if (condition !== undefined) figure.condition = orNull(condition);
  if (subject !== undefined) figure.subject = refOrNull(subject);
  if (attribution) figure.attribution = ref(attribution);
  if (period !== undefined) figure.period = orNull(period);
}

/** How figures are created and updated, for the figure mutations and for accepting a suggested figure. */
export const figureEditor: NodeEditor<Figure, CreateFigureInput, UpdateFigureInput> = {
  entity: Figure,
  field: 'figure',
  referredTo: false,
  inputs: { create: CreateFigureInput, update: UpdateFigureInput },
  describe: {
    create: 'Records an amount a document gives, with who estimates it and its evidence. For editors.',
    update: 'Changes a figure; the version read must still be current. For editors.',
    delete: 'Deletes a figure and its evidence. For editors.',
  },
  create(input, edit) {
    const figure = Object.assign(new Figure(), { key: newKey('figure') });
    return edit.create(figure, input.documentId, (document) => apply(figure, input, document, edit));
  },
  update: async (figure, input, edit) => apply(figure, input, await edit.documentOf(figure), edit),
};

@Resolver()
export class FigureMutations extends NodeMutations(figureEditor) {}
