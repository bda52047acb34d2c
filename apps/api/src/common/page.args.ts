import { ArgsType, Field, Int } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: ${DEFAULT_PAGE_SIZE} when omitted, at most ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor: an `endCursor` or edge `cursor` from an earlier page.',
  })
  after?: string | null;
}
