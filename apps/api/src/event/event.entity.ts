import { Embedded, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Attribution } from '../attribution/attribution.entity.js';
import type { Document } from '../document/document.entity.js';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';
import { PartialDate } from '../common/partial-date.js';
import { containsSearch } from '../common/index-expressions.js';
import { EventKind } from './event-kind.js';

@Entity()
@Index({ properties: ['date.start', 'date.end'] })
@ObjectType({
  implements: Node,
  description: 'Something that happened or is due: a meeting, visit, interview, election, agreement, deadline.',
})
export class Event extends VersionedEntity<'secret'> {
  @ManyToOne('Document', { ref: true, deleteRule: 'cascade', index: true })
  document!: Ref<Document>;

  @Property({ unique: true, length: 200 })
  @Field({ description: 'Stable readable key ("mexico-city-meeting-2024-04-09").' })
  slug!: string;

  // Stored as plain text: a new kind needs no migration, only the enum and the bundle format.
  @Property({ type: 'string', length: 40 })
  @Index()
  @Field(() => EventKind, { description: 'What sort of event.' })
  kind!: EventKind;

  @Property({ length: 500 })
  @Field({ description: 'A short title.' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What happened, in a sentence or two.' })
  summary?: string;

  @Embedded(() => PartialDate, { prefix: 'date_', nullable: true })
  @Field(() => PartialDate, { nullable: true, description: 'When it happened, as precisely as the source says.' })
  date?: PartialDate;

  @Property({ length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it happened ("Mexico City").' })
  location?: string;

  @Property()
  @Field({ description: 'True when the source says it was secret or confidential.' })
  secret: boolean = false;

  @ManyToOne('Attribution', { ref: true, index: true })
  attribution!: Ref<Attribution>;

  /** Title, summary and location, lower-cased without diacritics, for `events(filter: {text})`. */
  @Property({ type: 'text' })
  @Index({ name: 'event_search_text_index', expression: containsSearch<Event>('searchText') })
  searchText!: string;
}
