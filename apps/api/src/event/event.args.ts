import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../common/page.args.js';
import { DateScalar } from '../common/date.scalar.js';

@InputType({ description: 'Which events to list. All conditions must hold.' })
export class EventFilter {
  @Field(() => String, { nullable: true, description: 'Slug of an actor who took part.' })
  participant?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Keep events whose date range ends on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Keep events whose date range starts on or before this day.',
  })
  to?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words the title, summary or location contains; case and accents are ignored. At most 200 characters.',
  })
  text?: string | null;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Which events to list; all when omitted.' })
  filter?: EventFilter | null;
}
