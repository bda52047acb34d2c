import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../common/global-id.js';
import { Node } from '../common/node.interface.js';
import { ChangeKind, ChangeOperation } from './change-kind.js';

/**
 * One recorded change: every write of one mutation, one imported bundle or one revert, made in
 * one transaction. Not a NodeEntity on purpose: the history is for editors, so `node(id:)` gives
 * a change to editors only (see the node resolver), and nothing else lists it as a node.
 */
@Entity({ tableName: 'change' })
@ObjectType({
  implements: Node,
  description:
    'One recorded change: all the rows one mutation, import or revert wrote, in one transaction. Readable by editors and admins.',
})
export class Change {
  @PrimaryKey()
  id!: number;

  get globalId(): string {
    return toGlobalId('Change', this.id);
  }

  /** ISO 8601 in UTC: both databases store and sort it the same way. */
  @Property({ length: 30 })
  @Field({ description: 'When the change was made: an ISO 8601 timestamp in UTC ("2026-11-29T12:00:00.000Z").' })
  at!: string;

  /** The user as recorded: users live elsewhere and may be renamed or removed, the record must not change. */
  @Property({ nullable: true })
  userId?: number;

  @Property({ length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The name of the user who made it, as it was then; null for an import from the command line.',
  })
  userName?: string;

  @Enum({ items: () => ChangeKind })
  @Field(() => ChangeKind, { description: 'How the change came about.' })
  kind!: ChangeKind;

  @Property({ type: 'text' })
  @Field({ description: 'What the change did, in one line ("Imported us-venezuela-talks-2024-04-11").' })
  summary!: string;

  @Property({ default: 0 })
  @Field(() => Int, { description: 'How many rows it wrote.' })
  rowCount: number = 0;

  /** The change this one undid (kind revert). */
  @Property({ nullable: true })
  revertsChangeId?: number;

  /** The change that undid this one, once reverted. */
  @Property({ nullable: true })
  revertedByChangeId?: number;
}

/**
 * One row a change wrote, in column form as the table holds it, before and after: enough to
 * write it back exactly. `entity` is the entity's name (its GraphQL type); the ordered links of a
 * many-to-many list (a negotiation's parties) are recorded as one row of their owner, named
 * `<Owner>.<list>`, holding the list's link rows.
 */
@Entity({ tableName: 'change_row' })
// A node's changes (history), and a change's rows in order, a page at a time, from the index alone.
@Index({ name: 'change_row_entity_row_index', properties: ['entity', 'rowId', 'changeId'] })
@Index({ name: 'change_row_change_id_id_index', properties: ['changeId', 'id'] })
@ObjectType({ implements: Node, description: 'One row a change wrote, before and after, as stored.' })
export class ChangeRow {
  @PrimaryKey()
  id!: number;

  get globalId(): string {
    return toGlobalId('ChangeRow', this.id);
  }

  @Property()
  changeId!: number;

  @Property({ length: 100 })
  @Field({
    name: 'entityType',
    description:
      'What the row is: a node type ("Actor", "Evidence"), or an ordered list of links of one ("Negotiation.parties").',
  })
  entity!: string;

  @Property()
  rowId!: number;

  @Field(() => ID, {
    description: 'The global ID of the node the row is (or was), or of the owner of a list of links.',
  })
  get nodeId(): string {
    return toGlobalId(this.entity.split('.')[0] ?? this.entity, this.rowId);
  }

  @Enum({ items: () => ChangeOperation })
  @Field(() => ChangeOperation, { description: 'What the change did to the row.' })
  operation!: ChangeOperation;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The row before the change, by column (a list of link rows for a list); null when it was created.',
  })
  before?: unknown;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'The row as the change wrote it, by column (a list of link rows for a list); null when it was deleted.',
  })
  after?: unknown;
}
