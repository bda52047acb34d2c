import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Document } from '../document/document.entity.js';
import { Node } from '../common/node.interface.js';
import { Participation } from '../event/participation.entity.js';
import { Evidence } from './evidence.entity.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { description: 'The document the words are in.' })
  document(@Root() evidence: Evidence) {
    return evidence.document.load();
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description:
      'The fact these words support: an Actor, Position, Event, Relation, Statement, Figure or Negotiation. For a participation, its Event (see `participation`); for words of attribution, the source Actor.',
  })
  async supports(@Root() evidence: Evidence): Promise<Node | null> {
    const owners = [evidence.relation, evidence.event, evidence.position, evidence.statement, evidence.figure, evidence.negotiation, evidence.actor];
    const owner = owners.find((ref) => ref !== undefined && ref !== null);
    if (owner) return (await (owner as { load(): Promise<object | null> }).load()) as Node | null;
    if (evidence.participation) {
      const participation = await evidence.participation.loadOrFail();
      return (await participation.event.load()) as unknown as Node | null;
    }
    if (evidence.attribution) {
      const attribution = await evidence.attribution.loadOrFail();
      return ((await attribution.source?.load()) ?? null) as unknown as Node | null;
    }
    return null;
  }

  @FieldResolver(() => Participation, { nullable: true, description: 'The participation these words support, when that is what they support.' })
  participation(@Root() evidence: Evidence) {
    return evidence.participation?.load() ?? null;
  }
}
