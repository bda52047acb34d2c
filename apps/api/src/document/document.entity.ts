import { Collection, Entity, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { DateScalar } from '../common/date.scalar.js';
import { Node } from '../common/node.interface.js';
import { VersionedEntity } from '../common/versioned.entity.js';

@Entity()
@ObjectType({ implements: Node, description: 'A source text (an article) that facts are drawn from, kept byte-exact.' })
export class Document extends VersionedEntity {
  @Property({ unique: true, length: 200 })
  @Field({ description: 'Stable readable key ("us-venezuela-talks-2024-04-11").' })
  slug!: string;

  @Property({ length: 500 })
  @Field({ description: 'A title for the document.' })
  title!: string;

  @ManyToOne(() => Actor, { ref: true, nullable: true, index: true })
  publisher?: Ref<Actor>;

  @Property({ length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'The day it was published.' })
  publishedAt?: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Where the publication date comes from, when the text does not state it.',
  })
  publishedAtBasis?: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Where the document was published, when known.' })
  url?: string;

  @ManyToMany(() => Actor, undefined, { fixedOrder: true })
  contributors = new Collection<Actor>(this);

  @Property({ type: 'text' })
  @Field({
    description:
      'The full text, exactly as received. Evidence offsets are indices into this string in UTF-16 code units (JavaScript string indices).',
  })
  text!: string;

  /** Hash of the bundle this document was last imported from: re-importing the same bundle is a no-op. */
  @Property({ length: 64 })
  bundleHash!: string;
}
