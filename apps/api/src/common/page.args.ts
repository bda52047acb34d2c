import { ArgsType, Field, Int } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Which page of a list to return. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

@ArgsType()
export class PageArgs implements PageRequest {
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
