import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Position } from './position.entity.js';

@Resolver(() => Position)
export class PositionResolver extends WithEvidence(Position, 'position', 'The words that give the title.') {
  @FieldResolver(() => Actor, { description: 'Who holds the title.' })
  holder(@Root() position: Position) {
    return position.holder.load();
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The state, government or body the title belongs to.' })
  organization(@Root() position: Position) {
    return position.organization?.load() ?? null;
  }
}
