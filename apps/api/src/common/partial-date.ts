import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from './date.scalar.js';

export enum DatePrecision {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely the source pins a date down.',
  valuesConfig: {
    DAY: { description: 'A single day ("Tuesday", "Feb. 23").' },
    WEEK: { description: 'Some day of a week ("this week"); `start`..`end` span the week.' },
    MONTH: { description: 'Some time in a month ("October"); `start`..`end` span the month or months.' },
    QUARTER: { description: 'Some time in a quarter of a year.' },
    YEAR: { description: 'Some time in a year ("last year", "by the end of 2024").' },
  },
});

/**
 * A date as a text gives it: the words as written, the calendar range they resolve to, and how
 * precise they are. Nothing is made more precise than the text: "this week" stays a week.
 */
@Embeddable()
@ObjectType({
  description: 'A date as the source gives it: its words, the range they resolve to, and their precision.',
})
export class PartialDate {
  @Property({ nullable: true, length: 200 })
  @Field(() => String, { nullable: true, description: 'The words as written in the source ("Tuesday", "last year").' })
  text?: string;

  @Property({ nullable: true, length: 10 })
  @Field(() => DateScalar, { nullable: true, description: 'First day the date may fall on.' })
  start?: string;

  @Property({ nullable: true, length: 10 })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the date may fall on (equal to `start` for a DAY).',
  })
  end?: string;

  @Enum({ items: () => DatePrecision, nullable: true })
  @Field(() => DatePrecision, { nullable: true, description: 'How precise the source is.' })
  precision?: DatePrecision;

  @Property({ nullable: true, length: 500 })
  @Field(() => String, {
    nullable: true,
    description:
      'When the resolved range rests on a fact from outside the text, where that fact comes from; null when the text alone dates it.',
  })
  basis?: string;
}
