import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';
import { containsSearch } from '../common/index-expressions.js';
import { ActorKind } from './actor-kind.js';

@Entity()
@ObjectType({
  implements: Node,
  description: 'A person, state, government, organisation or group that acts, speaks or is acted upon in a story.',
})
export class Actor extends VersionedEntity<'aliases'> {
  @Property({ unique: true, length: 120 })
  @Field({ description: 'Stable readable key: the fullest name used, lower-case ASCII ("nicolas-maduro").' })
  slug!: string;

  @Property({ length: 300 })
  @Field({ description: 'The fullest name the sources use ("Nicolás Maduro").' })
  name!: string;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'Other names the sources use for this actor ("Maduro").' })
  aliases: string[] = [];

  @Enum({ items: () => ActorKind })
  @Index()
  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind!: ActorKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who this actor is, in one sentence.' })
  summary?: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Where the summary rests on a fact from outside the sources, where that fact comes from.',
  })
  basis?: string;

  /** Name, aliases and slug, lower-cased without diacritics, for `actors(search:)`. */
  @Property({ type: 'text' })
  @Index({ name: 'actor_search_text_index', expression: containsSearch<Actor>('searchText') })
  searchText!: string;
}
