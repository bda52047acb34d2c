import type { EntityClass } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import type { Context } from '../common/context.js';
import { readsForField } from '../common/read-selection.js';
import type { SomeNodeEntity } from '../common/node.entity.js';
import { Node } from '../common/node.interface.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Participation } from '../event/participation.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { Negotiation } from '../negotiation/negotiation.entity.js';
import { Position } from '../position/position.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { Evidence, type EvidenceOwner } from './evidence.entity.js';

/** The entity each owner column of Evidence points at, in the order they are looked at. */
const OWNERS: [EvidenceOwner, EntityClass<SomeNodeEntity>][] = [
  ['relation', Relation],
  ['event', Event],
  ['participation', Participation],
  ['position', Position],
  ['statement', Statement],
  ['figure', Figure],
  ['negotiation', Negotiation],
  ['attribution', Attribution],
  ['actor', Actor],
];

// `supports` looks at every owner column for the one that is set.
readsForField('Evidence', 'supports', { Evidence: OWNERS.map(([column]) => column) });

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { description: 'The document the words are in.' })
  document(@Root() evidence: Evidence, @Ctx() { loaders }: Context) {
    return loaders.referenced(Document, evidence.document);
  }

  @FieldResolver(() => Node, {
    description:
      'The fact these words support: an Actor, Attribution, Position, Event, Participation, Relation, Statement, Figure or Negotiation.',
  })
  async supports(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<SomeNodeEntity> {
    for (const [column, entity] of OWNERS) {
      const reference = evidence[column];
      if (reference) {
        const owner = await loaders.referenced(entity, reference);
        if (owner) return owner;
      }
    }
    // Every evidence row has exactly one owner; the importer never writes one without.
    throw new Error(`evidence ${evidence.id} supports nothing`);
  }
}
