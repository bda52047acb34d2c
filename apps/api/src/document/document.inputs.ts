import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar.js';
import { UpdateNodeInput } from '../editing/payloads.js';

@InputType({ description: 'A new source document: its text, kept exactly as given, and what is known of it.' })
export class CreateDocumentInput {
  @Field({ description: 'Stable readable key: lower-case ASCII words joined by "-"; unique.' })
  slug!: string;

  @Field({ description: 'A title for the document.' })
  title!: string;

  @Field({
    description:
      'The full text, exactly as received. Evidence cites it by UTF-16 offsets, so it cannot change once a fact cites it.',
  })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The actor who published it.' })
  publisherId?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day it was published: date words in its facts ("Tuesday") resolve against it.',
  })
  publishedAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the publication date comes from, when the text does not state it.',
  })
  publishedAtBasis?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document was published.' })
  url?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The actors who wrote it or contributed to it, in order.' })
  contributorIds?: string[] | null;
}

@InputType({ description: 'Changes to a document: the fields given are set, the others stay as they are.' })
export class UpdateDocumentInput extends UpdateNodeInput {
  @Field(() => String, { nullable: true, description: 'A new slug; unique.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'A title for the document.' })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new text: refused once a fact cites the document (their offsets point into the text).',
  })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor who published it; null clears it.' })
  publisherId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was published; null clears it.' })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the publication date comes from; null clears it.' })
  publishedAtBasis?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document was published; null clears it.' })
  url?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The contributors, replacing the list.' })
  contributorIds?: string[] | null;
}
