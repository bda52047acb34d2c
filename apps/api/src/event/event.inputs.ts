import { NewAttributionInput } from '../attribution/attribution.inputs.js';
import { Field, ID, InputType } from 'type-graphql';
import { NewActorInput } from '../actor/actor.inputs.js';
import { EvidenceInput } from '../editing/evidence.input.js';
import { PartialDateInputType } from '../editing/partial-date.input.js';
import { SuggestibleInput, UpdateNodeInput } from '../editing/payloads.js';
import { EventKind } from './event-kind.js';

@InputType({ description: 'An actor taking part in an event, in a role, with its evidence.' })
export class ParticipantInput {
  @Field(() => ID, { nullable: true, description: 'The actor taking part; or give `newActor`.' })
  actorId?: string | null;

  @Field(() => NewActorInput, {
    nullable: true,
    description: 'The actor taking part, created with the event in the same change, instead of `actorId`.',
  })
  newActor?: NewActorInput | null;

  @Field(() => String, { nullable: true, description: 'The part the actor played, in the source’s words.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'What came of it for this participant.' })
  outcome?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who says this actor took part, when not the event’s own attribution (same document).',
  })
  attributionId?: string | null;

  @Field(() => [EvidenceInput], { description: 'The words of the event’s document that say so; at least one.' })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'A new event: something that happened or is due, with its participants and evidence.' })
export class CreateEventInput extends SuggestibleInput {
  @Field(() => ID, { description: 'The document that tells of it; its evidence quotes this document.' })
  documentId!: string;

  @Field({ description: 'Stable readable key: lower-case ASCII words joined by "-"; unique.' })
  slug!: string;

  @Field(() => EventKind, { description: 'What sort of event.' })
  kind!: EventKind;

  @Field({ description: 'A short title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What happened, in a sentence or two.' })
  summary?: string | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'When it happened.' })
  date?: PartialDateInputType | null;

  @Field(() => String, { nullable: true, description: 'Where it happened.' })
  location?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the source says it was secret; false when left out.',
  })
  secret?: boolean | null;

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

  @Field(() => [ParticipantInput], { nullable: true, description: 'The actors who took part, each in a role.' })
  participants?: ParticipantInput[] | null;

  @Field(() => [EvidenceInput], { description: 'The words of the document that tell of it; at least one.' })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Changes to an event: the fields given are set, the others stay as they are.' })
export class UpdateEventInput extends UpdateNodeInput {
  @Field(() => String, { nullable: true, description: 'A new slug; unique.' })
  slug?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'What sort of event.' })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'A short title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened; null clears it.' })
  summary?: string | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'When it happened; null clears it.' })
  date?: PartialDateInputType | null;

  @Field(() => String, { nullable: true, description: 'Where it happened; null clears it.' })
  location?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the source says it was secret.' })
  secret?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Who says so: an attribution of the same document.' })
  attributionId?: string | null;

  @Field(() => [ParticipantInput], {
    nullable: true,
    description: 'The actors who took part, replacing every participant (and their evidence) wholesale.',
  })
  participants?: ParticipantInput[] | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Its evidence, replacing what it had.' })
  evidence?: EvidenceInput[] | null;
}
