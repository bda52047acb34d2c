import { Collection, Embedded, Entity, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Actor } from '../actor/actor.entity.js';
import type { Document } from '../document/document.entity.js';
import type { Event } from '../event/event.entity.js';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';
import { PartialDate } from '../common/partial-date.js';

@Entity()
@ObjectType({
  implements: Node,
  description: 'A negotiation between parties: its rounds (meetings), issues and deadline.',
})
export class Negotiation extends VersionedEntity<'issues'> {
  @ManyToOne('Document', { ref: true, deleteRule: 'cascade', index: true })
  document!: Ref<Document>;

  @Property({ unique: true, length: 200 })
  @Field({ description: 'Stable readable key.' })
  slug!: string;

  @Property({ length: 500 })
  @Field({ description: 'A short title.' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What is being negotiated and where it stands.' })
  summary?: string;

  @ManyToMany('Actor', undefined, { fixedOrder: true, pivotTable: 'negotiation_party' })
  parties = new Collection<Actor>(this);

  @ManyToMany('Event', undefined, { fixedOrder: true, pivotTable: 'negotiation_round' })
  rounds = new Collection<Event>(this);

  @Embedded(() => PartialDate, { prefix: 'deadline_', nullable: true })
  @Field(() => PartialDate, { nullable: true, description: 'The deadline the talks run against.' })
  deadline?: PartialDate;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'What is on the table ("electoral conditions").' })
  issues: string[] = [];
}
