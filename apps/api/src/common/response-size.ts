import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { ErrorCode } from './error-code.js';
import { everyRequest } from './combined-plugins.js';

/**
 * The result as JSON, exactly as Apollo Server writes it (errors, data, extensions, then a
 * newline), or undefined when it would take more than `maxBytes` bytes. The size is counted while
 * serialising, one root field at a time: a runaway answer is abandoned after the field that
 * crosses the limit instead of being built whole, and each piece is still serialised natively.
 */
export function stringifyWithin(result: FormattedExecutionResult, maxBytes: number): string | undefined {
  const pieces: string[] = [];
  // A UTF-16 code unit takes at most 3 bytes of UTF-8: bytes are counted only once the
  // characters could reach the limit, which most answers never do.
  const countFrom = maxBytes / 3;
  let characters = 0;
  let size = 0;
  const add = (piece: string) => {
    pieces.push(piece);
    characters += piece.length;
    if (characters <= countFrom) return true;
    if (size === 0) for (const earlier of pieces) size += Buffer.byteLength(earlier);
    else size += Buffer.byteLength(piece);
    return size <= maxBytes;
  };
  const members: [string, unknown][] = [
    ['errors', result.errors],
    ['data', result.data],
    ['extensions', result.extensions],
  ];
  let first = true;
  for (const [name, value] of members) {
    if (value === undefined) continue;
    if (!add(`${first ? '{' : ','}"${name}":`)) return undefined;
    first = false;
    if (name !== 'data' || value === null || typeof value !== 'object') {
      if (!add(JSON.stringify(value))) return undefined;
      continue;
    }
    let firstField = true;
    for (const [field, fieldValue] of Object.entries(value)) {
      const json = JSON.stringify(fieldValue) as string | undefined;
      if (json === undefined) continue;
      if (!add(`${firstField ? '{' : ','}${JSON.stringify(field)}:${json}`)) return undefined;
      firstField = false;
    }
    if (!add(firstField ? '{}' : '}')) return undefined;
  }
  if (!add(first ? '{}\n' : '}\n')) return undefined;
  return pieces.join('');
}

/**
 * Caps every GraphQL response at `maxBytes`: a larger one is replaced by a single
 * RESPONSE_TOO_LARGE error (400, or 200 over plain JSON like other request errors). The plugin
 * serialises each result once, as the last step before sending, and `stringifyResult` (Apollo
 * Server's serialiser option) hands that same text to the response instead of serialising again.
 */
export function responseSizeLimit<TContext extends object>(
  maxBytes: number,
): {
  plugin: ApolloServerPlugin<TContext>;
  stringifyResult: (result: FormattedExecutionResult) => string;
} {
  // Keyed by the result's `data` object, which Apollo passes on unchanged to the serialiser.
  const serialised = new WeakMap<object, { result: FormattedExecutionResult; text: string }>();
  return {
    plugin: {
      requestDidStart: everyRequest({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          const text = stringifyWithin(result, maxBytes);
          if (text !== undefined) {
            if (result.data) serialised.set(result.data, { result, text });
            return Promise.resolve();
          }
          response.body.singleResult = {
            errors: [
              {
                message: `The answer would be larger than the ${maxBytes} bytes the server sends: ask for fewer items with \`first\`.`,
                extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maxBytes },
              },
            ],
          };
          response.http.status = 400;
          return Promise.resolve();
        },
      }),
    },
    stringifyResult(result) {
      const cached = result.data ? serialised.get(result.data) : undefined;
      if (cached && cached.result.errors === result.errors && cached.result.extensions === result.extensions) {
        return cached.text;
      }
      return JSON.stringify(result) + '\n';
    },
  };
}
