import { Int, type ArgOptions } from 'type-graphql';
import { badUserInput } from './errors.js';

/** How many items a plain list field returns when `first` is omitted, and at most. */
export interface ListBounds {
  default: number;
  max: number;
}

/** The lists of a fact: its evidence spans, its few titles or parties. */
export const SHORT_LIST: ListBounds = { default: 10, max: 100 };
/** The lists that grow with a story: an actor's relations, an event's participants. */
export const LONG_LIST: ListBounds = { default: 20, max: 200 };
/** A document's evidence spans: the reader shows every one of them. */
export const DOCUMENT_EVIDENCE: ListBounds = { default: 200, max: 500 };

/**
 * The options of a list field's `first` argument. The default is part of the contract, so the
 * query complexity estimator reads it from the schema as it reads an explicit `first`.
 */
export function firstArgOptions(bounds: ListBounds, plural: string): ArgOptions & { defaultValue: number } {
  return {
    nullable: true,
    defaultValue: bounds.default,
    description: `How many ${plural} to return: the first ${bounds.default} when omitted, at most ${bounds.max}.`,
  };
}

/** The type of every list field's `first` argument. */
export const firstArgType = () => Int;

/** Checks a list field's `first` and returns how many items to fetch; bad values are client errors. */
export function checkFirst(first: number | null | undefined, bounds: ListBounds): number {
  const size = first ?? bounds.default;
  if (!Number.isInteger(size) || size < 0 || size > bounds.max) {
    throw badUserInput(`"first" must be between 0 and ${bounds.max}, got ${first}.`, 'first');
  }
  return size;
}
