import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../common/context.js';
import { SHORT_LIST, checkFirst, firstArgOptions, firstArgType } from '../common/list.js';
import { Evidence, type EvidenceOwner } from './evidence.entity.js';
import { evidenceOf } from './evidence.loaders.js';

/**
 * Base for the resolver of every fact that carries evidence: adds its `evidence` field, batched
 * per request (one query for all the facts a response lists), in text order, the first `first`.
 */
export function WithEvidence<T extends { id: number }>(
  factType: ClassType<T>,
  owner: EvidenceOwner,
  description: string,
) {
  @Resolver(() => factType)
  abstract class EvidenceFieldResolver {
    @FieldResolver(() => [Evidence], { description })
    evidence(
      @Root() fact: T,
      @Arg('first', firstArgType, firstArgOptions(SHORT_LIST, 'spans')) first: number | null,
      @Ctx() { loaders }: Context,
    ): Promise<Evidence[]> {
      return evidenceOf(loaders, owner, checkFirst(first, SHORT_LIST)).load(fact.id);
    }
  }
  return EvidenceFieldResolver;
}
