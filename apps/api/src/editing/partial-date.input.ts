import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar.js';
import { DatePrecision } from '../common/partial-date.js';
import type { PartialDateSpec } from '../importer/date-words.js';

@InputType('PartialDateInput', {
  description:
    'A date as the source gives it, as story bundles give it: the words alone when they resolve against the document’s publication date ("Tuesday", "last year", "Feb. 23"), or `start` (with `precision`, and `end` for a range) besides them.',
})
export class PartialDateInputType {
  @Field(() => String, { nullable: true, description: 'The words as written in the source ("Tuesday", "last year").' })
  text?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day the date may fall on; wins over the words.' })
  start?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the date may fall on; follows from `precision` when left out.',
  })
  end?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise the source is; DAY when left out.' })
  precision?: DatePrecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the range rests on a fact from outside the text, where that fact comes from.',
  })
  basis?: string | null;
}

/** The date as the importer's resolver takes it, without the fields left out. */
export function dateSpecOf(input: PartialDateInputType): PartialDateSpec {
  const given: PartialDateSpec = Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));
  return given;
}
