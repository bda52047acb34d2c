import { Field, Float, ObjectType } from 'type-graphql';
import { RELATION_KINDS, RelationCategory, RelationKind } from './relation-kind.js';

@ObjectType({ description: 'One kind of the relation vocabulary with its category, PLOVER mapping and score.' })
export class RelationKindInfo {
  @Field(() => RelationKind, { description: 'The kind.' })
  kind!: RelationKind;

  @Field(() => RelationCategory, { description: 'Its family.' })
  category!: RelationCategory;

  @Field({ description: 'What it means.' })
  description!: string;

  @Field({ description: 'The PLOVER event category it maps to (REQUEST, ACCUSE, THREATEN, COERCE, CONSULT…).' })
  ploverCategory!: string;

  @Field(() => String, { nullable: true, description: 'The PLOVER mode within that category (disapprove, restrict…).' })
  ploverMode!: string | null;

  @Field(() => Float, { description: 'Cooperation (+10) to conflict (−10), on the scale of Goldstein’s weights.' })
  score!: number;

  /** The vocabulary's entry for `kind`. */
  static of(kind: RelationKind): RelationKindInfo {
    const { category, description, plover, score } = RELATION_KINDS[kind];
    return Object.assign(new RelationKindInfo(), {
      kind,
      category,
      description,
      ploverCategory: plover.category,
      ploverMode: plover.mode,
      score,
    });
  }
}
