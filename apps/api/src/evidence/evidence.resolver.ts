import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Document } from '../document/document.entity.js';
import { Node } from '../common/node.interface.js';
import { Evidence } from './evidence.entity.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { description: 'The document the words are in.' })
  document(@Root() evidence: Evidence) {
    return evidence.document.load();
  }

  @FieldResolver(() => Node, {
    description:
      'The fact these words support: an Actor, Attribution, Position, Event, Participation, Relation, Statement, Figure or Negotiation.',
  })
  async supports(@Root() evidence: Evidence): Promise<Node> {
    const { relation, event, participation, position, statement, figure, negotiation, attribution, actor } = evidence;
    const owner =
      relation ?? event ?? participation ?? position ?? statement ?? figure ?? negotiation ?? attribution ?? actor;
    // Every evidence row has exactly one owner; the importer never writes one without.
    return (await (owner as { loadOrFail(): Promise<object> }).loadOrFail()) as Node;
  }
}
