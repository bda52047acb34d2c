import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../common/context.js';

/**
 * Runs one mutation's writes: one transaction, flushed at the end, and one recorded change
 * naming the viewer. Every write of every mutation goes through here, as entity changes the
 * unit of work sees (persist, assign, remove), never native updates: what it does not see, the
 * history cannot undo.
 */
export async function runChange<T>(ctx: Context, summary: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  ctx.logger?.debug({ change: summary }, 'change');
  return ctx.em.transactional(work);
}
