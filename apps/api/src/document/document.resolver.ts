import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { ConnectionType, paginate } from '../common/connection.js';
import { PageArgs } from '../common/page.args.js';
import type { Context } from '../common/context.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { evidenceOf } from '../evidence/evidence.loaders.js';
import { Document } from './document.entity.js';

@ObjectType({ description: 'A page of documents (Relay cursor connection).' })
export class DocumentConnection extends ConnectionType(Document, 'documents') {}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'The document with this slug, or null.' })
  document(@Arg('slug', () => String, { description: 'The document’s slug.' }) slug: string, @Ctx() { em }: Context) {
    return em.findOne(Document, { slug });
  }

  @Query(() => DocumentConnection, { description: 'Source documents, a page at a time.' })
  documents(@Args(() => PageArgs) page: PageArgs, @Ctx() { em }: Context) {
    return paginate(em, Document, {}, { slug: 'asc' }, page);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who published it.' })
  publisher(@Root() document: Document) {
    return document.publisher?.load() ?? null;
  }

  @FieldResolver(() => [Actor], { description: 'Who wrote it or contributed to it.' })
  async contributors(@Root() document: Document) {
    return (await document.contributors.load()).getItems();
  }

  @FieldResolver(() => [Evidence], { description: 'Every evidence span in this document, in text order.' })
  evidence(@Root() document: Document, @Ctx() { loaders }: Context) {
    return evidenceOf(loaders, 'document').load(document.id);
  }
}
