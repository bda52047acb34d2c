import type { EntityManager } from '@mikro-orm/core';
import type { ActorKind } from '../actor/actor-kind.js';
import type { Context } from '../common/context.js';
import { nodeNotFound } from '../common/errors.js';
import { Document } from '../document/document.entity.js';
import { change } from '../editing/fact-mutations.js';
import type { KnownActor, Proposal } from './proposal.js';
import { proposeOffThread } from './off-thread.js';
import { databaseIdOf } from './suggestion-decision.js';
import { proposalProblems, storeProposals } from './suggestion-store.js';

/**
 * Stores what `propose` proposes for the document as pending suggestions, in one change; a
 * proposal made before is not stored again. Returns the document and how many were added. The
 * article is read before the change begins: a long reading must not hold the write lock.
 */
export async function recordProposals(
  ctx: Context,
  documentGlobalId: string,
  propose: (document: Document, em: EntityManager) => Promise<Proposal[]>,
): Promise<{ document: Document; added: number }> {
  const id = databaseIdOf(documentGlobalId, 'Document');
  const missing = () => nodeNotFound(`No Document has the ID "${documentGlobalId.slice(0, 80)}".`, 'documentId');
  const read = id === undefined ? null : await ctx.em.findOne(Document, { id });
  if (!read) throw missing();
  const proposals = await propose(read, ctx.em);
  return change(ctx, 'suggest facts', async (edit) => {
    const document = await edit.em.findOne(Document, { id: read.id });
    if (!document) throw missing();
    // A document without facts may have had its text replaced while it was being read.
    const fitting = document.text === read.text ? proposals : fitTheText(ctx, document, proposals);
    return { document, added: await storeProposals(edit.em, document, fitting) };
  });
}

/**
 * The proposals that fit the document's text. One that does not is left out and logged: the
 * suggester's fault, not the editor's, and it must not keep the others from the queue.
 */
function fitTheText(ctx: Context, document: Document, proposals: Proposal[]): Proposal[] {
  return proposals.filter((proposal, index) => {
    const problems = proposalProblems(document.text, proposal, `proposals[${index}]`);
    if (problems.length) ctx.logger?.warn({ document: document.slug, problems }, 'proposal left out');
    return problems.length === 0;
  });
}

/** What the suggester proposes for the document's text, with the database's actors as known actors. */
async function readArticle(ctx: Context, document: Document, em: EntityManager): Promise<Proposal[]> {
  // Plain rows, not entities: a corpus knows tens of thousands of actors, and this runs on the event loop.
  const rows = (await em.getConnection().execute('select slug, name, aliases, kind from actor order by id')) as {
    slug: string;
    name: string;
    aliases: string[] | string | null;
    kind: ActorKind;
  }[];
  const knownActors: KnownActor[] = rows.map(({ slug, name, aliases, kind }) => ({
    slug,
    name,
    // PostgreSQL hands JSON back parsed, SQLite as its text.
    aliases: typeof aliases === 'string' ? (JSON.parse(aliases) as string[]) : (aliases ?? []),
    kind,
  }));
  const proposals = await proposeOffThread({
    text: document.text,
    publishedAt: document.publishedAt ?? '',
    knownActors,
  });
  return fitTheText(ctx, document, proposals);
}

/** Runs the suggester on the document and stores its new proposals as pending suggestions (see recordProposals). */
export function suggestFactsFor(
  ctx: Context,
  documentGlobalId: string,
): Promise<{ document: Document; added: number }> {
  return recordProposals(ctx, documentGlobalId, (document, em) => readArticle(ctx, document, em));
}

/**
 * Suggests facts for a document just created. Runs after its change committed: a failure of the
 * suggester is logged and leaves the document as it is.
 */
export async function suggestForNewDocument(document: Document, ctx: Context): Promise<void> {
  try {
    await suggestFactsFor(ctx, document.globalId);
  } catch (error) {
    ctx.logger?.error({ err: error, document: document.slug }, 'suggesting facts for a new document failed');
  }
}
