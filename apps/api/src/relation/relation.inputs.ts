import { NewAttributionInput } from '../attribution/attribution.inputs.js';
import { Field, ID, InputType } from 'type-graphql';
import { NewActorInput } from '../actor/actor.inputs.js';
import { Modality } from '../common/modality.js';
import { EvidenceInput } from '../editing/evidence.input.js';
import { PartialDateInputType } from '../editing/partial-date.input.js';
import { SuggestibleInput, UpdateNodeInput } from '../editing/payloads.js';
import { RelationKind } from './relation-kind.js';

@InputType({ description: 'A new relation: who did what to whom, in which document, says who, with its evidence.' })
export class CreateRelationInput extends SuggestibleInput {
  @Field(() => ID, { description: 'The document the relation is drawn from; its evidence quotes this document.' })
  documentId!: string;

  @Field(() => RelationKind, { description: 'What the source did to or with the target.' })
  kind!: RelationKind;

  @Field(() => ID, { nullable: true, description: 'The actor who acted; or give `newSource`.' })
  sourceId?: string | null;

  @Field(() => NewActorInput, {
    nullable: true,
    description: 'The actor who acted, created with the relation in the same change, instead of `sourceId`.',
  })
  newSource?: NewActorInput | null;

  @Field(() => ID, { nullable: true, description: 'The actor acted upon; or give `newTarget`.' })
  targetId?: string | null;

  @Field(() => NewActorInput, {
    nullable: true,
    description: 'The actor acted upon, created with the relation in the same change, instead of `targetId`.',
  })
  newTarget?: NewActorInput | null;

  @Field({ description: 'The relation in one plain sentence.' })
  summary!: string;

  @Field(() => Modality, {
    nullable: true,
    description: 'Whether it happened, or is threatened, requested or possible; ACTUAL when left out.',
  })
  modality?: Modality | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'When, as precisely as the source says.' })
  date?: PartialDateInputType | null;

  @Field(() => ID, { nullable: true, description: 'The event it happened at (an event of the same document).' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'What the pressure or demand asks of the target.' })
  demand?: string | null;

  @Field(() => String, { nullable: true, description: 'The lever behind it, where the source names one.' })
  lever?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who says so: an attribution of the same document. Or `newAttribution` instead.',
  })
  attributionId?: string | null;

  @Field(() => NewAttributionInput, {
    nullable: true,
    description: 'Who says so, as a new attribution created with it in the same change, instead of `attributionId`.',
  })
  newAttribution?: NewAttributionInput | null;

  @Field(() => [EvidenceInput], { description: 'The words of the document that tell of it; at least one.' })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Changes to a relation: the fields given are set, the others stay as they are.' })
export class UpdateRelationInput extends UpdateNodeInput {
  @Field(() => RelationKind, { nullable: true, description: 'What the source did to or with the target.' })
  kind?: RelationKind | null;

  @Field(() => ID, { nullable: true, description: 'The actor who acted.' })
  sourceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor acted upon.' })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'The relation in one plain sentence.' })
  summary?: string | null;

  @Field(() => Modality, {
    nullable: true,
    description: 'Whether it happened, or is threatened, requested or possible.',
  })
  modality?: Modality | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'When; null clears the date.' })
  date?: PartialDateInputType | null;

  @Field(() => ID, { nullable: true, description: 'The event it happened at; null clears it.' })
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'What it asks of the target; null clears it.' })
  demand?: string | null;

  @Field(() => String, { nullable: true, description: 'The lever behind it; null clears it.' })
  lever?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who says so: an attribution of the same document.' })
  attributionId?: string | null;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description: 'The words that tell of it, replacing its evidence; left out, the evidence stays.',
  })
  evidence?: EvidenceInput[] | null;
}
