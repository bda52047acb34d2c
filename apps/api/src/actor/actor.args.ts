import { ArgsType, Field, Int } from 'type-graphql';
import { LONG_LIST, firstArgOptions } from '../common/list.js';
import { PageArgs } from '../common/page.args.js';
import { Direction } from '../relation/relation-direction.js';
import { RelationCategory, RelationKind } from '../relation/relation-kind.js';
import { ActorKind } from './actor-kind.js';

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words the name, an alias or the slug contains; case and accents are ignored ("rodriguez" finds "Jorge Rodríguez"). At most 200 characters.',
  })
  search?: string | null;

  @Field(() => [ActorKind], { nullable: true, description: 'Only actors of these kinds.' })
  kinds?: ActorKind[] | null;
}

@ArgsType()
export class ActorRelationsArgs {
  @Field(() => Direction, {
    nullable: true,
    defaultValue: Direction.BOTH,
    description: 'OUTGOING: what the actor did; INCOMING: what was done to them; BOTH.',
  })
  direction?: Direction | null;

  @Field(() => [RelationKind], { nullable: true, description: 'Only relations of these kinds.' })
  kinds?: RelationKind[] | null;

  @Field(() => [RelationCategory], { nullable: true, description: 'Only relations in these categories.' })
  categories?: RelationCategory[] | null;

  @Field(() => Int, firstArgOptions(LONG_LIST, 'relations (in the order they were recorded)'))
  first?: number | null;
}
