import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Position } from './position.entity.js';
import type { Context } from '../common/context.js';

@Resolver(() => Position)
export class PositionResolver extends WithEvidence(Position, 'position', 'The words that give the title.') {
  @FieldResolver(() => Actor, { description: 'Who holds the title.' })
  holder(@Root() position: Position, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, position.holder);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The state, government or body the title belongs to.' })
  organization(@Root() position: Position, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, position.organization);
  }
}
