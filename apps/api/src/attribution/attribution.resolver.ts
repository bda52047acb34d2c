import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { WithEvidence } from '../evidence/evidence-field.resolver.js';
import { Attribution } from './attribution.entity.js';
import type { Context } from '../common/context.js';

@Resolver(() => Attribution)
export class AttributionResolver extends WithEvidence(
  Attribution,
  'attribution',
  'The words of attribution ("according to …"), where the source has them.',
) {
  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor vouching: the publication for REPORTED, the named source; null for anonymous sources.',
  })
  source(@Root() attribution: Attribution, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, attribution.source);
  }
}
