import { LockMode, type EntityClass, type EntityManager } from '@mikro-orm/core';
import { Actor } from '../actor/actor.entity.js';
import { Attribution } from '../attribution/attribution.entity.js';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/error-code.js';
import { nodeNotFound } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import type { Viewer } from '../common/viewer.js';
import type { Edit } from '../editing/edit.js';
import { Event } from '../event/event.entity.js';
import { Figure } from '../figure/figure.entity.js';
import { Position } from '../position/position.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { Statement } from '../statement/statement.entity.js';
import { SuggestionStatus, type SuggestionType } from './suggestion-status.js';
import { Suggestion } from './suggestion.entity.js';

/** The database id of a global ID of the type, or undefined for any other string. */
export function databaseIdOf(globalId: string, typeName: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(globalId)) return undefined;
  try {
    const decoded = fromGlobalId(globalId);
    return decoded.typeName === typeName ? decoded.id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The suggestion an ID names, still pending: NOT_FOUND when no suggestion has the ID, CONFLICT
 * when an editor already decided it. On PostgreSQL its row stays locked until the change commits,
 * so two editors deciding it at once cannot both win (SQLite runs one write transaction at a time).
 */
export async function pendingSuggestion(em: EntityManager, globalId: string, path: string): Promise<Suggestion> {
  const id = databaseIdOf(globalId, 'Suggestion');
  const postgres = em.getPlatform().constructor.name.startsWith('PostgreSql');
  const suggestion =
    id === undefined
      ? null
      : await em.findOne(Suggestion, { id }, postgres ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!suggestion) throw nodeNotFound(`No Suggestion has the ID "${globalId.slice(0, 80)}".`, path);
  if (suggestion.status !== SuggestionStatus.PENDING) {
    throw new GraphQLError(
      `Suggestion "${globalId}" was already ${suggestion.status.toLowerCase()}${suggestion.decidedByName ? ` by ${suggestion.decidedByName}` : ''}.`,
      { extensions: { code: ErrorCode.CONFLICT, path, status: suggestion.status } },
    );
  }
  return suggestion;
}

/** Records the decision on the suggestion: who made it and when, and for an accepted one the node it became. */
export function decide(
  suggestion: Suggestion,
  status: SuggestionStatus.ACCEPTED | SuggestionStatus.REJECTED,
  viewer: Viewer | undefined,
  acceptedNodeId?: string,
): void {
  Object.assign(suggestion, {
    status,
    decidedByUserId: viewer?.userId ?? null,
    decidedByName: viewer?.name ?? null,
    decidedAt: new Date().toISOString(),
    acceptedNodeId: acceptedNodeId ?? null,
  });
}

/** The summary of a change that made a suggestion a fact. */
export function acceptedSummary(entity: string, edited: boolean): string {
  return `accepted suggestion${edited ? ' (edited)' : ''}: create ${entity}`;
}

/** The entity each type of suggestion becomes (its class; `.name` is its GraphQL type's name). */
export const ENTITY_OF_TYPE: Record<SuggestionType, EntityClass<{ id: number }>> = {
  ACTOR: Actor,
  ATTRIBUTION: Attribution,
  POSITION: Position,
  EVENT: Event,
  RELATION: Relation,
  STATEMENT: Statement,
  FIGURE: Figure,
};

/** The suggestion a create input comes from, when it names one (`suggestionId`). */
export function suggestionIdOf(input: object): string | undefined {
  const { suggestionId } = input as { suggestionId?: string | null };
  return suggestionId ?? undefined;
}

/**
 * Marks the suggestion a create input names as accepted, in the change that created `node` from
 * it: the suggestion must be pending, of the created type, and of the input's document.
 */
export async function acceptEdited(
  edit: Edit,
  suggestionId: string,
  node: { globalId: string },
  input: { documentId?: string },
  viewer: Viewer | undefined,
): Promise<void> {
  const suggestion = await pendingSuggestion(edit.em, suggestionId, 'input.suggestionId');
  const entity = node.constructor.name;
  if (ENTITY_OF_TYPE[suggestion.type].name !== entity)
    edit.report('input.suggestionId', `suggests a ${ENTITY_OF_TYPE[suggestion.type].name}, not a ${entity}`);
  const document = input.documentId ? databaseIdOf(input.documentId, 'Document') : undefined;
  if (document !== undefined && document !== suggestion.document.id)
    edit.report('input.suggestionId', 'is a suggestion of another document');
  edit.check();
  // The created node's ID is the database's: write it now, inside the change.
  await edit.em.flush();
  decide(suggestion, SuggestionStatus.ACCEPTED, viewer, node.globalId);
}
