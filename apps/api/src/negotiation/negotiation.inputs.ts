import { Field, ID, InputType } from 'type-graphql';
import { EvidenceInput } from '../editing/evidence.input.js';
import { PartialDateInputType } from '../editing/partial-date.input.js';
import { UpdateNodeInput } from '../editing/payloads.js';

@InputType({ description: 'A new negotiation: its parties, rounds, issues and deadline, with its evidence.' })
export class CreateNegotiationInput {
  @Field(() => ID, { description: 'The document that tells of it; its evidence quotes this document.' })
  documentId!: string;

  @Field({ description: 'Stable readable key: lower-case ASCII words joined by "-"; unique.' })
  slug!: string;

  @Field({ description: 'A short title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What is being negotiated and where it stands.' })
  summary?: string | null;

  @Field(() => [ID], { description: 'The actors negotiating; at least one.' })
  partyIds!: string[];

  @Field(() => [ID], { nullable: true, description: 'Its rounds: events of the same document, in order.' })
  roundIds?: string[] | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'The deadline the talks run against.' })
  deadline?: PartialDateInputType | null;

  @Field(() => [String], { nullable: true, description: 'What is on the table.' })
  issues?: string[] | null;

  @Field(() => [EvidenceInput], { description: 'The words of the document that tell of it; at least one.' })
  evidence!: EvidenceInput[];
}

@InputType({ description: 'Changes to a negotiation: the fields given are set, the others stay as they are.' })
export class UpdateNegotiationInput extends UpdateNodeInput {
  @Field(() => String, { nullable: true, description: 'A new slug; unique.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'A short title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What is negotiated; null clears it.' })
  summary?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The parties, replacing the list.' })
  partyIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The rounds, replacing the list.' })
  roundIds?: string[] | null;

  @Field(() => PartialDateInputType, { nullable: true, description: 'The deadline; null clears it.' })
  deadline?: PartialDateInputType | null;

  @Field(() => [String], { nullable: true, description: 'What is on the table, replacing the list.' })
  issues?: string[] | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Its evidence, replacing what it had.' })
  evidence?: EvidenceInput[] | null;
}
