import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../common/context.js';
import { ChangeKind } from './change-kind.js';
import { recording } from './change-recorder.js';

/**
 * Runs one mutation's writes: one transaction, flushed at the end, and one recorded change
 * naming the viewer. Every write of every mutation goes through here, as entity changes the
 * unit of work sees (persist, assign, remove), never native updates: what it does not see, the
 * history cannot undo. A mutation that throws rolls back its writes and its change alike.
 */
export async function runChange<T>(ctx: Context, summary: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  ctx.logger?.debug({ change: summary }, 'change');
  const header = {
    kind: ChangeKind.MUTATION,
    summary,
    userId: ctx.viewer?.userId ?? null,
    userName: ctx.viewer?.name ?? null,
  };
  return ctx.em.transactional((em) => recording(em, header, () => work(em)));
}
