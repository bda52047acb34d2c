import { Field, ID, InputType } from 'type-graphql';
import { NewActorInput } from '../actor/actor.inputs.js';
import { EvidenceInput } from '../editing/evidence.input.js';
import { SuggestibleInput, UpdateNodeInput } from '../editing/payloads.js';

@InputType({ description: 'A new position: a title an actor holds, as a document gives it.' })
export class CreatePositionInput extends SuggestibleInput {
  @Field(() => ID, { description: 'The document that gives it; its evidence quotes this document.' })
  documentId!: string;

  @Field(() => ID, { nullable: true, description: 'The actor who holds the title; or give `newHolder`.' })
  holderId?: string | null;

  @Field(() => NewActorInput, {
    nullable: true,
    description: 'The actor who holds the title, created with the position in the same change, instead of `holderId`.',
  })
  newHolder?: NewActorInput | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the title is in or for.' })
  organizationId?: string | null;

  @Field(() => NewActorInput, {
    nullable: true,
    description: 'The organisation, created with the position in the same change, instead of `organizationId`.',
  })
  newOrganization?: NewActorInput | null;

  @Field({ description: 'The title as the source gives it ("Foreign Minister").' })
  title!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the holder serves in an acting capacity; false when left out.',
  })
  acting?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Where the position rests on a fact from outside the source.' })
  basis?: string | null;

  @Field(() => [EvidenceInput], { description: 'The words of the document that give it; at least one.' })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Changes to a position: the fields given are set, the others stay as they are.' })
export class UpdatePositionInput extends UpdateNodeInput {
  @Field(() => ID, { nullable: true, description: 'The actor who holds the title.' })
  holderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation; null clears it.' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'The title as the source gives it.' })
  title?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the holder serves in an acting capacity.' })
  acting?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Where the position rests on an outside fact; null clears it.' })
  basis?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Its evidence, replacing what it had.' })
  evidence?: EvidenceInput[] | null;
}
