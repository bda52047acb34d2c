import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface.js';
import { NodeEntity } from '../common/node.entity.js';
import type { Actor } from '../actor/actor.entity.js';
import type { Attribution } from '../attribution/attribution.entity.js';
import type { Event } from './event.entity.js';

@Entity()
// Covering indexes for graph walks (paths): an actor's events, and an event's actors with their
// first participation, without reading the rows.
@Index({ properties: ['actor', 'event', 'id'] })
@Index({ properties: ['event', 'actor', 'id'] })
@ObjectType({
  implements: Node,
  description: 'An actor taking part in an event, in a role, with what came of it for them.',
})
export class Participation extends NodeEntity {
  @ManyToOne('Event', { ref: true, deleteRule: 'cascade', index: true })
  event!: Ref<Event>;

  @ManyToOne('Actor', { ref: true, index: true })
  actor!: Ref<Actor>;

  @Property({ length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The part the actor played, in the source’s words ("joined the US delegation").',
  })
  role?: string;

  @Property({ length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What came of it for this participant ("won", "barred from running").',
  })
  outcome?: string;

  /** Who says this actor took part, when it is not the event's own attribution. */
  @ManyToOne('Attribution', { ref: true, nullable: true, index: true })
  attribution?: Ref<Attribution>;
}
