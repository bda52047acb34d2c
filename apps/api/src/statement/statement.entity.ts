import { Embedded, Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Actor } from '../actor/actor.entity.js';
import type { Document } from '../document/document.entity.js';
import type { Event } from '../event/event.entity.js';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';
import { PartialDate } from '../common/partial-date.js';
import { StatementKind } from './statement-kind.js';

@Entity()
@Unique({ properties: ['document', 'key'] })
@Index({ properties: ['speaker', 'kind'] })
@ObjectType({ implements: Node, description: 'Something an actor said, or their refusal or failure to answer.' })
export class Statement extends VersionedEntity {
  @ManyToOne('Document', { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  @Property({ length: 120 })
  key!: string;

  @Enum({ items: () => StatementKind })
  @Index()
  @Field(() => StatementKind, { description: 'Quote, paraphrase, or a non-response.' })
  kind!: StatementKind;

  @ManyToOne('Actor', { ref: true })
  speaker!: Ref<Actor>;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What was said: the quoted words, or the paraphrase.' })
  text?: string;

  @Property({ length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it was said ("in a radio interview").' })
  setting?: string;

  @Embedded(() => PartialDate, { prefix: 'date_', nullable: true })
  @Field(() => PartialDate, { nullable: true, description: 'When it was said.' })
  date?: PartialDate;

  @ManyToOne('Event', { ref: true, nullable: true, index: true })
  event?: Ref<Event>;
}
