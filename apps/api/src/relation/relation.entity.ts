import { Embedded, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Actor } from '../actor/actor.entity.js';
import type { Attribution } from '../attribution/attribution.entity.js';
import type { Document } from '../document/document.entity.js';
import type { Event } from '../event/event.entity.js';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';
import { PartialDate } from '../common/partial-date.js';
import { Modality } from '../common/modality.js';
import { RelationCategory, RelationKind } from './relation-kind.js';

@Entity()
@Unique({ properties: ['document', 'key'] })
// Covering indexes for graph walks (paths, neighbourhood): an actor's linked pairs each way, each
// pair's first relation, and what a neighbourhood ranks by (kind, dates), without reading the rows.
@Index({ properties: ['source', 'target', 'id', 'kind', 'date.start', 'date.end'] })
@Index({ properties: ['target', 'source', 'id', 'kind', 'date.start', 'date.end'] })
// Filters the API offers: an actor's relations of a category, a category by date, any by date.
@Index({ properties: ['source', 'category', 'id'] })
@Index({ properties: ['target', 'category', 'id'] })
@Index({ properties: ['category', 'date.start', 'date.end'] })
@Index({ properties: ['date.start', 'date.end'] })
@ObjectType({
  implements: Node,
  description: 'A directed act between two actors: who pressured, urged, met or backed whom.',
})
export class Relation extends VersionedEntity<'modality'> {
  @ManyToOne('Document', { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  @Property({ length: 120 })
  key!: string;

  @Enum({ items: () => RelationKind })
  @Index()
  @Field(() => RelationKind, { description: 'What the source did to or with the target.' })
  kind!: RelationKind;

  /** Stored beside the kind so category filters run in SQL. */
  @Enum({ items: () => RelationCategory })
  @Field(() => RelationCategory, { description: 'The family of the kind.' })
  category!: RelationCategory;

  @ManyToOne('Actor', { ref: true })
  source!: Ref<Actor>;

  @ManyToOne('Actor', { ref: true })
  target!: Ref<Actor>;

  @Property({ type: 'text' })
  @Field({ description: 'The relation in one plain sentence.' })
  summary!: string;

  @Enum({ items: () => Modality })
  @Field(() => Modality, { description: 'Whether it happened, or is threatened, requested or possible.' })
  modality: Modality = Modality.ACTUAL;

  @Embedded(() => PartialDate, { prefix: 'date_', nullable: true })
  @Field(() => PartialDate, { nullable: true, description: 'When, as precisely as the source says.' })
  date?: PartialDate;

  @ManyToOne('Event', { ref: true, nullable: true, index: true })
  event?: Ref<Event>;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What the pressure or demand asks of the target ("fall back in line").',
  })
  demand?: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The lever behind it, where the source names one ("oil and gas sanctions").',
  })
  lever?: string;

  @ManyToOne('Attribution', { ref: true, index: true })
  attribution!: Ref<Attribution>;
}
