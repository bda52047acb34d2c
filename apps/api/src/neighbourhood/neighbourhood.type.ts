import { Field, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Relation } from '../relation/relation.entity.js';

@ObjectType({ description: 'The actors around one actor, and the relations among them, strongest first.' })
export class Neighbourhood {
  @Field(() => Actor, { description: 'The actor at the centre.' })
  actor!: Actor;

  @Field(() => [Actor], {
    description:
      'The actors reached, the centre left out: those one hop away first, then two hops; at each distance the most strongly linked first (the strongest relation kind by the magnitude of its score, then the number of relations, then the most recent).',
  })
  actors!: Actor[];

  @Field(() => [Relation], {
    description:
      'The relations followed to reach those actors (and the others between them, where the direction allows), strongest kind first, then the most recent.',
  })
  relations!: Relation[] | Promise<Relation[]>;

  @Field(() => Boolean, {
    description:
      'True when actors or relations were left out: past `first` actors, past 1,000 relations, or around the largest hubs, where a hop reads at most 20,000 relations and ranks those.',
  })
  capped!: boolean | Promise<boolean>;
}
