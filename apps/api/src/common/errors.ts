import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.js';

/** A client error: the request asked for something the contract does not allow. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
  });
}

/** A client error: an argument names something that does not exist. */
export function notFound(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, argumentName } });
}

/** One thing wrong with a mutation's input, at its path ("input.evidence[1].quote"). */
export interface InputProblem {
  path: string;
  message: string;
}

/**
 * A mutation's input is invalid: every problem found, the first one's path in `extensions.path`
 * and all of them in `extensions.problems`. Nothing was written.
 */
export function invalidInput(problems: readonly InputProblem[]): GraphQLError {
  const [first] = problems;
  const message =
    problems.length === 1 && first
      ? `${first.path}: ${first.message}`
      : `${problems.length} problems; nothing was written.\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`;
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, path: first?.path, problems: problems.map((p) => ({ ...p })) },
  });
}

/** A mutation names a node (by its ID, at `path`) that does not exist, or not as the type it must be. */
export function nodeNotFound(message: string, path: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, path } });
}

/** The node changed since the client read it: `currentVersion` is the one to read again. */
export function versionConflict(message: string, currentVersion: number | null, path = 'input.version'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, path, currentVersion } });
}
