import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { ConnectionType, paginate } from '../common/connection.js';
import { PageArgs } from '../common/page.args.js';
import type { Context } from '../common/context.js';
import { DOCUMENT_EVIDENCE, SHORT_LIST, checkFirst, firstArgOptions, firstArgType } from '../common/list.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { evidenceOf } from '../evidence/evidence.loaders.js';
import { Document } from './document.entity.js';

@ObjectType({ description: 'A page of evidence spans (Relay cursor connection).' })
export class EvidenceConnection extends ConnectionType(Evidence, 'evidence spans') {}

@ObjectType({ description: 'A page of documents (Relay cursor connection).' })
export class DocumentConnection extends ConnectionType(Document, 'documents') {}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'The document with this slug, or null.' })
  document(
    @Arg('slug', () => String, { description: 'The document’s slug.' }) slug: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.oneBy(Document, 'slug').load(slug);
  }

  @Query(() => DocumentConnection, { description: 'Source documents, a page at a time.' })
  documents(@Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return paginate(loaders.reader, Document, [], { slug: 'asc' }, page, info);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who published it.' })
  publisher(@Root() document: Document, @Ctx() { loaders }: Context) {
    return loaders.referenced(Actor, document.publisher);
  }

  @FieldResolver(() => [Actor], { description: 'Who wrote it or contributed to it.' })
  contributors(
    @Root() document: Document,
    @Arg('first', firstArgType, firstArgOptions(SHORT_LIST, 'contributors')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .linkedTo(
        Actor,
        { table: 'document_contributors', parentColumn: 'document_id', childColumn: 'actor_id' },
        checkFirst(first, SHORT_LIST),
      )
      .load(document.id);
  }

  @FieldResolver(() => [Evidence], {
    description: `The evidence spans in this document, in text order: the first ${DOCUMENT_EVIDENCE.default} unless \`first\` asks for more; \`evidenceConnection\` pages through any number.`,
  })
  evidence(
    @Root() document: Document,
    @Arg('first', firstArgType, firstArgOptions(DOCUMENT_EVIDENCE, 'spans')) first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    return evidenceOf(loaders, 'document', checkFirst(first, DOCUMENT_EVIDENCE)).load(document.id);
  }

  @FieldResolver(() => EvidenceConnection, {
    description: 'The evidence spans in this document, in text order, a page at a time.',
  })
  evidenceConnection(
    @Root() document: Document,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = [{ sql: 'document_id = ?', params: [document.id] }];
    return paginate(loaders.reader, Evidence, where, { start: 'asc', id: 'asc' }, page, info);
  }
}
