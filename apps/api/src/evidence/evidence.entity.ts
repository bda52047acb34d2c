import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../common/node.entity.js';
import { Node } from '../common/node.interface.js';
import { skippingNulls } from '../common/index-expressions.js';
import type { Actor } from '../actor/actor.entity.js';
import type { Attribution } from '../attribution/attribution.entity.js';
import type { Document } from '../document/document.entity.js';
import type { Event } from '../event/event.entity.js';
import type { Participation } from '../event/participation.entity.js';
import type { Figure } from '../figure/figure.entity.js';
import type { Negotiation } from '../negotiation/negotiation.entity.js';
import type { Position } from '../position/position.entity.js';
import type { Relation } from '../relation/relation.entity.js';
import type { Statement } from '../statement/statement.entity.js';

/**
 * A span of a document's text that supports one fact. Exactly one owner column is set; a nullable
 * foreign key per kind of fact keeps referential integrity (a polymorphic type/id pair would not).
 */
@Entity()
@Index({ properties: ['document', 'start'] })
@ObjectType({
  implements: Node,
  description: 'The exact words of a document that support a fact.',
})
export class Evidence extends NodeEntity {
  @ManyToOne('Document', { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  @Property({ fieldName: 'start_offset' })
  @Field(() => Int, { description: 'Offset of the first character in the document text (UTF-16 code units).' })
  start!: number;

  @Property({ fieldName: 'end_offset' })
  @Field(() => Int, {
    description: 'Offset just past the last character (exclusive), so `text.slice(start, end)` is the quote.',
  })
  end!: number;

  @Property({ type: 'text' })
  @Field({ description: 'The words at those offsets.' })
  quote!: string;

  @ManyToOne('Actor', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('actor'))
  actor?: Ref<Actor>;

  @ManyToOne('Attribution', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('attribution'))
  attribution?: Ref<Attribution>;

  @ManyToOne('Position', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('position'))
  position?: Ref<Position>;

  @ManyToOne('Event', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('event'))
  event?: Ref<Event>;

  @ManyToOne('Participation', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('participation'))
  participation?: Ref<Participation>;

  @ManyToOne('Relation', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('relation'))
  relation?: Ref<Relation>;

  @ManyToOne('Statement', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('statement'))
  statement?: Ref<Statement>;

  @ManyToOne('Figure', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('figure'))
  figure?: Ref<Figure>;

  @ManyToOne('Negotiation', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index(skippingNulls<Evidence>('negotiation'))
  negotiation?: Ref<Negotiation>;
}

/** The facts that carry evidence, by the name of their column on Evidence. */
export type EvidenceOwner =
  | 'actor'
  | 'attribution'
  | 'position'
  | 'event'
  | 'participation'
  | 'relation'
  | 'statement'
  | 'figure'
  | 'negotiation';
