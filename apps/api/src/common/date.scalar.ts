import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * `Date` is graphql-scalars' LocalDate under the contract's name: yyyy-mm-dd strings end to end
 * (GraphQL, resolvers, database columns), so no time zone can shift a day and string order is
 * date order in SQLite and PostgreSQL alike.
 */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date without time or time zone, written yyyy-mm-dd (ISO 8601), e.g. `2024-04-09`.',
  // RFC 3339's `full-date`: what the value is, for tools that read `@specifiedBy`.
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
});

/** True when `value` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}
