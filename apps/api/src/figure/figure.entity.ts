import { Embedded, Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import type { Actor } from '../actor/actor.entity.js';
import type { Attribution } from '../attribution/attribution.entity.js';
import type { Document } from '../document/document.entity.js';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';
import { PartialDate } from '../common/partial-date.js';
import { Modality } from '../common/modality.js';

@Entity()
@Unique({ properties: ['document', 'key'] })
@ObjectType({
  implements: Node,
  description: 'An amount the source gives, with who estimates it and for which period.',
})
export class Figure extends VersionedEntity<'modality'> {
  @ManyToOne('Document', { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  @Property({ length: 120 })
  key!: string;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'The amount, in units of `currency` (2 billion is 2000000000).' })
  amount!: number;

  @Property({ length: 3 })
  @Field({ description: 'ISO 4217 currency code ("USD").' })
  currency!: string;

  @Property({ type: 'text' })
  @Field({ description: 'What the figure says, in one sentence.' })
  summary!: string;

  @Property({ length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'What is counted ("oil revenues").' })
  measure?: string;

  @Enum({ items: () => Modality })
  @Field(() => Modality, {
    description: 'ACTUAL for a measured amount, POSSIBLE for an amount that depends on a condition.',
  })
  modality: Modality = Modality.ACTUAL;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The condition a POSSIBLE figure depends on ("If the suspension is lifted").',
  })
  condition?: string;

  @ManyToOne('Actor', { ref: true, nullable: true, index: true })
  subject?: Ref<Actor>;

  @Embedded(() => PartialDate, { prefix: 'period_', nullable: true })
  @Field(() => PartialDate, { nullable: true, description: 'The period the amount covers.' })
  period?: PartialDate;

  @ManyToOne('Attribution', { ref: true, index: true })
  attribution!: Ref<Attribution>;
}
