import { ref, type EntityClass, type EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { ErrorCode } from '../common/error-code.js';
import type { NodeEntity } from '../common/node.entity.js';
import { VersionedEntity } from '../common/versioned.entity.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Participation } from '../event/participation.entity.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { Negotiation } from '../negotiation/negotiation.entity.js';
import { Position } from '../position/position.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';

type AnyNode = NodeEntity<string>;
type Entity = EntityClass<AnyNode>;

/** A many-to-one field of `from` that points at the node; `required` when it cannot be left empty. */
interface Link {
  from: Entity;
  field: string;
  required: boolean;
}

/** A many-to-many list of `from` the node is in. */
interface Listing {
  from: Entity;
  list: string;
}

/** What refers to a node of one type, and what belongs to it (deleted with it, never counted as a reference). */
interface Referrers {
  links: Link[];
  lists: Listing[];
  parts: Link[];
}

const link = (from: Entity, field: string, required: boolean): Link => ({ from, field, required });

/** Every fact's evidence belongs to it, under its column on Evidence. */
const evidenceOf = (owner: string): Link => link(Evidence, owner, true);

/**
 * What refers to each editable type of node: the facts that name it, and the parts that go
 * with it. Deleting a node others refer to is refused unless the client asks for a cascade.
 */
const REFERRERS = new Map<Entity, Referrers>([
  [
    Actor,
    {
      links: [
        link(Relation, 'source', true),
        link(Relation, 'target', true),
        link(Participation, 'actor', true),
        link(Position, 'holder', true),
        link(Position, 'organization', false),
        link(Statement, 'speaker', true),
        link(Figure, 'subject', false),
        link(Attribution, 'source', false),
        link(Document, 'publisher', false),
      ],
      lists: [
        { from: Document, list: 'contributors' },
        { from: Negotiation, list: 'parties' },
      ],
      parts: [evidenceOf('actor')],
    },
  ],
  [
    Attribution,
    {
      links: [
        link(Relation, 'attribution', true),
        link(Event, 'attribution', true),
        link(Figure, 'attribution', true),
        link(Participation, 'attribution', false),
      ],
      lists: [],
      parts: [evidenceOf('attribution')],
    },
  ],
  [
    Event,
    {
      links: [link(Relation, 'event', false), link(Statement, 'event', false)],
      lists: [{ from: Negotiation, list: 'rounds' }],
      parts: [link(Participation, 'event', true), evidenceOf('event')],
    },
  ],
  [
    Document,
    {
      links: [Attribution, Position, Event, Relation, Statement, Figure, Negotiation].map((from) =>
        link(from, 'document', true),
      ),
      lists: [],
      parts: [evidenceOf('document')],
    },
  ],
  [Participation, { links: [], lists: [], parts: [evidenceOf('participation')] }],
  [Position, { links: [], lists: [], parts: [evidenceOf('position')] }],
  [Relation, { links: [], lists: [], parts: [evidenceOf('relation')] }],
  [Statement, { links: [], lists: [], parts: [evidenceOf('statement')] }],
  [Figure, { links: [], lists: [], parts: [evidenceOf('figure')] }],
  [Negotiation, { links: [], lists: [], parts: [evidenceOf('negotiation')] }],
]);

/** The many-to-many lists a node holds itself: emptied before it goes, so their rows go as changes too. */
const OWN_LISTS = new Map<Entity, string[]>([
  [Negotiation, ['parties', 'rounds']],
  [Document, ['contributors']],
]);

function referrersOf(node: AnyNode): Referrers {
  return REFERRERS.get(node.constructor) ?? { links: [], lists: [], parts: [] };
}

/** A list of entities the unit of work tracks (a MikroORM Collection), as far as this module uses one. */
interface NodeList {
  init(): Promise<unknown>;
  contains(node: AnyNode, check?: boolean): boolean;
  add(node: AnyNode): void;
  remove(node: AnyNode): void;
  removeAll(): void;
}

const fieldsOf = (node: object) => node as Record<string, unknown>;
const listOf = (node: object, list: string) => fieldsOf(node)[list] as NodeList;
const where = (field: string, node: AnyNode) => ({ [field]: node.id }) as never;

/** The nodes of `entity` whose `field` (a reference or a list) holds the node, optionally with lists loaded. */
async function findReferring(em: EntityManager, entity: Entity, field: string, node: AnyNode, populate?: string) {
  // The entity is only known at run time; what comes back is nodes of it.
  return (await em.find(entity, where(field, node), populate ? { populate: [populate] as never } : {})) as AnyNode[];
}

/** How many facts of each type refer to the node, counted in SQL. */
export async function countReferences(em: EntityManager, node: AnyNode): Promise<Record<string, number>> {
  const { links, lists } = referrersOf(node);
  const counts: Record<string, number> = {};
  // One after the other: inside a transaction every statement shares one connection.
  for (const { from, field } of [...links, ...lists.map(({ from, list }) => ({ from, field: list }))]) {
    const count = await em.count(from, where(field, node));
    if (count > 0) counts[from.name] = (counts[from.name] ?? 0) + count;
  }
  return counts;
}

/**
 * Removes a node and what belongs to it (its evidence, an event's participants). When other
 * facts refer to it, refuses (BAD_USER_INPUT, `references`: counts by type) unless `cascade`:
 * then facts that cannot be without it go too (each with what belongs to it), optional
 * references to it are cleared, and it leaves every list it is in. Returns the global IDs removed.
 */
export async function removeNode(em: EntityManager, root: AnyNode, cascade: boolean): Promise<string[]> {
  const references = await countReferences(em, root);
  const total = Object.values(references).reduce((sum, count) => sum + count, 0);
  if (total > 0 && !cascade) {
    const listed = Object.entries(references)
      .map(([type, count]) => `${count} ${type}`)
      .join(', ');
    throw new GraphQLError(
      `${root.constructor.name} "${root.globalId}" is referred to by ${listed}. Delete or change those first, or send cascade: true to delete them with it.`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, path: 'input.id', references } },
    );
  }
  const removed = new Map<string, AnyNode>();
  const queue: AnyNode[] = [root];
  for (let node = queue.shift(); node; node = queue.shift()) {
    if (removed.has(node.globalId)) continue;
    removed.set(node.globalId, node);
    const { links, lists, parts } = referrersOf(node);
    for (const { from, field } of parts) queue.push(...(await findReferring(em, from, field, node)));
    for (const { from, field, required } of links) {
      for (const referrer of await findReferring(em, from, field, node)) {
        if (required) queue.push(referrer);
        else {
          fieldsOf(referrer)[field] = null;
          markChanged(referrer);
        }
      }
    }
    for (const { from, list } of lists) {
      for (const holder of await findReferring(em, from, list, node, list)) {
        listOf(holder, list).remove(node);
      }
    }
  }
  for (const node of removed.values()) {
    for (const list of OWN_LISTS.get(node.constructor) ?? []) {
      await listOf(node, list).init();
      listOf(node, list).removeAll();
    }
    em.remove(node);
  }
  return [...removed.keys()];
}

/**
 * Points every fact that refers to `from` at `to` instead (and moves `from`'s evidence to `to`),
 * as changes the unit of work sees; a list that already holds `to` just loses `from`.
 */
export async function repoint(em: EntityManager, from: Actor, to: Actor): Promise<void> {
  const { links, lists, parts } = referrersOf(from);
  for (const { from: entity, field } of [...links, ...parts]) {
    for (const referrer of await findReferring(em, entity, field, from)) {
      fieldsOf(referrer)[field] = ref(to);
      markChanged(referrer);
    }
  }
  for (const { from: entity, list } of lists) {
    for (const holder of await findReferring(em, entity, list, from, list)) {
      const members = listOf(holder, list);
      members.remove(from);
      if (!members.contains(to, false)) members.add(to);
      markChanged(holder);
    }
  }
}

/**
 * A node an edit changed on the way (a reference cleared by a cascade, repointed by a merge) is
 * edited too: an import of its document must not undo that unawares (see importStory).
 */
function markChanged(node: object): void {
  if (node instanceof VersionedEntity) node.markEdited();
}
