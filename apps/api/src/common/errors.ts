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
