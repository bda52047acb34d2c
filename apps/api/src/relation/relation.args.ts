import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../common/page.args.js';
import { DateScalar } from '../common/date.scalar.js';
import { RelationCategory, RelationKind } from './relation-kind.js';

@InputType({ description: 'Which relations to list. All conditions must hold; actors are given by slug.' })
export class RelationFilter {
  @Field(() => [RelationKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: RelationKind[] | null;

  @Field(() => [RelationCategory], { nullable: true, description: 'Only these categories.' })
  categories?: RelationCategory[] | null;

  @Field(() => String, { nullable: true, description: 'Slug of the actor who acted.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the actor acted upon.' })
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of an actor at either end.' })
  actor?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Keep relations whose date range ends on or after this day (undated ones drop out).',
  })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Keep relations whose date range starts on or before this day (undated ones drop out).',
  })
  to?: string | null;
}

@ArgsType()
export class RelationsArgs extends PageArgs {
  @Field(() => RelationFilter, { nullable: true, description: 'Which relations to list; all when omitted.' })
  filter?: RelationFilter | null;
}
