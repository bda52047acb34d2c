import { Field, ID, InputType } from 'type-graphql';
import { EvidenceInput } from '../editing/evidence.input.js';
import { SuggestibleInput, UpdateNodeInput } from '../editing/payloads.js';
import { AttributionKind } from './attribution-kind.js';

@InputType({ description: 'A new attribution ("says who") in a document, for facts of that document to cite.' })
export class CreateAttributionInput extends SuggestibleInput {
  @Field(() => ID, { description: 'The document whose facts it vouches for.' })
  documentId!: string;

  @Field(() => AttributionKind, { description: 'Publication, named source or anonymous sources.' })
  kind!: AttributionKind;

  @Field(() => ID, { nullable: true, description: 'The actor it credits, when the source is named.' })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'The words used to attribute ("according to two officials").' })
  text?: string | null;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description: 'The words of the document that attribute; may be none.',
  })
  evidence?: EvidenceInput[] | null;
}

@InputType({ description: 'Changes to an attribution: the fields given are set, the others stay as they are.' })
export class UpdateAttributionInput extends UpdateNodeInput {
  @Field(() => AttributionKind, { nullable: true, description: 'Publication, named source or anonymous sources.' })
  kind?: AttributionKind | null;

  @Field(() => ID, { nullable: true, description: 'The actor it credits; null clears it.' })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'The words used to attribute; null clears them.' })
  text?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Its evidence, replacing what it had.' })
  evidence?: EvidenceInput[] | null;
}

@InputType({
  description:
    'An attribution created with the fact that cites it, in the same change: "the article, in its own voice", or a source the document has no attribution for yet.',
})
export class NewAttributionInput {
  @Field(() => AttributionKind, {
    nullable: true,
    description:
      'Publication, named source or anonymous sources; REPORTED (the article in its own voice) when left out.',
  })
  kind?: AttributionKind | null;

  @Field(() => ID, { nullable: true, description: 'The actor it credits, when the source is named.' })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'The words used to attribute ("according to two officials").' })
  text?: string | null;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description: "The words of the document that attribute; the fact's own evidence when left out.",
  })
  evidence?: EvidenceInput[] | null;
}
