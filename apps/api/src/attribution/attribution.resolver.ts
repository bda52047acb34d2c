import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { Context } from '../context.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Attribution } from './attribution.entity.js';

@Resolver(() => Attribution)
export class AttributionResolver {
  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor vouching: the publication for REPORTED, the named source; null for anonymous sources.',
  })
  source(@Root() attribution: Attribution) {
    return attribution.source?.load() ?? null;
  }

  @FieldResolver(() => [Evidence], { description: 'The words of attribution ("according to …"), where the source has them.' })
  evidence(@Root() attribution: Attribution, @Ctx() { loaders }: Context) {
    return loaders.evidenceOf('attribution').load(attribution.id);
  }
}
