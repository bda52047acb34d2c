import { describeEachDatabase } from '@parley/test-support/vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { ErrorCode } from '../src/common/error-code.js';
import type { Viewer } from '../src/common/viewer.js';
import { buildParleySchema } from '../src/schema/schema.js';
import { addUser, codeOf, snapshotRows } from './auth-fixtures.js';
import { useTestApi } from './harness.js';

/** The only mutations anyone may send: they are how one gets a viewer, or stops being one. */
const OPEN_MUTATIONS = new Set(['signIn', 'signOut']);

/**
 * A valid value of each scalar, for synthesising arguments. A mutation taking a scalar missing
 * here fails its test loudly: add the scalar with a value it accepts.
 */
const SAMPLE_SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: '1',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2024-04-09',
  DateTimeISO: '2024-04-09T12:00:00.000Z',
};

/** Input objects nest at most this deep (a self-referential input stops at its optional fields). */
const MAX_INPUT_DEPTH = 6;

/**
 * A value of `type` that passes GraphQL's coercion: every field of an input object is filled,
 * optional ones too, so a mutation a reader may use on their own things (their API tokens) is
 * asked about someone else's ("x"), which a reader may not touch.
 */
function sampleValue(type: GraphQLInputType, path: string, depth = 0): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, path, depth);
  if (isListType(type)) return [sampleValue(type.ofType, `${path}[0]`, depth)];
  if (isEnumType(type)) {
    const [first] = type.getValues();
    if (!first) throw new Error(`${path}: the enum ${type.name} has no values`);
    return first.name;
  }
  if (isScalarType(type)) {
    if (!(type.name in SAMPLE_SCALARS)) {
      throw new Error(`${path}: cannot synthesise a ${type.name}; add a valid sample to SAMPLE_SCALARS`);
    }
    return SAMPLE_SCALARS[type.name];
  }
  if (depth >= MAX_INPUT_DEPTH) throw new Error(`${path}: input nests deeper than ${MAX_INPUT_DEPTH} levels`);
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    // A self-referential optional field ends the recursion.
    if (!isNonNullType(field.type) && isInputObjectType(named) && depth + 1 >= MAX_INPUT_DEPTH) continue;
    value[field.name] = sampleValue(field.type, `${path}.${field.name}`, depth + 1);
  }
  return value;
}

/** The operation sending one mutation field with synthesised arguments, as variables. */
function guardedOperation(field: GraphQLField<unknown, unknown>): {
  query: string;
  variables: Record<string, unknown>;
} {
  const variables = Object.fromEntries(
    field.args.map((arg) => [arg.name, sampleValue(arg.type, `${field.name}(${arg.name})`)]),
  );
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `mutation Guarded${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables,
  };
}

const mutationType = (await buildParleySchema()).getMutationType();
const guarded = Object.values(mutationType?.getFields() ?? {}).filter((field) => !OPEN_MUTATIONS.has(field.name));

describeEachDatabase('every mutation but signIn and signOut needs a role', (database) => {
  const api = useTestApi(database);
  let reader: Viewer;
  beforeAll(async () => {
    reader = await addUser(api.db, 'guard-reader', 'reader');
    await addUser(api.db, 'x', 'editor');
  });

  it('finds the mutations to check', () => {
    expect(guarded.map((field) => field.name)).toEqual(
      expect.arrayContaining(['createUser', 'createApiToken', 'suggestFacts', 'acceptSuggestion', 'rejectSuggestion']),
    );
  });

  it.each(guarded.map((field) => [field.name, field] as const))(
    '%s: UNAUTHENTICATED without credentials, FORBIDDEN for a reader, and nothing written',
    async (_, field) => {
      const { query, variables } = guardedOperation(field);
      const before = await snapshotRows(api.db);
      const anonymous = (await api.request(query, variables)).result;
      expect(anonymous.errors?.[0]?.message).toBeDefined();
      expect(codeOf(anonymous)).toBe(ErrorCode.UNAUTHENTICATED);
      const asReader = (await api.request(query, variables, reader)).result;
      expect(codeOf(asReader)).toBe(ErrorCode.FORBIDDEN);
      expect(await snapshotRows(api.db)).toEqual(before);
    },
  );
});
