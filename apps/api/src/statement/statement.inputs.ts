import { Field, ID, InputType } from 'type-graphql';
import { NewActorInput } from '../actor/actor.inputs.js';
import { EvidenceInput } from '../editing/evidence.input.js';
import { PartialDateInputType } from '../editing/partial-date.input.js';
import { SuggestibleInput, UpdateNodeInput } from '../editing/payloads.js';
import { StatementKind } from './statement-kind.js';

@InputType({ description: 'A new statement: something an actor said, or their refusal or failure to answer.' })
export class CreateStatementInput extends SuggestibleInput {
  @Field(() => ID, { description: 'The document that reports it; its evidence quotes this document.' })
  documentId!: string;

  @Field(() => StatementKind, { description: 'Quote, paraphrase, or a non-response.' })
  kind!: StatementKind;

  @Field(() => ID, { nullable: true, description: 'The actor who spoke (or did not); or give `newSpeaker`.' })
  speakerId?: string | null;

  @Field(() => NewActorInput, {
    nullable: true,
    description: 'The actor who spoke, created with the statement in the same change, instead of `speakerId`.',
  })
  newSpeaker?: NewActorInput | null;

  @Field(() => String, { nullable: true, description: 'What was said: the quoted words, or the paraphrase.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was said ("in a radio interview").' })
  setting?: string | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'When it was said.' })
  date?: PartialDateInputType | null;

  @Field(() => ID, { nullable: true, description: 'The event it was said at (an event of the same document).' })
  eventId?: string | null;

  @Field(() => [EvidenceInput], { description: 'The words of the document that report it; at least one.' })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Changes to a statement: the fields given are set, the others stay as they are.' })
export class UpdateStatementInput extends UpdateNodeInput {
  @Field(() => StatementKind, { nullable: true, description: 'Quote, paraphrase, or a non-response.' })
  kind?: StatementKind | null;

  @Field(() => ID, { nullable: true, description: 'The actor who spoke.' })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: 'What was said; null clears it.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was said; null clears it.' })
  setting?: string | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'When it was said; null clears it.' })
  date?: PartialDateInputType | null;

  @Field(() => ID, { nullable: true, description: 'The event it was said at; null clears it.' })
  eventId?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Its evidence, replacing what it had.' })
  evidence?: EvidenceInput[] | null;
}
