import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { Context } from '../context.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Position } from './position.entity.js';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Actor, { description: 'Who holds the title.' })
  holder(@Root() position: Position) {
    return position.holder.load();
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The state, government or body the title belongs to.' })
  organization(@Root() position: Position) {
    return position.organization?.load() ?? null;
  }

  @FieldResolver(() => [Evidence], { description: 'The words that give the title.' })
  evidence(@Root() position: Position, @Ctx() { loaders }: Context) {
    return loaders.evidenceOf('position').load(position.id);
  }
}
