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
  alternatives!: SomeNodeEntity[];
}

@ObjectType({ description: 'A chain of links from one actor to another.' })
export class Path {
  @Field(() => Int, { description: 'Number of hops.' })
  length!: number;

  @Field(() => [PathStep], { description: 'The hops, in order from `from` to `to`.' })
  steps!: PathStep[];
}
