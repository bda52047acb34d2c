import { GraphQLError } from 'graphql';
import { AsyncLocalStorage } from 'node:async_hooks';
import { ErrorCode } from './error-code.js';

/** The deadline of the operation running in this async context. */
interface Deadline {
  /** `performance.now()` after which no new database statement may start. */
  at: number;
  /** The configured length, reported to the client. */
  ms: number;
}

const current = new AsyncLocalStorage<Deadline>();

/** The operation ran past its deadline; thrown instead of starting another statement. */
export class DeadlineExceededError extends GraphQLError {
  constructor(deadlineMs: number) {
    super(`The operation ran past its deadline of ${deadlineMs} ms; ask for less, or retry later.`, {
      extensions: { code: ErrorCode.TIMEOUT, deadlineMs },
    });
    this.name = 'DeadlineExceededError';
  }
}

/**
 * Runs `work` with a deadline `ms` from now: every database statement it (and whatever it starts)
 * tries to run after that is refused with TIMEOUT. graphql-js cannot abort an execution, so the
 * deadline is enforced where data is loaded, which is where the time goes.
 */
export function runWithDeadline<T>(ms: number, work: () => T): T {
  return current.run({ at: performance.now() + ms, ms }, work);
}

/**
 * Throws DeadlineExceededError when the current operation's deadline has passed; does nothing
 * outside an operation (start-up, migrations, imports). Called before every SQL statement.
 */
export function checkDeadline(): void {
  const deadline = current.getStore();
  if (deadline && performance.now() > deadline.at) throw new DeadlineExceededError(deadline.ms);
}

/** How long the current operation has left before its deadline, or undefined outside an operation. */
export function remainingMs(): number | undefined {
  const deadline = current.getStore();
  return deadline ? Math.max(0, deadline.at - performance.now()) : undefined;
}

/** The error for work that ran past the current operation's deadline, or undefined outside an operation. */
export function deadlineExceeded(): DeadlineExceededError | undefined {
  const deadline = current.getStore();
  return deadline ? new DeadlineExceededError(deadline.ms) : undefined;
}
