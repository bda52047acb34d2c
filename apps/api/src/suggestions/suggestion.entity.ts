import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../common/global-id.js';
import { Node } from '../common/node.interface.js';
import type { Document } from '../document/document.entity.js';
import { SuggestionStatus, SuggestionType } from './suggestion-status.js';

/** A span of a suggestion's evidence as stored: offsets into the document's text and the words there. */
@ObjectType({ description: 'Where in the document a suggestion’s evidence is, and the words there.' })
export class SuggestionSpan {
  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character (exclusive).' })
  end!: number;

  @Field({ description: 'The words of the document between `start` and `end`.' })
  text!: string;
}

/**
 * A fact the suggester proposed for a document, waiting for an editor or decided. Kept once
 * decided, so that the same proposal (its fingerprint) is never offered again. Not a NodeEntity
 * on purpose: suggestions are for editors, so `node(id:)` gives one to editors only (see the node
 * resolver) and nothing public lists them.
 */
@Entity({ tableName: 'suggestion' })
// The review queue: a document's suggestions of one status, surest first.
@Index({ name: 'suggestion_queue_index', properties: ['document', 'status', 'confidence', 'id'] })
// A re-run skips what was offered before, decided or not.
@Unique({ name: 'suggestion_document_fingerprint_unique', properties: ['document', 'fingerprint'] })
@ObjectType({
  implements: Node,
  description:
    'A fact proposed for a document by reading its text, with the words it rests on and how sure the reading is. Editors accept it (it becomes a fact through the same mutation as a hand-made one), edit it first, or reject it. Readable by editors and admins.',
})
export class Suggestion {
  /** Properties `em.create()` may leave out: derived, or with a default. */
  [OptionalProps]?: 'globalId' | 'status';

  @PrimaryKey()
  id!: number;

  get globalId(): string {
    return toGlobalId('Suggestion', this.id);
  }

  @ManyToOne('Document', { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  @Enum({ items: () => SuggestionType })
  @Field(() => SuggestionType, { description: 'The kind of fact proposed.' })
  type!: SuggestionType;

  /** The proposed fact in the story bundle's shape (references by slug or key, evidence as quotes). */
  @Property({ type: 'json' })
  @Field(() => GraphQLJSON, {
    description:
      'The proposed fact as a story bundle holds it (see the bundle format): actors, attributions and events named by slug or key, evidence as quotes.',
  })
  fact!: Record<string, unknown>;

  @Property({ type: 'json' })
  @Field(() => [SuggestionSpan], { description: 'The words of the document the proposal rests on, in text order.' })
  spans!: SuggestionSpan[];

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'How likely the proposal is right, from 0 to 1.' })
  confidence!: number;

  @Enum({ items: () => SuggestionStatus, default: SuggestionStatus.PENDING })
  @Field(() => SuggestionStatus, { description: 'Waiting, accepted or rejected.' })
  status: SuggestionStatus = SuggestionStatus.PENDING;

  /** What identifies the proposal across runs of the suggester: its type, fact and spans, hashed. */
  @Property({ length: 64 })
  fingerprint!: string;

  /** The user who decided, as recorded then (users may be renamed or removed). */
  @Property({ nullable: true })
  decidedByUserId?: number;

  @Property({ length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'The name of the editor who accepted or rejected it.' })
  decidedByName?: string;

  /** ISO 8601 in UTC, as the history stores times. */
  @Property({ length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: 'When it was accepted or rejected (ISO 8601, UTC).' })
  decidedAt?: string;

  @Property({ length: 100, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The node an accepted suggestion became; null otherwise.' })
  acceptedNodeId?: string;
}
