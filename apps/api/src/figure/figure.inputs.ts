import { NewAttributionInput } from '../attribution/attribution.inputs.js';
import { NewActorInput } from '../actor/actor.inputs.js';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Modality } from '../common/modality.js';
import { EvidenceInput } from '../editing/evidence.input.js';
import { PartialDateInputType } from '../editing/partial-date.input.js';
import { SuggestibleInput, UpdateNodeInput } from '../editing/payloads.js';

@InputType({ description: 'A new figure: an amount a document gives, with who estimates it.' })
export class CreateFigureInput extends SuggestibleInput {
  @Field(() => ID, { description: 'The document that gives it; its evidence quotes this document.' })
  documentId!: string;

  @Field(() => Float, { description: 'The amount, in units of `currency` (2 billion is 2000000000).' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code ("USD").' })
  currency!: string;

  @Field({ description: 'What the figure says, in one sentence.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'What is counted ("oil revenues").' })
  measure?: string | null;

  @Field(() => Modality, {
    nullable: true,
    description: 'ACTUAL (when left out) or POSSIBLE, for an amount that depends on a condition.',
  })
  modality?: Modality | null;

  @Field(() => String, { nullable: true, description: 'The condition a POSSIBLE figure depends on.' })
  condition?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor the amount is about.' })
  subjectId?: string | null;

  @Field(() => NewActorInput, {
    nullable: true,
    description: 'The actor the amount is about, created with the figure in the same change, instead of `subjectId`.',
  })
  newSubject?: NewActorInput | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'The period the amount covers.' })
  period?: PartialDateInputType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who estimates it: an attribution of the same document. Or `newAttribution` instead.',
  })
  attributionId?: string | null;

  @Field(() => NewAttributionInput, {
    nullable: true,
    description: 'Who says so, as a new attribution created with it in the same change, instead of `attributionId`.',
  })
  newAttribution?: NewAttributionInput | null;

  @Field(() => [EvidenceInput], { description: 'The words of the document that give it; at least one.' })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Changes to a figure: the fields given are set, the others stay as they are.' })
export class UpdateFigureInput extends UpdateNodeInput {
  @Field(() => Float, { nullable: true, description: 'The amount, in units of `currency`.' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code.' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'What the figure says, in one sentence.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'What is counted; null clears it.' })
  measure?: string | null;

  @Field(() => Modality, { nullable: true, description: 'ACTUAL or POSSIBLE.' })
  modality?: Modality | null;

  @Field(() => String, { nullable: true, description: 'The condition; null clears it.' })
  condition?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor the amount is about; null clears it.' })
  subjectId?: string | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'The period covered; null clears it.' })
  period?: PartialDateInputType | null;

  @Field(() => ID, { nullable: true, description: 'Who estimates it: an attribution of the same document.' })
  attributionId?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Its evidence, replacing what it had.' })
  evidence?: EvidenceInput[] | null;
}
