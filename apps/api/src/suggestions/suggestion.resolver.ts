import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, paginate, type Conditions } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { fromGlobalId } from '../common/global-id.js';
import { Node } from '../common/node.interface.js';
import { PageArgs } from '../common/page.args.js';
import { readsForField } from '../common/read-selection.js';
import { Document } from '../document/document.entity.js';
import { change, readFresh } from '../editing/fact-mutations.js';
import { SuggestionAcceptance } from './accept-suggestion.js';
import { suggestFactsFor } from './suggest-facts.js';
import { acceptedSummary, decide, ENTITY_OF_TYPE, pendingSuggestion } from './suggestion-decision.js';
import { SuggestionStatus } from './suggestion-status.js';
import { Suggestion } from './suggestion.entity.js';
import { summaryOf } from './suggestion-summary.js';

readsForField('Suggestion', 'summary', { Suggestion: ['type', 'fact'] });

@ObjectType({ description: 'A page of suggestions, surest first (Relay cursor connection).' })
export class SuggestionConnection extends ConnectionType(Suggestion, 'suggestions') {}

@ArgsType()
export class SuggestionsArgs extends PageArgs {
  @Field(() => SuggestionStatus, { nullable: true, description: 'Only suggestions in this state; all when omitted.' })
  status?: SuggestionStatus | null;
}

@ObjectType({ description: 'What suggestFacts found.' })
export class SuggestFactsPayload {
  @Field(() => Document, { description: 'The document read.' })
  document!: Document;

  @Field(() => Int, {
    description: 'How many new pending suggestions were stored (proposals offered before, decided or not, are not).',
  })
  added!: number;
}

@InputType({ description: 'Which suggestion to decide.' })
export class DecideSuggestionInput {
  @Field(() => ID, { description: 'The pending suggestion.' })
  id!: string;
}

@InputType({ description: 'Which suggestion to make a fact.' })
export class AcceptSuggestionInput extends DecideSuggestionInput {}

@InputType({ description: 'Which suggestion to turn down.' })
export class RejectSuggestionInput extends DecideSuggestionInput {}

@ObjectType({ description: 'What acceptSuggestion wrote.' })
export class AcceptSuggestionPayload {
  @Field(() => Suggestion, { description: 'The suggestion, now accepted.' })
  suggestion!: Suggestion;

  @Field(() => Node, { nullable: true, description: 'The fact it became, as stored after the change.' })
  node?: Node | null;
}

@ObjectType({ description: 'What rejectSuggestion wrote.' })
export class RejectSuggestionPayload {
  @Field(() => Suggestion, { description: 'The suggestion, now rejected.' })
  suggestion!: Suggestion;
}

/** The suggestion as stored after a change, read again outside it. */
const readSuggestion = (ctx: Context, id: number) => ctx.em.fork().findOneOrFail(Suggestion, { id });

/**
 * Facts suggested by reading a document: running the suggester, the review queue, and the
 * decisions. Editors and admins only, reads included: a suggestion is not a fact yet.
 */
@Resolver(() => Suggestion)
export class SuggestionResolver {
  @FieldResolver(() => String, { description: 'The proposed fact in one line, actors named by slug.' })
  summary(@Root() suggestion: Suggestion): string {
    return summaryOf(suggestion.type, suggestion.fact);
  }

  @FieldResolver(() => Document, { description: 'The document the suggestion was read from.' })
  async document(@Root() suggestion: Suggestion, @Ctx() { loaders }: Context): Promise<Document> {
    const document = await loaders.referenced(Document, suggestion.document);
    if (!document) throw new Error(`Suggestion ${suggestion.id} has no document`);
    return document;
  }

  @Authorized('editor')
  @Mutation(() => SuggestFactsPayload, {
    description:
      'Reads the document’s text and stores the facts it proposes as pending suggestions, with the database’s actors as the actors it knows. A proposal offered before (pending, accepted or rejected) is not offered again. Runs by itself when a document is created. For editors.',
  })
  async suggestFacts(
    @Arg('documentId', () => ID, { description: 'The document to read.' }) documentId: string,
    @Ctx() ctx: Context,
  ): Promise<SuggestFactsPayload> {
    const { document, added } = await suggestFactsFor(ctx, documentId);
    return Object.assign(new SuggestFactsPayload(), { document: await readFresh(ctx, Document, document.id), added });
  }

  @Authorized('editor')
  @Mutation(() => AcceptSuggestionPayload, {
    description:
      'Makes a pending suggestion a fact through the create mutation of its kind, with the same checks (BAD_USER_INPUT, nothing written, when it fails them). An actor, attribution or event it names that is itself suggested and pending is accepted in the same change. Recorded in the history as an accepted suggestion; CONFLICT when the suggestion was decided already. For editors.',
  })
  async acceptSuggestion(
    @Arg('input', () => AcceptSuggestionInput, { description: 'Which suggestion.' }) input: AcceptSuggestionInput,
    @Ctx() ctx: Context,
  ): Promise<AcceptSuggestionPayload> {
    const type = await this.#typeOf(ctx, input.id);
    const accepted = await change(ctx, acceptedSummary(type, false), async (edit) => {
      const suggestion = await pendingSuggestion(edit.em, input.id, 'input.id');
      const node = await new SuggestionAcceptance(edit, ctx.viewer).accept(suggestion);
      return {
        suggestionId: suggestion.id,
        entity: ENTITY_OF_TYPE[suggestion.type],
        nodeId: node.id,
      };
    });
    return Object.assign(new AcceptSuggestionPayload(), {
      suggestion: await readSuggestion(ctx, accepted.suggestionId),
      node: (await readFresh(ctx, accepted.entity, accepted.nodeId)) as Node | null,
    });
  }

  @Authorized('editor')
  @Mutation(() => RejectSuggestionPayload, {
    description:
      'Turns a pending suggestion down. It is kept, so the same proposal is not offered again; CONFLICT when it was decided already. For editors.',
  })
  async rejectSuggestion(
    @Arg('input', () => RejectSuggestionInput, { description: 'Which suggestion.' }) input: RejectSuggestionInput,
    @Ctx() ctx: Context,
  ): Promise<RejectSuggestionPayload> {
    const id = await change(ctx, 'rejected suggestion', async (edit) => {
      const suggestion = await pendingSuggestion(edit.em, input.id, 'input.id');
      decide(suggestion, SuggestionStatus.REJECTED, ctx.viewer);
      return suggestion.id;
    });
    return Object.assign(new RejectSuggestionPayload(), { suggestion: await readSuggestion(ctx, id) });
  }

  /** The entity a suggestion would become, for the change's summary; the change itself checks the suggestion. */
  async #typeOf(ctx: Context, globalId: string): Promise<string> {
    try {
      const { typeName, id } = fromGlobalId(globalId);
      const suggestion = typeName === 'Suggestion' ? await ctx.em.fork().findOne(Suggestion, { id }) : null;
      return suggestion ? ENTITY_OF_TYPE[suggestion.type].name : 'fact';
    } catch {
      return 'fact';
    }
  }
}

/** A document's suggestions: its review queue. */
@Resolver(() => Document)
export class DocumentSuggestionsResolver {
  @Authorized('editor')
  @FieldResolver(() => SuggestionConnection, {
    description:
      'Facts suggested by reading this document, surest first, a page at a time: its review queue with `status: PENDING`. Editors and admins only.',
  })
  suggestions(
    @Root() document: Document,
    @Args(() => SuggestionsArgs) args: SuggestionsArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const conditions: Conditions = [{ sql: 'document_id = ?', params: [document.id] }];
    if (args.status) conditions.push({ sql: 'status = ?', params: [args.status] });
    return paginate(loaders.reader, Suggestion, conditions, { confidence: 'desc', id: 'desc' }, args, info);
  }
}
