import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { SomeNodeEntity } from '../common/node.entity.js';
import { Node } from '../common/node.interface.js';

@ObjectType({ description: 'One hop of a path: two actors and what links them.' })
export class PathStep {
  @Field(() => Actor, { description: 'The actor this hop starts from.' })
  from!: Actor;

  @Field(() => Actor, { description: 'The actor this hop reaches.' })
  to!: Actor;

  @Field(() => Node, {
    description:
      'What links them: a Relation between them, a Position one holds in the other, or an Event both took part in. Each carries its evidence.',
  })
  via!: SomeNodeEntity;

  @Field(() => [Node], { description: 'Other links between the same two actors, if any (same kinds as `via`).' })
  alternatives!: SomeNodeEntity[] | Promise<SomeNodeEntity[]>;
}

@ObjectType({ description: 'A chain of links from one actor to another.' })
export class Path {
  @Field(() => Int, { description: 'Number of hops.' })
  length!: number;

  @Field(() => [PathStep], { description: 'The hops, in order from `from` to `to`.' })
  steps!: PathStep[];
}

@ObjectType({
  description:
    'The answer to a path question, and whether it is complete: a search reads at most a fixed number of actors and links, and stops there rather than guess.',
})
export class PathSearchResult {
  @Field(() => [Path], { description: 'The paths found, shortest first (the same order as `paths`).' })
  paths!: Path[];

  @Field({
    description:
      'True when `paths` is exactly what an unbounded search would return; false when the search stopped at its budget, so longer paths (or more of them) may exist.',
  })
  complete!: boolean;

  @Field(() => Int, { description: 'How many distinct actors the search reached.' })
  visited!: number;

  @Field(() => Int, {
    description:
      'Every path of at most this many hops was considered: when `complete` is false, paths this short are all there (up to `first`), longer ones may be missing.',
  })
  searchedLength!: number;
}
